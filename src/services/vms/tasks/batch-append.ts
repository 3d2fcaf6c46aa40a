import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { boundedList } from "../../shared/list.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import { MAX_PHONE_ENTRIES, PhoneListItemSchema, TaskFailResult } from "./phone-list.js";

/** Appending nothing is `EmptyPhoneList`. */
const notEmpty = z.superRefine<unknown[]>(
  (entries, ctx) => {
    if (entries.length === 0)
      ctx.addIssue({ code: "custom", message: "must hold at least one phone entry", input: entries });
  },
  { when: (payload) => Array.isArray(payload.value) },
);

const Params = {
  /** The task to append to, as `CreateTask` returned it. */
  TaskOpenId: IdSchema,
  /** The numbers to add: 1–10 000 entries. */
  PhoneList: boundedList(PhoneListItemSchema, MAX_PHONE_ENTRIES, "phone entries", [notEmpty]),
};

const Result = {
  /** The task appended to. */
  TaskOpenId: z.string(),
  /** The phone entries refused, each with its reason; the others were appended. */
  FailList: z.optional(z.array(TaskFailResult)),
};

/** Parameters of {@link BatchAppend}. */
export interface BatchAppendInput extends In<typeof Params> {}
/** `Result` of {@link BatchAppend}. */
export interface BatchAppendOutput extends Out<typeof Result> {}

/**
 * vms `BatchAppend`: adds numbers to a task that has not been stopped. Not idempotent: a repeated call
 * appends the numbers again (or, with `Unique`, refuses them as duplicates).
 *
 * @example
 * ```ts
 * const { FailList = [] } = await volc.send(BatchAppend, {
 *   TaskOpenId, PhoneList: [{ Phone: "13800138000", PhoneParamJson: '{"name":"张三"}' }],
 * });
 * ```
 */
export const BatchAppend: Operation<BatchAppendInput, BatchAppendOutput> = vmsOperation({
  action: "BatchAppend",
  input: params(Params),
  output: result(Result),
});
