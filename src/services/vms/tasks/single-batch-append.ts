import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { FreeTextSchema, IdSchema } from "../../shared/free-text.js";
import { openCode } from "../../shared/open-code.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { text } from "../../shared/text-rule.js";
import { vmsOperation } from "../operation.js";
import type { KnownSelectNumberType, KnownTaskType } from "./codes.js";
import { DateTimeSchema, RingAgainIntervalSchema, RingAgainTimesSchema } from "./schedule.js";
import { SelectedNumbersSchema } from "./selected-numbers.js";

/** One single call as `SuccessList` and `FailList` report it. */
const SingleItemResult = result({
  /** The single call's id, as given. */
  SingleOpenId: z.string(),
  /** The number to call. */
  Phone: z.optional(z.string()),
  /** Your own data, as given. */
  Ext: z.optional(z.string()),
  /** In `FailList`, why the call was refused, in words (e.g. `"手机号格式错误"`, a malformed number). */
  Type: z.optional(z.string()),
});

const Params = {
  /** The single calls to place, each under your own `SingleOpenId`. */
  List: z.array(
    params({
      /** Your id for this call, unique among your single calls: `QuerySingleInfo` and `SingleCancelV2` take it. */
      SingleOpenId: IdSchema,
      /** The number to call; a malformed one comes back in `FailList`. */
      Phone: FreeTextSchema,
      /** What `Resource` is: `0` audio file (default), `1` TTS template, `2` IVR flow. See {@link TaskType}. */
      Type: z.optional(openCode<KnownTaskType>()),
      /** The `ResourceKey` of what is played. */
      Resource: z.optional(IdSchema),
      /** The pool whose numbers place the call. */
      NumberPoolNo: z.optional(IdSchema),
      /** The pool numbers allowed to call, at most 1000 (best left out: the pool picks). */
      NumberList: z.optional(SelectedNumbersSchema),
      /** `0` any number of the pool, `1` only those in `NumberList`. See {@link SelectNumberType}. */
      NumberType: z.optional(openCode<KnownSelectNumberType>()),
      /** The rule that picks a calling number (a code). */
      SelectNumberRule: z.optional(openCode<number>()),
      /** How many times an unanswered call is placed again, 0–5 (default 0). */
      RingAgainTimes: z.optional(RingAgainTimesSchema),
      /** Minutes between those redials, 5–1440 (default 5). */
      RingAgainInterval: z.optional(RingAgainIntervalSchema),
      /** Your own data, echoed in the call records, at most 255 characters. */
      Ext: z.optional(text({ min: 0, max: 255 })),
      /** The template's or flow's variables, as JSON text (e.g. `'{"code":"1234"}'`), at most 2048 characters. */
      PhoneParam: z.optional(text({ min: 0, max: 2048, multiline: true })),
      /** When to call, `"yyyy-MM-dd HH:mm:ss"`; at once when left out. */
      TriggerTime: z.optional(DateTimeSchema),
      /** Periods when the call must not be placed. */
      ForbidTimeList: z.optional(z.array(FreeTextSchema)),
      /** The SMS sent after the call, as JSON text. */
      SmsConfig: z.optional(text({ min: 0, max: Number.POSITIVE_INFINITY, multiline: true })),
      /** Where the recording is pushed to. */
      AudioPostUrl: z.optional(FreeTextSchema),
      /** Where the call record is pushed to. */
      CallRecordPostUrl: z.optional(FreeTextSchema),
    }),
  ),
};

const Result = {
  /** The single calls taken. */
  SuccessList: z.optional(z.array(SingleItemResult)),
  /** The single calls refused, each with its reason in `Type`. */
  FailList: z.optional(z.array(SingleItemResult)),
};

/** Parameters of {@link SingleBatchAppend}. */
export interface SingleBatchAppendInput extends In<typeof Params> {}
/** `Result` of {@link SingleBatchAppend}. */
export interface SingleBatchAppendOutput extends Out<typeof Result> {}

/**
 * vms `SingleBatchAppend`: places single calls (one number each, such as a verification code or a
 * delivery notice), each under an id of yours. A `SingleOpenId` already used is refused in `FailList`,
 * so repeating a call does not place it twice.
 *
 * @example
 * ```ts
 * const { SuccessList, FailList } = await volc.send(SingleBatchAppend, {
 *   List: [{ SingleOpenId: "order-42", Phone: "13800138000", Type: TaskType.TtsTemplate, Resource: "R123",
 *            NumberPoolNo: "NP163517154204092175", PhoneParam: '{"code":"1234"}' }],
 * });
 * ```
 */
export const SingleBatchAppend: Operation<SingleBatchAppendInput, SingleBatchAppendOutput> = vmsOperation({
  action: "SingleBatchAppend",
  input: params(Params),
  output: result(Result),
});
