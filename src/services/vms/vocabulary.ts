import type * as z from "zod/mini";
import { text } from "../shared/text-rule.js";

/**
 * A phone number as vms takes it: a mainland mobile number (`13800138000`), a fixed-line number with its
 * area code and no hyphen (`02131075869`), or a special-service number (95…, 1010…, 400…, 800…, which
 * must be registered with Volcengine first). Digits only: no `+86`, no spaces, no hyphens.
 *
 * @example
 * ```ts
 * const Params = { PhoneNoA: PhoneNumberSchema };
 * ```
 */
export const PhoneNumberSchema: z.ZodMiniString<string> = text({
  min: 1,
  max: 20,
  more: [
    (value) =>
      /^(1\d{10}|0\d{9,11}|95\d{3,6}|1010\d{4,6}|[48]00\d{7})$/.test(value)
        ? undefined
        : `must be a mobile number (11 digits from 1), a fixed-line number with its area code and no hyphen (e.g. 02131075869), or a registered 95/1010/400/800 number; got ${JSON.stringify(value.slice(0, 24))}`,
  ],
});
