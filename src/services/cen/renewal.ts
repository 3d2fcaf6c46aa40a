import * as z from "zod/mini";
import { describeValue } from "../shared/describe-value.js";
import { integer } from "../shared/integer.js";

/**
 * How a prepaid bandwidth package renews (`RenewType`).
 *
 * @example
 * ```ts
 * volc.send(SetCenBandwidthPackageRenewal, { CenBandwidthPackageId, RenewType: RenewType.Auto, RenewPeriod: 1 });
 * ```
 */
export const RenewType = {
  /** Renewed by hand (`RenewCenBandwidthPackage`). */
  Manual: "Manual",
  /** Renewed automatically before it expires, `RenewPeriod` months at a time. */
  Auto: "Auto",
  /** Not renewed: it lapses when it expires. */
  NoRenew: "NoRenew",
} as const;
/** `"Manual"`, `"Auto"` or `"NoRenew"`. */
export type RenewType = (typeof RenewType)[keyof typeof RenewType];

/** `RenewType`: `"Manual"`, `"Auto"` or `"NoRenew"`. */
export const RenewTypeSchema = z.enum(RenewType, {
  error: (issue) =>
    issue.input === undefined
      ? undefined
      : `must be "Manual", "Auto" or "NoRenew"; got ${JSON.stringify(issue.input)}`,
});

const RENEW_PERIODS: readonly number[] = [1, 2, 3, 6, 12];

/** `RenewPeriod`: months per automatic renewal, 1–3, 6 or 12. */
export const RenewPeriodSchema: z.ZodMiniNumber<number> = integer().check(
  z.refine((value) => !Number.isSafeInteger(value) || RENEW_PERIODS.includes(value), {
    error: (issue) => `must be 1–3, 6 or 12 (months); got ${describeValue(issue.input)}`,
  }),
);

/** `RemainRenewTimes`: -1 (no limit) or 1–100 automatic renewals. */
export const RemainRenewTimesSchema: z.ZodMiniNumber<number> = integer().check(
  z.refine((value) => !Number.isSafeInteger(value) || value === -1 || (value >= 1 && value <= 100), {
    error: (issue) => `must be -1 (no limit) or 1–100; got ${describeValue(issue.input)}`,
  }),
);
