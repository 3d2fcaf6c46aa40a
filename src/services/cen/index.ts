/**
 * cen (Cloud Enterprise Network), Version 2020-04-01: bandwidth packages.
 *
 * @example
 * ```ts
 * import { CreateCenBandwidthPackage } from "volcengine-ts/cen";
 * const { CenBandwidthPackageId } = await volc.send(CreateCenBandwidthPackage, {
 *   LocalGeographicRegionSetId: "China", PeerGeographicRegionSetId: "Asia", Bandwidth: 10,
 * });
 * ```
 *
 * @module
 */
export { PeriodUnit } from "../shared/billing-period.js";
export type { Tag } from "../shared/tags.js";
export { BillingType } from "./billing-type.js";
export {
  CreateCenBandwidthPackage,
  type CreateCenBandwidthPackageInput,
  type CreateCenBandwidthPackageOutput,
} from "./create-cen-bandwidth-package.js";
export { GeographicRegionSetId } from "./geographic-region-set.js";
