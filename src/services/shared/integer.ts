import * as z from "zod/mini";
import { describeValue } from "./describe-value.js";

/**
 * An integer parameter. Used instead of `z.int()`, whose non-integer issue aborts every check above it
 * (a cross-field check would then go unreported); this one reports and lets the other checks run.
 *
 * @example
 * ```ts
 * const Schema = z.strictObject({ ServiceType: integer() });
 * ```
 */
export function integer(): z.ZodMiniNumber<number> {
  return z
    .number({ error: notAnInteger })
    .check(z.refine(Number.isSafeInteger, { error: (issue) => notAnInteger(issue) }));
}

/**
 * An integer parameter within `min`–`max` (both inclusive), e.g. `Bandwidth` 2–10000.
 *
 * @example
 * ```ts
 * const Bandwidth = integerBetween(2, 10000, "Mbps");
 * ```
 */
export function integerBetween(min: number, max: number, unit = ""): z.ZodMiniNumber<number> {
  const suffix = unit ? ` ${unit}` : "";
  return integer().check(
    z.superRefine((value, ctx) => {
      if (Number.isSafeInteger(value) && (value < min || value > max)) {
        ctx.addIssue({
          code: "custom",
          message: `must be ${min}–${max}${suffix}; got ${value}`,
          input: value,
        });
      }
    }),
  );
}

/** Message for a value that is not an integer; `undefined` for a missing one, left to the locale. */
function notAnInteger(issue: { input?: unknown }): string | undefined {
  if (issue.input === undefined) return undefined;
  return `must be an integer; got ${describeValue(issue.input)}`;
}
