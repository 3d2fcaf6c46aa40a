import { CreateCenInterRegionBandwidth } from "../../../services/cen/inter-region-bandwidths/create-cen-inter-region-bandwidth.js";
import { DeleteCenInterRegionBandwidth } from "../../../services/cen/inter-region-bandwidths/delete-cen-inter-region-bandwidth.js";
import { DescribeCenInterRegionBandwidthAttributes } from "../../../services/cen/inter-region-bandwidths/describe-cen-inter-region-bandwidth-attributes.js";
import { DescribeCenInterRegionBandwidths } from "../../../services/cen/inter-region-bandwidths/describe-cen-inter-region-bandwidths.js";
import { ModifyCenInterRegionBandwidthAttributes } from "../../../services/cen/inter-region-bandwidths/modify-cen-inter-region-bandwidth-attributes.js";
import { apiError } from "../../api-error.js";
import { defineHandler, type HandlerContext } from "../../handler.js";
import { matchesFields } from "../../store/filters.js";
import { pageByNumber } from "../../store/paging.js";
import { matchesAny } from "../../store/tags.js";
import { CenErrors } from "../errors.js";
import { allocatedFrom, availableCen, mustFit, settledPackage } from "../lookups.js";
import type { CenBandwidthPackageRecord, InterRegionBandwidthRecord } from "../store.js";
import { isoTime } from "../time.js";

/** The inter-region bandwidth `id`, or `InvalidInterRegionBandwidth.NotFound` 404. */
function bandwidthOf(ctx: HandlerContext, id: string): InterRegionBandwidthRecord {
  return ctx.state.cen.interRegionBandwidths.must(id, CenErrors.InterRegionBandwidthNotFound);
}

/**
 * The package to allocate from: the one named, which must be associated with the CEN
 * (`InvalidCenBandwidthPackage.NotInUse`), or else the CEN's package with the most bandwidth left
 * (`InvalidCenBandwidthPackage.NotFound` when it has none).
 */
function packageFor(
  ctx: HandlerContext,
  cenId: string,
  named: string | undefined,
): CenBandwidthPackageRecord {
  if (named !== undefined) {
    const pkg = settledPackage(ctx, named);
    if (pkg.CenId !== cenId)
      throw apiError(CenErrors.PackageNotInUse, `(${named} is not associated with ${cenId})`);
    return pkg;
  }
  const left = (p: CenBandwidthPackageRecord) => p.Bandwidth - allocatedFrom(ctx, p.CenBandwidthPackageId);
  const candidates = ctx.state.cen.bandwidthPackages.list().filter((p) => p.CenId === cenId);
  const best = candidates.sort((a, b) => left(b) - left(a))[0];
  if (best === undefined) throw apiError(CenErrors.PackageNotFound, `(${cenId} has no bandwidth package)`);
  return best;
}

/** cen `CreateCenInterRegionBandwidth`: within the package's bandwidth; `Creating`, then `Available`. */
export const createCenInterRegionBandwidthHandler = defineHandler({
  operation: CreateCenInterRegionBandwidth,
  issueRules: [],
  handle(input, ctx) {
    availableCen(ctx, input.CenId);
    const pkg = packageFor(ctx, input.CenId, input.CenBandwidthPackageId);
    mustFit(ctx, pkg, input.Bandwidth);
    const table = ctx.state.cen.interRegionBandwidths;
    const id = table.newId("cirb-", 20);
    const now = isoTime(ctx.nowMs);
    table.insert(id, {
      InterRegionBandwidthId: id,
      CenId: input.CenId,
      CenBandwidthPackageId: pkg.CenBandwidthPackageId,
      LocalRegionId: input.LocalRegionId,
      PeerRegionId: input.PeerRegionId,
      Bandwidth: input.Bandwidth,
      Status: "Creating",
      CreationTime: now,
      UpdateTime: now,
    });
    table.begin(id, "Creating", "Available");
    ctx.created("CenInterRegionBandwidth", undefined);
    return { InterRegionBandwidthId: id };
  },
});

/** cen `DeleteCenInterRegionBandwidth`: `Deleting`, then gone (its bandwidth back to the package). */
export const deleteCenInterRegionBandwidthHandler = defineHandler({
  operation: DeleteCenInterRegionBandwidth,
  issueRules: [],
  handle(input, ctx) {
    const irb = bandwidthOf(ctx, input.InterRegionBandwidthId);
    ctx.state.cen.interRegionBandwidths.begin(irb.InterRegionBandwidthId, "Deleting", null);
    return {};
  },
});

/** cen `ModifyCenInterRegionBandwidthAttributes`: a new bandwidth, or another package, within its bandwidth. */
export const modifyCenInterRegionBandwidthAttributesHandler = defineHandler({
  operation: ModifyCenInterRegionBandwidthAttributes,
  issueRules: [],
  handle(input, ctx) {
    const irb = bandwidthOf(ctx, input.InterRegionBandwidthId);
    const pkg = packageFor(ctx, irb.CenId, input.CenBandwidthPackageId ?? irb.CenBandwidthPackageId);
    const bandwidth = input.Bandwidth ?? irb.Bandwidth;
    mustFit(ctx, pkg, bandwidth, irb.InterRegionBandwidthId);
    irb.Bandwidth = bandwidth;
    irb.CenBandwidthPackageId = pkg.CenBandwidthPackageId;
    irb.UpdateTime = isoTime(ctx.nowMs);
    return {};
  },
});

/** cen `DescribeCenInterRegionBandwidths`: filtered by CEN and ids. */
export const describeCenInterRegionBandwidthsHandler = defineHandler({
  operation: DescribeCenInterRegionBandwidths,
  issueRules: [],
  handle(input, ctx) {
    const found = ctx.state.cen.interRegionBandwidths
      .list()
      .filter(
        (irb) =>
          matchesAny(irb.InterRegionBandwidthId, input.InterRegionBandwidthIds) &&
          matchesFields(irb, { CenId: input.CenId }),
      );
    const { page, ...paging } = pageByNumber(found, input, 20);
    return { InterRegionBandwidths: page.map((irb) => ({ ...irb })), ...paging };
  },
});

/** cen `DescribeCenInterRegionBandwidthAttributes`. */
export const describeCenInterRegionBandwidthAttributesHandler = defineHandler({
  operation: DescribeCenInterRegionBandwidthAttributes,
  issueRules: [],
  handle: (input, ctx) => ({ ...bandwidthOf(ctx, input.InterRegionBandwidthId) }),
});

/** The emulated actions of inter-region bandwidths. */
export const INTER_REGION_BANDWIDTH_HANDLERS = [
  createCenInterRegionBandwidthHandler,
  deleteCenInterRegionBandwidthHandler,
  modifyCenInterRegionBandwidthAttributesHandler,
  describeCenInterRegionBandwidthsHandler,
  describeCenInterRegionBandwidthAttributesHandler,
];
