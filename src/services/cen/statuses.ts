// The documented values of the status fields in cen answers. Answers are typed with these plus any other
// string (`openEnum`), so that editors offer them and a value added later still passes.

/** `Status` of a CEN instance. `Pending`: being configured. */
export type CenStatus = "Creating" | "Deleting" | "Pending" | "Available";

/**
 * `Status` of a bandwidth package: `Available` when no CEN is associated, `InUse` when one is;
 * `Pending` while it is being managed.
 */
export type CenBandwidthPackageStatus = "Creating" | "Deleting" | "Pending" | "Available" | "InUse";

/** `Status` of an instance attached to a CEN. */
export type AttachedInstanceStatus = "Attaching" | "Available";

/** `Status` of an inter-region bandwidth. */
export type InterRegionBandwidthStatus = "Creating" | "Deleting" | "Pending" | "Available";

/** `Status` of a summary route. `Conflicted`: it overlaps a route the CEN already has. */
export type SummaryRouteStatus = "Available" | "Pending" | "Conflicted";

/**
 * `BillingStatus` codes of a bandwidth package (`DescribeCenBandwidthPackagesBilling`).
 *
 * @example
 * ```ts
 * if (item.BillingStatus === BillingStatus.SuspendedOnExpiry) await volc.send(RenewCenBandwidthPackage, { … });
 * ```
 */
export const BillingStatus = {
  /** Being created. */
  Creating: 0,
  /** In use. */
  InUse: 1,
  /** Subscription cancelled. */
  Cancelled: 3,
  /** Suspended because it expired. */
  SuspendedOnExpiry: 4,
  /** Reclaimed, or being reclaimed. */
  Reclaimed: 5,
} as const;
/** A known `BillingStatus` code. */
export type KnownBillingStatus = (typeof BillingStatus)[keyof typeof BillingStatus];
