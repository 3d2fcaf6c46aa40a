import type { HandlerContext } from "../handler.js";
import { allocatedFrom } from "./lookups.js";
import type { CenBandwidthPackageRecord, CenRecord } from "./store.js";
import { billingTime } from "./time.js";

// Stored records as the API answers them.

/** A CEN as `DescribeCens` and `DescribeCenAttributes` answer it. */
export function cenView(ctx: HandlerContext, cen: CenRecord) {
  const packages = ctx.state.cen.bandwidthPackages.list().filter((p) => p.CenId === cen.CenId);
  return {
    CenId: cen.CenId,
    CenName: cen.CenName,
    Description: cen.Description,
    Status: cen.Status,
    AccountId: cen.AccountId,
    CenBandwidthPackageIds: packages.map((p) => p.CenBandwidthPackageId),
    ProjectName: cen.ProjectName,
    Tags: cen.Tags.map((t) => ({ ...t })),
    CreationTime: cen.CreationTime,
    UpdateTime: cen.UpdateTime,
  };
}

/** A bandwidth package as `DescribeCenBandwidthPackageAttributes` answers it. */
export function packageView(ctx: HandlerContext, pkg: CenBandwidthPackageRecord) {
  return {
    CenBandwidthPackageId: pkg.CenBandwidthPackageId,
    CenBandwidthPackageName: pkg.CenBandwidthPackageName,
    Description: pkg.Description,
    Status: pkg.Status,
    BusinessStatus: "Normal",
    Bandwidth: pkg.Bandwidth,
    RemainingBandwidth: pkg.Bandwidth - allocatedFrom(ctx, pkg.CenBandwidthPackageId),
    BillingType: pkg.BillingType,
    CenIds: pkg.CenId === undefined ? [] : [pkg.CenId],
    LocalGeographicRegionSetId: pkg.LocalGeographicRegionSetId,
    PeerGeographicRegionSetId: pkg.PeerGeographicRegionSetId,
    LineOperator: pkg.LineOperator,
    AccountId: pkg.AccountId,
    ProjectName: pkg.ProjectName,
    Tags: pkg.Tags.map((t) => ({ ...t })),
    CreationTime: pkg.CreationTime,
    UpdateTime: pkg.UpdateTime,
    ExpiredTime: billingTime(pkg.ExpiresAt),
  };
}
