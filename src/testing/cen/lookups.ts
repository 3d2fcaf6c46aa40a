import { apiError } from "../api-error.js";
import type { HandlerContext } from "../handler.js";
import { CenErrors } from "./errors.js";
import type { CenBandwidthPackageRecord, CenRecord } from "./store.js";

// Finding the resources an action names, with the documented error when they are missing or busy.

/** The CEN `id`, or `InvalidCen.NotFound` 404. */
export function cenOf(ctx: HandlerContext, id: string): CenRecord {
  return ctx.state.cen.cens.must(id, CenErrors.CenNotFound);
}

/** The CEN `id`, `Available`: otherwise `InvalidCen.InvalidStatus` 409 (still creating, or deleting). */
export function availableCen(ctx: HandlerContext, id: string): CenRecord {
  const cen = cenOf(ctx, id);
  if (cen.Status !== "Available") throw apiError(CenErrors.CenInvalidStatus, `(${id} is ${cen.Status})`);
  return cen;
}

/** The bandwidth package `id`, or `InvalidCenBandwidthPackage.NotFound` 404. */
export function packageOf(ctx: HandlerContext, id: string): CenBandwidthPackageRecord {
  return ctx.state.cen.bandwidthPackages.must(id, CenErrors.PackageNotFound);
}

/** The bandwidth package `id`, settled (not `Creating` or `Deleting`): otherwise `.InvalidStatus`. */
export function settledPackage(ctx: HandlerContext, id: string): CenBandwidthPackageRecord {
  const pkg = packageOf(ctx, id);
  if (pkg.Status !== "Available" && pkg.Status !== "InUse") {
    throw apiError(CenErrors.PackageInvalidStatus, `(${id} is ${pkg.Status})`);
  }
  return pkg;
}

/** Mbps of a package allocated to inter-region bandwidths (all of them, or all but `except`). */
export function allocatedFrom(ctx: HandlerContext, packageId: string, except?: string): number {
  return ctx.state.cen.interRegionBandwidths
    .list()
    .filter((b) => b.CenBandwidthPackageId === packageId && b.InterRegionBandwidthId !== except)
    .reduce((sum, b) => sum + b.Bandwidth, 0);
}

/**
 * `LimitExceeded.InterRegionBandwidth` unless `wanted` Mbps more fit in the package beside what is
 * allocated from it already (to other bandwidths than `except`).
 */
export function mustFit(
  ctx: HandlerContext,
  pkg: CenBandwidthPackageRecord,
  wanted: number,
  except?: string,
): void {
  const left = pkg.Bandwidth - allocatedFrom(ctx, pkg.CenBandwidthPackageId, except);
  if (wanted > left) {
    throw apiError(
      CenErrors.InterRegionBandwidthExceeded,
      `${pkg.CenBandwidthPackageId} has ${left} of its ${pkg.Bandwidth} Mbps left; ${wanted} Mbps asked.`,
    );
  }
}

/** Whether a package joins the same two region sets, in either order. */
function samePair(pkg: CenBandwidthPackageRecord, local: string, peer: string): boolean {
  const a = pkg.LocalGeographicRegionSetId;
  const b = pkg.PeerGeographicRegionSetId;
  return (a === local && b === peer) || (a === peer && b === local);
}

/**
 * `InvalidCenBandwidthPackage.RegionSetConflict` 409 when the CEN already has another package between
 * the same two region sets.
 */
export function noRegionSetConflict(ctx: HandlerContext, cenId: string, local: string, peer: string): void {
  for (const other of ctx.state.cen.bandwidthPackages.list()) {
    if (other.CenId === cenId && samePair(other, local, peer)) {
      throw apiError(
        CenErrors.RegionSetConflict,
        `${cenId} already has ${other.CenBandwidthPackageId} between ${local} and ${peer}.`,
      );
    }
  }
}
