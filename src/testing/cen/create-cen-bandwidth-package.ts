import { CreateCenBandwidthPackage } from "../../services/cen/index.js";
import { apiError } from "../api-error.js";
import { defineHandler } from "../handler.js";
import type { IssueRule } from "../issues.js";
import { toTagRecords } from "../store/tags.js";
import { CenErrors } from "./errors.js";
import type { CenBandwidthPackageRecord } from "./store.js";

const REGION_SET = /^(Local|Peer)GeographicRegionSetId$/;

/**
 * Broken input rules → the seed's own codes. The rules themselves live in the operation's schema; this
 * table only says which code each parameter's problems get.
 */
const ISSUE_RULES: readonly IssueRule[] = [
  { path: /^CenBandwidthPackageName$/, error: CenErrors.InvalidNameMalformed },
  { path: /^Description$/, error: CenErrors.InvalidDescriptionMalformed },
  { path: /^BillingType$/, error: CenErrors.BillingTypeMalformed },
  { path: /^PeriodUnit$/, error: CenErrors.PeriodUnitMalformed },
  { path: /^Period$/, error: CenErrors.PeriodMalformed },
  // Out of range is a limit; a value that is no number at all stays a plain InvalidParameter.
  { path: /^Bandwidth$/, when: (i) => typeof i.value === "number", error: CenErrors.BandwidthExceeded },
  { path: /^ClientToken$/, error: CenErrors.ClientTokenMalformed },
  // A value sent without its key is a key problem, as the docs say ("must first pass Tags.N.Key").
  { path: /^Tags\.\d+\.Key$/, kinds: ["invalid", "cross-field", "missing"], error: CenErrors.InvalidTagKey },
  { path: /^Tags\.\d+\.Value$/, error: CenErrors.InvalidTagValue },
  { path: /^Tags$/, kinds: ["gap"], error: CenErrors.TagDisorder },
  { path: /^Tags$/, when: (i) => Array.isArray(i.value), error: CenErrors.TooManyTags },
  { path: REGION_SET, kinds: ["cross-field"], error: CenErrors.AsiaToAsia },
  { path: REGION_SET, kinds: ["invalid"], error: CenErrors.RegionSetNotSupported },
];

/**
 * cen `CreateCenBandwidthPackage`: checks the CEN it binds to (`InvalidCen.NotFound`), that CEN's other
 * packages (`InvalidCenBandwidthPackage.RegionSetConflict` for the same pair of region sets, in either
 * order) and the quota (`QuotaExceeded.CenBandwidthPackage`), then keeps the package with the
 * documented defaults filled in.
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
      if (!ctx.state.cen.cens.has(cenId)) throw apiError(CenErrors.CenNotFound, `(CenId ${cenId})`);
      for (const other of packages.list()) {
        if (other.CenId === cenId && samePair(other, local, peer)) {
          throw apiError(
            CenErrors.RegionSetConflict,
            `${cenId} already has ${other.CenBandwidthPackageId} between ${local} and ${peer}.`,
          );
        }
      }
    }
    if (packages.size >= ctx.quotas.cenBandwidthPackages) {
      throw apiError(CenErrors.QuotaExceeded, `The quota is ${ctx.quotas.cenBandwidthPackages}.`);
    }
    const id = packages.newId("cbp-");
    const now = new Date(ctx.nowMs).toISOString();
    packages.insert(id, {
      CenBandwidthPackageId: id,
      CenBandwidthPackageName: input.CenBandwidthPackageName ?? id,
      Description: input.Description ?? "",
      CenId: cenId,
      LocalGeographicRegionSetId: local,
      PeerGeographicRegionSetId: peer,
      Bandwidth: input.Bandwidth ?? 2,
      BillingType: input.BillingType ?? 1,
      PeriodUnit: input.PeriodUnit ?? "Month",
      Period: input.Period ?? 1,
      LineOperator: input.LineOperator,
      ProjectName: input.ProjectName ?? "default",
      Tags: toTagRecords(input.Tags),
      Status: "Available",
      CreationTime: now,
      CreatedBy: ctx.caller.accessKeyId,
    });
    ctx.created("CenBandwidthPackage", input.CenBandwidthPackageName);
    return { CenBandwidthPackageId: id };
  },
});

/** Whether a package joins the same two region sets, in either order. */
function samePair(pkg: CenBandwidthPackageRecord, local: string, peer: string): boolean {
  const a = pkg.LocalGeographicRegionSetId;
  const b = pkg.PeerGeographicRegionSetId;
  return (a === local && b === peer) || (a === peer && b === local);
}
