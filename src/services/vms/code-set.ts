import * as z from "zod/mini";
import { integer } from "../shared/integer.js";

/**
 * An integer parameter that must be one of the documented `values` (a flag `0`/`1`, `CallDisplayType`
 * 1–4…), typed as their union. `meaning` says them in the message: `must be 0 (off) or 1 (on); got 2`.
 *
 * @example
 * ```ts
 * const EnableCodeSchema = codeIn([1, 2], "1 (enable) or 2 (disable)");
 * ```
 */
export function codeIn<const T extends number>(values: readonly T[], meaning: string): z.ZodMiniType<T, T> {
  const known: readonly number[] = values;
  return integer().check(
    z.refine((value) => !Number.isSafeInteger(value) || known.includes(value), {
      error: (issue) => `must be ${meaning}; got ${String(issue.input)}`,
    }),
  ) as unknown as z.ZodMiniType<T, T>;
}

/**
 * A code in an answer: any number, typed so that editors offer the known ones (`Known | (number & {})`).
 * Unlike a parameter's code it may be negative (`NumberStatusCode` -1 means "abnormal").
 *
 * @example
 * ```ts
 * const Result = { NumberStatusCode: z.optional(answerCode<1 | 2 | 3 | 4>()) };
 * ```
 */
export function answerCode<Known extends number>(): z.ZodMiniType<Known | (number & {})> {
  return z.number();
}
