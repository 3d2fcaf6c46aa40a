import { CreateCenBandwidthPackage } from "../../../services/cen/bandwidth-packages/create-cen-bandwidth-package.js";
import { apiError } from "../../api-error.js";
import { defineHandler } from "../../handler.js";
import type { IssueRule } from "../../issues.js";
import { toTagRecords } from "../../store/tags.js";
import { accountIdOf } from "../account.js";
import { CenErrors } from "../errors.js";
import {
  CLIENT_TOKEN_RULE,
  namingRules,
  PACKAGE_BANDWIDTH_RULE,
  PERIOD_RULES,
  TAG_RULES,
} from "../issue-rules.js";
import { availableCen, noRegionSetConflict } from "../lookups.js";
import { addPeriod, isoTime } from "../time.js";

const REGION_SET = /^(Local|Peer)GeographicRegionSetId$/;

/**
 * Broken input rules → the seed's own codes. The rules themselves live in the operation's schema; this
 * table only says which code each parameter's problems get.
 */
const ISSUE_RULES: readonly IssueRule[] = [
  ...namingRules("CenBandwidthPackageName"),
  { path: /^BillingType$/, error: CenErrors.BillingTypeMalformed },
  ...PERIOD_RULES,
  PACKAGE_BANDWIDTH_RULE,
  CLIENT_TOKEN_RULE,
  ...TAG_RULES,
  { path: REGION_SET, kinds: ["cross-field"], error: CenErrors.AsiaToAsia },
  { path: REGION_SET, kinds: ["invalid"], error: CenErrors.RegionSetNotSupported },
];

/**
 * cen `CreateCenBandwidthPackage`: checks the CEN it binds to (`InvalidCen.NotFound`, `.InvalidStatus`),
 * that CEN's other packages (`InvalidCenBandwidthPackage.RegionSetConflict` for the same pair of region
 * sets, in either order) and the quota (`QuotaExceeded.CenBandwidthPackage`), then keeps the package with
 * the documented defaults filled in: `Creating`, then `Available` (or `InUse`, bound to its CEN), expiring
 * at the end of its period.
 */
export const createCenBandwidthPackageHandler = defineHandler({
  operation: CreateCenBandwidthPackage,
  issueRules: ISSUE_RULES,
  handle(input, ctx) {
    const packages = ctx.state.cen.bandwidthPackages;
    const local = input.LocalGeographicRegionSetId;
    const peer = input.PeerGeographicRegionSetId;
    const cenId = input.CenId;
    if (cenId !== undefined) {
      availableCen(ctx, cenId);
      noRegionSetConflict(ctx, cenId, local, peer);
    }
    if (packages.size >= ctx.quotas.cenBandwidthPackages) {
      throw apiError(CenErrors.QuotaExceeded, `The quota is ${ctx.quotas.cenBandwidthPackages}.`);
    }
    const id = packages.newId("cbp-");
    const now = isoTime(ctx.nowMs);
    const period = input.Period ?? 1;
    const unit = input.PeriodUnit ?? "Month";
    packages.insert(id, {
      CenBandwidthPackageId: id,
      CenBandwidthPackageName: input.CenBandwidthPackageName ?? id,
      Description: input.Description ?? "",
      CenId: cenId,
      LocalGeographicRegionSetId: local,
      PeerGeographicRegionSetId: peer,
      Bandwidth: input.Bandwidth ?? 2,
      BillingType: input.BillingType ?? 1,
      PeriodUnit: unit,
      Period: period,
      LineOperator: input.LineOperator,
      ProjectName: input.ProjectName ?? "default",
      Tags: toTagRecords(input.Tags),
      Status: "Creating",
      CreationTime: now,
      UpdateTime: now,
      CreatedBy: ctx.caller.accessKeyId,
      AccountId: accountIdOf(ctx.caller.accessKeyId),
      ExpiresAt: addPeriod(ctx.nowMs, period, unit),
      RenewType: "Manual",
      RenewPeriod: 1,
      RemainRenewTimes: -1,
    });
    packages.begin(id, "Creating", cenId === undefined ? "Available" : "InUse");
    ctx.created("CenBandwidthPackage", input.CenBandwidthPackageName);
    return { CenBandwidthPackageId: id };
  },
});
