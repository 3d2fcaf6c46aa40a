import type * as z from "zod/mini";
import { type BoundedList, boundedList } from "../../shared/list.js";
import { PhoneNumberSchema } from "../vocabulary.js";

/** At most this many calling numbers can be chosen from a pool (`SelectNumberOverLimit`). */
export const MAX_SELECTED_NUMBERS = 1000;

/**
 * The pool numbers a task or a single call may call from (`NumberList`): at most 1000, each a mobile
 * number or a fixed-line number with its area code and no hyphen.
 *
 * @example
 * ```ts
 * const Params = { NumberList: z.optional(SelectedNumbersSchema) };
 * ```
 */
export const SelectedNumbersSchema: BoundedList<z.ZodMiniString<string>> = boundedList(
  PhoneNumberSchema,
  MAX_SELECTED_NUMBERS,
  "numbers",
);
