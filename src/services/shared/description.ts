import type * as z from "zod/mini";
import { DESCRIPTION_CHARS, LETTER_DIGIT_CHINESE } from "./charsets.js";
import { text } from "./text-rule.js";

/**
 * A resource description: 0–255 characters (empty is allowed), starting with a letter, digit or Chinese
 * character, made of letters, digits, Chinese characters, space and `,` `.` `_` `=` `-` `，` `。`.
 *
 * @example
 * ```ts
 * const Input = z.strictObject({ Description: z.optional(DescriptionSchema) });
 * ```
 */
export const DescriptionSchema: z.ZodMiniString<string> = text({
  min: 0,
  max: 255,
  first: LETTER_DIGIT_CHINESE,
  allowed: DESCRIPTION_CHARS,
});
