import type * as z from "zod/mini";
import { text } from "../../shared/text-rule.js";

/** What is wrong with a `CallIdList`, if anything (an empty one is reported by its length rule). */
function callIdListProblem(value: string): string | undefined {
  if (value === "") return undefined;
  if (value.includes("，")) return 'must separate the call ids with English commas ",", not "，"';
  if (value.split(",").some((id) => id.trim() === "")) {
    return `must be call ids separated by commas, none of them empty (e.g. "NM12345,Dcc12345"); got ${JSON.stringify(value.slice(0, 40))}`;
  }
  return undefined;
}

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
  more: [callIdListProblem],
});
