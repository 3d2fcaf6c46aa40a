import type * as z from "zod/mini";
import { LETTER_DIGIT_CHINESE, NAME_CHARS } from "./charsets.js";
import { text } from "./text-rule.js";

/**
 * A resource name as the network services document it (e.g. `CenBandwidthPackageName`): 1–128
 * characters, starting with a letter, digit or Chinese character, made of letters, digits, Chinese
 * characters and `.` `_` `-`.
 *
 * @example
 * ```ts
 * const Input = z.strictObject({ CenBandwidthPackageName: z.optional(ResourceNameSchema) });
 * ```
 */
export const ResourceNameSchema: z.ZodMiniString<string> = text({
  min: 1,
  max: 128,
  first: LETTER_DIGIT_CHINESE,
  allowed: NAME_CHARS,
});
