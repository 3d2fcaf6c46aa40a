/**
 * cen (Cloud Enterprise Network), Version 2020-04-01: all 43 actions, by family — CEN instances, attached
 * instances, bandwidth packages, inter-region bandwidths, route entries, service and summary routes,
 * grants across accounts, tags and 95th-percentile traffic — with the waiters for their asynchronous
 * states. Lists page with `paginate` (from `volcengine-ts`).
 *
 * @example
 * ```ts
 * import { CreateCen, DescribeCens, waitUntilCenAvailable } from "volcengine-ts/cen";
 * const { CenId } = await volc.send(CreateCen, { CenName: "prod" });
 * await waitUntilCenAvailable(volc, { CenId });
 * for await (const cen of paginate(volc, DescribeCens)) console.log(cen.CenId, cen.Status);
 * ```
 *
 * @module
 */
export { PeriodUnit } from "../shared/billing-period.js";
export type { Tag } from "../shared/tags.js";
// Network instances attached to a CEN
export {
  AttachInstanceToCen,
  type AttachInstanceToCenInput,
  type AttachInstanceToCenOutput,
} from "./attached-instances/attach-instance-to-cen.js";
export {
  DescribeCenAttachedInstanceAttributes,
  type DescribeCenAttachedInstanceAttributesInput,
  type DescribeCenAttachedInstanceAttributesOutput,
} from "./attached-instances/describe-cen-attached-instance-attributes.js";
export {
  DescribeCenAttachedInstances,
  type DescribeCenAttachedInstancesInput,
  type DescribeCenAttachedInstancesOutput,
} from "./attached-instances/describe-cen-attached-instances.js";
export {
  DetachInstanceFromCen,
  type DetachInstanceFromCenInput,
  type DetachInstanceFromCenOutput,
} from "./attached-instances/detach-instance-from-cen.js";
// Bandwidth packages
export {
  AssociateCenBandwidthPackage,
  type AssociateCenBandwidthPackageInput,
  type AssociateCenBandwidthPackageOutput,
} from "./bandwidth-packages/associate-cen-bandwidth-package.js";
export {
  CreateCenBandwidthPackage,
  type CreateCenBandwidthPackageInput,
  type CreateCenBandwidthPackageOutput,
} from "./bandwidth-packages/create-cen-bandwidth-package.js";
export {
  DeleteCenBandwidthPackage,
  type DeleteCenBandwidthPackageInput,
  type DeleteCenBandwidthPackageOutput,
} from "./bandwidth-packages/delete-cen-bandwidth-package.js";
export {
  DescribeCenBandwidthPackageAttributes,
  type DescribeCenBandwidthPackageAttributesInput,
  type DescribeCenBandwidthPackageAttributesOutput,
} from "./bandwidth-packages/describe-cen-bandwidth-package-attributes.js";
export {
  DescribeCenBandwidthPackages,
  type DescribeCenBandwidthPackagesInput,
  type DescribeCenBandwidthPackagesOutput,
} from "./bandwidth-packages/describe-cen-bandwidth-packages.js";
export {
  DescribeCenBandwidthPackagesBilling,
  type DescribeCenBandwidthPackagesBillingInput,
  type DescribeCenBandwidthPackagesBillingOutput,
} from "./bandwidth-packages/describe-cen-bandwidth-packages-billing.js";
export {
  DisassociateCenBandwidthPackage,
  type DisassociateCenBandwidthPackageInput,
  type DisassociateCenBandwidthPackageOutput,
} from "./bandwidth-packages/disassociate-cen-bandwidth-package.js";
export {
  ModifyCenBandwidthPackageAssociation,
  type ModifyCenBandwidthPackageAssociationInput,
  type ModifyCenBandwidthPackageAssociationOutput,
} from "./bandwidth-packages/modify-cen-bandwidth-package-association.js";
export {
  ModifyCenBandwidthPackageAttributes,
  type ModifyCenBandwidthPackageAttributesInput,
  type ModifyCenBandwidthPackageAttributesOutput,
} from "./bandwidth-packages/modify-cen-bandwidth-package-attributes.js";
export {
  RenewCenBandwidthPackage,
  type RenewCenBandwidthPackageInput,
  type RenewCenBandwidthPackageOutput,
} from "./bandwidth-packages/renew-cen-bandwidth-package.js";
export {
  SetCenBandwidthPackageRenewal,
  type SetCenBandwidthPackageRenewalInput,
  type SetCenBandwidthPackageRenewalOutput,
} from "./bandwidth-packages/set-cen-bandwidth-package-renewal.js";
export { BillingType } from "./billing-type.js";
export { GeographicRegionSetId } from "./geographic-region-set.js";
// Grants across accounts
export {
  DescribeGrantRulesToCen,
  type DescribeGrantRulesToCenInput,
  type DescribeGrantRulesToCenOutput,
} from "./grants/describe-grant-rules-to-cen.js";
export {
  DescribeInstanceGrantedRules,
  type DescribeInstanceGrantedRulesInput,
  type DescribeInstanceGrantedRulesOutput,
} from "./grants/describe-instance-granted-rules.js";
export {
  GrantInstanceToCen,
  type GrantInstanceToCenInput,
  type GrantInstanceToCenOutput,
} from "./grants/grant-instance-to-cen.js";
export {
  RevokeInstanceFromCen,
  type RevokeInstanceFromCenInput,
  type RevokeInstanceFromCenOutput,
} from "./grants/revoke-instance-from-cen.js";
export { InstanceType } from "./instance-type.js";
// CEN instances
export {
  CreateCen,
  type CreateCenInput,
  type CreateCenOutput,
} from "./instances/create-cen.js";
export {
  DeleteCen,
  type DeleteCenInput,
  type DeleteCenOutput,
} from "./instances/delete-cen.js";
export {
  DescribeCenAttributes,
  type DescribeCenAttributesInput,
  type DescribeCenAttributesOutput,
} from "./instances/describe-cen-attributes.js";
export {
  DescribeCens,
  type DescribeCensInput,
  type DescribeCensOutput,
} from "./instances/describe-cens.js";
export {
  ModifyCenAttributes,
  type ModifyCenAttributesInput,
  type ModifyCenAttributesOutput,
} from "./instances/modify-cen-attributes.js";
// Inter-region bandwidths
export {
  CreateCenInterRegionBandwidth,
  type CreateCenInterRegionBandwidthInput,
  type CreateCenInterRegionBandwidthOutput,
} from "./inter-region-bandwidths/create-cen-inter-region-bandwidth.js";
export {
  DeleteCenInterRegionBandwidth,
  type DeleteCenInterRegionBandwidthInput,
  type DeleteCenInterRegionBandwidthOutput,
} from "./inter-region-bandwidths/delete-cen-inter-region-bandwidth.js";
export {
  DescribeCenInterRegionBandwidthAttributes,
  type DescribeCenInterRegionBandwidthAttributesInput,
  type DescribeCenInterRegionBandwidthAttributesOutput,
} from "./inter-region-bandwidths/describe-cen-inter-region-bandwidth-attributes.js";
export {
  DescribeCenInterRegionBandwidths,
  type DescribeCenInterRegionBandwidthsInput,
  type DescribeCenInterRegionBandwidthsOutput,
} from "./inter-region-bandwidths/describe-cen-inter-region-bandwidths.js";
export {
  ModifyCenInterRegionBandwidthAttributes,
  type ModifyCenInterRegionBandwidthAttributesInput,
  type ModifyCenInterRegionBandwidthAttributesOutput,
} from "./inter-region-bandwidths/modify-cen-inter-region-bandwidth-attributes.js";
export { RenewType } from "./renewal.js";
// Route entries of attached instances
export {
  DescribeCenRouteEntries,
  type DescribeCenRouteEntriesInput,
  type DescribeCenRouteEntriesOutput,
} from "./route-entries/describe-cen-route-entries.js";
export {
  PublishCenRouteEntry,
  type PublishCenRouteEntryInput,
  type PublishCenRouteEntryOutput,
} from "./route-entries/publish-cen-route-entry.js";
export {
  WithdrawCenRouteEntry,
  type WithdrawCenRouteEntryInput,
  type WithdrawCenRouteEntryOutput,
} from "./route-entries/withdraw-cen-route-entry.js";
export { PublishMode } from "./routes.js";
// Service routes (cloud services across the CEN)
export {
  CreateCenServiceRouteEntry,
  type CreateCenServiceRouteEntryInput,
  type CreateCenServiceRouteEntryOutput,
} from "./service-routes/create-cen-service-route-entry.js";
export {
  DeleteCenServiceRouteEntry,
  type DeleteCenServiceRouteEntryInput,
  type DeleteCenServiceRouteEntryOutput,
} from "./service-routes/delete-cen-service-route-entry.js";
export {
  DescribeCenServiceRouteEntries,
  type DescribeCenServiceRouteEntriesInput,
  type DescribeCenServiceRouteEntriesOutput,
} from "./service-routes/describe-cen-service-route-entries.js";
export {
  ModifyCenServiceRouteEntryAttributes,
  type ModifyCenServiceRouteEntryAttributesInput,
  type ModifyCenServiceRouteEntryAttributesOutput,
} from "./service-routes/modify-cen-service-route-entry-attributes.js";
export {
  type AttachedInstanceStatus,
  BillingStatus,
  type CenBandwidthPackageStatus,
  type CenStatus,
  type InterRegionBandwidthStatus,
  type KnownBillingStatus,
  type SummaryRouteStatus,
} from "./statuses.js";
// Summary routes
export {
  CreateCenSummaryRouteEntry,
  type CreateCenSummaryRouteEntryInput,
  type CreateCenSummaryRouteEntryOutput,
} from "./summary-routes/create-cen-summary-route-entry.js";
export {
  DeleteCenSummaryRouteEntry,
  type DeleteCenSummaryRouteEntryInput,
  type DeleteCenSummaryRouteEntryOutput,
} from "./summary-routes/delete-cen-summary-route-entry.js";
export {
  DescribeCenSummaryRouteEntries,
  type DescribeCenSummaryRouteEntriesInput,
  type DescribeCenSummaryRouteEntriesOutput,
} from "./summary-routes/describe-cen-summary-route-entries.js";
// Tags
export {
  ListTagsForResources,
  type ListTagsForResourcesInput,
  type ListTagsForResourcesOutput,
} from "./tags/list-tags-for-resources.js";
export {
  TagResources,
  type TagResourcesInput,
  type TagResourcesOutput,
} from "./tags/tag-resources.js";
export {
  UntagResources,
  type UntagResourcesInput,
  type UntagResourcesOutput,
} from "./tags/untag-resources.js";
export { TaggedResourceType } from "./tags.js";
// Traffic of 95th-percentile packages
export {
  Describe95Traffic,
  type Describe95TrafficInput,
  type Describe95TrafficOutput,
} from "./traffic/describe-95-traffic.js";
export {
  type WaiterOptions,
  waitUntilCenAttachedInstanceAvailable,
  waitUntilCenAvailable,
  waitUntilCenBandwidthPackageAvailable,
  waitUntilCenBandwidthPackageDeleted,
  waitUntilCenDeleted,
  waitUntilCenInterRegionBandwidthAvailable,
} from "./waiters.js";
