import * as z from "zod/mini";
import { crossFieldCheck } from "./cross-field.js";
import { integer } from "./integer.js";

/**
 * Units of a prepaid billing period (`PeriodUnit`). `Month` is the default.
 *
 * @example
 * ```ts
 * volc.send(CreateCenBandwidthPackage, { …, PeriodUnit: PeriodUnit.Year, Period: 1 });
 * ```
 */
export const PeriodUnit = { Month: "Month", Year: "Year" } as const;
/** `"Month"` or `"Year"`. */
export type PeriodUnit = (typeof PeriodUnit)[keyof typeof PeriodUnit];

/** The periods the API sells, per unit. */
export const ALLOWED_PERIODS: Readonly<Record<PeriodUnit, readonly number[]>> = {
  Month: [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36],
  Year: [1, 2, 3],
};

const ALLOWED_TEXT: Readonly<Record<PeriodUnit, string>> = { Month: "1–9, 12, 24 or 36", Year: "1–3" };

/** `PeriodUnit`: `Month` or `Year`. */
export const PeriodUnitSchema = z.enum(PeriodUnit, {
  error: (issue) =>
    issue.input === undefined
      ? undefined
      : `PeriodUnit must be "Month" or "Year"; got ${JSON.stringify(issue.input)}`,
});

/** `Period`: an integer; which values are allowed depends on `PeriodUnit` ({@link billingPeriodCheck}). */
export const PeriodSchema: z.ZodMiniNumber<number> = integer();

/**
 * `Period` against `PeriodUnit`: with `Month` one of 1–9, 12, 24, 36; with `Year` 1–3. A `Period` without
 * `PeriodUnit` is checked as months, the API's default unit. Runs even when other fields have issues.
 *
 * @example
 * ```ts
 * const Params = { PeriodUnit: z.optional(PeriodUnitSchema), Period: z.optional(PeriodSchema) };
 * const input = params(Params).check(billingPeriodCheck);
 * ```
 */
export const billingPeriodCheck = crossFieldCheck<{ PeriodUnit?: PeriodUnit; Period?: number }>(
  (fields, report) => {
    const { Period: period, PeriodUnit: given } = fields;
    // A Period or PeriodUnit of the wrong type is reported by its own schema; nothing to compare then.
    if (typeof period !== "number" || !Number.isSafeInteger(period)) return;
    if (given !== undefined && given !== "Month" && given !== "Year") return;
    const unit: PeriodUnit = given ?? "Month";
    if (ALLOWED_PERIODS[unit].includes(period)) return;
    const which = given === undefined ? "with PeriodUnit Month (the default)" : `with PeriodUnit ${unit}`;
    report("Period", `${which}, Period must be ${ALLOWED_TEXT[unit]}; got ${period}`);
  },
);
