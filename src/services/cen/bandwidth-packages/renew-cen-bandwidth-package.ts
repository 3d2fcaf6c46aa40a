import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { billingPeriodCheck, PeriodSchema, PeriodUnitSchema } from "../../shared/billing-period.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The prepaid bandwidth package to renew, e.g. `"cbp-4c2zaavbvh5fx****"`. */
  CenBandwidthPackageId: IdSchema,
  /** How long to renew for, in `PeriodUnit`s: 1–9, 12, 24 or 36 months, or 1–3 years (default 1). */
  Period: z.optional(PeriodSchema),
  /** Unit of `Period`: `"Month"` (default) or `"Year"`. */
  PeriodUnit: z.optional(PeriodUnitSchema),
};

const Result = {};

/** Parameters of {@link RenewCenBandwidthPackage}. */
export interface RenewCenBandwidthPackageInput extends In<typeof Params> {}
/** `Result` of {@link RenewCenBandwidthPackage}: empty. */
export interface RenewCenBandwidthPackageOutput extends Out<typeof Result> {}

/**
 * cen `RenewCenBandwidthPackage`: extends a prepaid bandwidth package's `ExpiredTime` by a period. A
 * 95th-percentile package is refused (`InvalidCenBandwidthPackage.BillingTypeMalformed`).
 *
 * @example
 * ```ts
 * await volc.send(RenewCenBandwidthPackage, { CenBandwidthPackageId, PeriodUnit: "Year", Period: 1 });
 * ```
 */
export const RenewCenBandwidthPackage: Operation<
  RenewCenBandwidthPackageInput,
  RenewCenBandwidthPackageOutput
> = cenOperation({
  action: "RenewCenBandwidthPackage",
  input: params(Params).check(billingPeriodCheck),
  output: result(Result),
});
