import * as z from "zod/mini";
import { describeValue } from "../shared/describe-value.js";

/**
 * Billing types of a CEN bandwidth package (`BillingType`).
 *
 * @example
 * ```ts
 * volc.send(CreateCenBandwidthPackage, { …, BillingType: BillingType.Prepaid });
 * ```
 */
export const BillingType = {
  /** Prepaid by month or year (the default). */
  Prepaid: 1,
  /**
   * Pay by the 95th-percentile peak. An invitation-only preview: accepted here, but the API refuses it
   * for accounts that were not invited.
   */
  PayBy95thPercentile: 4,
} as const;
/** `1` (prepaid) or `4` (95th-percentile peak, invitation-only preview). */
export type BillingType = (typeof BillingType)[keyof typeof BillingType];

/** `BillingType`: 1 or 4. */
export const BillingTypeSchema = z.literal([BillingType.Prepaid, BillingType.PayBy95thPercentile], {
  error: (issue) =>
    issue.input === undefined
      ? undefined
      : `BillingType must be 1 (prepaid) or 4 (95th-percentile peak, invitation-only preview); got ${describeValue(issue.input)}`,
});
