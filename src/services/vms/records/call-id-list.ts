import type * as z from "zod/mini";
import { text } from "../../shared/text-rule.js";

/**
 * `CallIdList` of the record queries: call ids separated by English commas, e.g. `"NM12345,Dcc12345"`.
 *
 * @example
 * ```ts
 * const Params = { CallIdList: CallIdListSchema };
 * ```
 */
export const CallIdListSchema: z.ZodMiniString<string> = text({
  min: 1,
  max: Number.POSITIVE_INFINITY,
  more: [
    (value) =>
      value.includes("，")
        ? 'must separate the call ids with English commas ",", not "，"'
        : value.split(",").some((id) => id.trim() === "")
          ? `must be call ids separated by commas, none of them empty (e.g. "NM12345,Dcc12345"); got ${JSON.stringify(value.slice(0, 40))}`
          : undefined,
  ],
});
