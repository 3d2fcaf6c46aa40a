import * as z from "zod/mini";
import { integer } from "./integer.js";

/**
 * An integer code (non-negative, as every documented code is) whose known values have names while new
 * ones (which appear over time) still pass:
 * typed `Known | (number & {})`, so editors offer the known codes yet any number is accepted. The
 * `number & {}` keeps TypeScript from collapsing the union into plain `number`.
 *
 * @example
 * ```ts
 * const ServiceTypeSchema = openCode<100 | 200>();
 * type T = z.input<typeof ServiceTypeSchema>; // 100 | 200 | (number & {})
 * ```
 */
export function openCode<Known extends number>(): z.ZodMiniType<OpenCode<Known>, OpenCode<Known>> {
  return integer().check(
    z.refine((value) => !Number.isSafeInteger(value) || value >= 0, {
      error: (issue) => `must be a code: a non-negative integer; got ${String(issue.input)}`,
    }),
  );
}

/**
 * A code that is one of `Known` or any other integer, typed so that editors still list the known ones.
 *
 * @example
 * ```ts
 * type ServiceType = OpenCode<100 | 200>; // 100 | 200 | (number & {})
 * ```
 */
export type OpenCode<Known extends number> = Known | (number & {});
