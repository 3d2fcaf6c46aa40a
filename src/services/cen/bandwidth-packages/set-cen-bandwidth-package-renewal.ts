import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { cenOperation } from "../operation.js";
import { RemainRenewTimesSchema, RenewPeriodSchema, RenewTypeSchema } from "../renewal.js";

const Params = {
  /** The prepaid bandwidth package, e.g. `"cbp-4c2zaavbvh5fx****"`. */
  CenBandwidthPackageId: IdSchema,
  /** `"Manual"` (renew by hand), `"Auto"` (renew before expiry) or `"NoRenew"` (let it lapse). */
  RenewType: RenewTypeSchema,
  /** With `Auto`: months per renewal, 1–3, 6 or 12 (default 1). */
  RenewPeriod: z.optional(RenewPeriodSchema),
  /** With `Auto`: how many more renewals, 1–100, or -1 for no limit (the default). */
  RemainRenewTimes: z.optional(RemainRenewTimesSchema),
};

const Result = {};

/** Parameters of {@link SetCenBandwidthPackageRenewal}. */
export interface SetCenBandwidthPackageRenewalInput extends In<typeof Params> {}
/** `Result` of {@link SetCenBandwidthPackageRenewal}: empty. */
export interface SetCenBandwidthPackageRenewalOutput extends Out<typeof Result> {}

/**
 * cen `SetCenBandwidthPackageRenewal`: sets how a prepaid bandwidth package renews. A 95th-percentile
 * package is refused (`InvalidCenBandwidthPackage.BillingTypeMalformed`).
 *
 * @example
 * ```ts
 * await volc.send(SetCenBandwidthPackageRenewal, { CenBandwidthPackageId, RenewType: "Auto", RenewPeriod: 3 });
 * ```
 */
export const SetCenBandwidthPackageRenewal: Operation<
  SetCenBandwidthPackageRenewalInput,
  SetCenBandwidthPackageRenewalOutput
> = cenOperation({ action: "SetCenBandwidthPackageRenewal", input: params(Params), output: result(Result) });
