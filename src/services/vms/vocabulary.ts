import * as z from "zod/mini";
import { describeValue } from "../shared/describe-value.js";
import { IdSchema } from "../shared/free-text.js";
import { integer } from "../shared/integer.js";
import { type BoundedList, boundedList } from "../shared/list.js";
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

/**
 * `Offset` of the vms lists (`QueryOpenGetResource`, `QueryQualification`…): how many records to skip, a
 * non-negative integer (default 0). An offset, not a page number.
 *
 * @example
 * ```ts
 * const Params = { Offset: z.optional(OffsetSchema) };
 * ```
 */
export const OffsetSchema: z.ZodMiniNumber<number> = integer().check(
  z.refine((value) => !Number.isSafeInteger(value) || value >= 0, {
    error: (issue) => `must not be negative; got ${String(issue.input)}`,
  }),
);

/**
 * A yes/no switch sent as an integer: `0` no (off), `1` yes (on), as vms documents its flags
 * (`CallerDegradeToCapital`, `CertificateThreeInOne`…).
 *
 * @example
 * ```ts
 * const Params = { CallerDegradeToCapital: z.optional(YesNoSchema) };
 * ```
 */
export const YesNoSchema: z.ZodMiniLiteral<0 | 1> = z.literal([0, 1], {
  error: (issue) =>
    issue.input === undefined ? undefined : `must be 0 (no) or 1 (yes); got ${describeValue(issue.input)}`,
});

/**
 * A list of fallback cities (area codes such as `"010"`), tried in order when no number is free in the
 * preferred city: at most 5 of them.
 *
 * @example
 * ```ts
 * const Params = { CallerNumberDegradeCityList: z.optional(DegradeCityListSchema) };
 * ```
 */
export const DegradeCityListSchema: BoundedList<typeof IdSchema> = boundedList(IdSchema, 5, "cities");
