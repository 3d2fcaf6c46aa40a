import * as z from "zod/mini";

/** A UTF-16 surrogate without its partner: not a character, so it cannot be encoded as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A string parameter with no documented character rule (ids, project names, operator names). It must
 * still be well-formed Unicode: a lone surrogate would reach the server as U+FFFD, a different value
 * from the one the caller passed.
 *
 * @example
 * ```ts
 * const Input = z.strictObject({ CenId: z.optional(FreeTextSchema) });
 * ```
 */
export const FreeTextSchema = z
  .string()
  .check(
    z.refine(
      (value) => !LONE_SURROGATE.test(value),
      "must be well-formed Unicode (it holds a lone surrogate)",
    ),
  );
