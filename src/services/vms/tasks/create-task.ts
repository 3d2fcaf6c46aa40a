import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { crossFieldCheck } from "../../shared/cross-field.js";
import { FreeTextSchema, IdSchema } from "../../shared/free-text.js";
import { integer } from "../../shared/integer.js";
import { openCode } from "../../shared/open-code.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { text } from "../../shared/text-rule.js";
import { vmsOperation } from "../operation.js";
import type { KnownSelectNumberType, KnownTaskType } from "./codes.js";
import { ForbidTimeSchema } from "./forbid-time.js";
import { PhoneListSchema, TaskFailResult } from "./phone-list.js";
import { DateTimeSchema, RingAgainIntervalSchema, RingAgainTimesSchema } from "./schedule.js";
import { SelectedNumbersSchema } from "./selected-numbers.js";

/** Choosing from `NumberList` (`SelectNumberType` 1) needs the list (`EmptyNumberList`). */
const numberListWhenSelecting = crossFieldCheck<{ SelectNumberType?: number; NumberList?: string[] }>(
  (fields, report) => {
    if (fields.SelectNumberType !== 1) return;
    const list = fields.NumberList;
    if (list === undefined || (Array.isArray(list) && list.length === 0)) {
      report("NumberList", "is required with SelectNumberType 1 (call from the listed numbers only)");
    }
  },
);

const Params = {
  /** The task's name. */
  Name: IdSchema,
  /** The pool whose numbers place the calls, e.g. `"NP163517154204092175"`. */
  NumberPoolNo: IdSchema,
  /** When calling may start: `"yyyy-MM-dd HH:mm:ss"`. */
  StartTime: DateTimeSchema,
  /** When calling must stop: `"yyyy-MM-dd HH:mm:ss"`. */
  EndTime: DateTimeSchema,
  /** How many calls run at once; past the account's limit the service answers `ExceedMaxConcurrency`. */
  Concurrency: integer(),
  /**
   * What is played: the `ResourceKey` of an audio file, a TTS template or an IVR flow (the docs mark it
   * required; an unknown one is `ResourceNotFound`).
   */
  Resource: z.optional(IdSchema),
  /** What `Resource` is: `0` audio file (default), `1` TTS template, `2` IVR flow, `3` TTS. See {@link TaskType}. */
  Type: z.optional(openCode<KnownTaskType>()),
  /** The numbers to call, at most 10 000 per call (more with `BatchAppend`). */
  PhoneList: z.optional(PhoneListSchema),
  /**
   * The pool numbers allowed to call, at most 1000; required with `SelectNumberType` 1. Each a mobile
   * number or a fixed-line number with its area code and no hyphen.
   */
  NumberList: z.optional(SelectedNumbersSchema),
  /** `0` any number of the pool, `1` only those in `NumberList`. See {@link SelectNumberType}. */
  SelectNumberType: z.optional(openCode<KnownSelectNumberType>()),
  /** The rule that picks a calling number (a code, e.g. `5`); needed when numbers are picked by rule. */
  SelectNumberRule: z.optional(openCode<number>()),
  /** Whether the task starts calling as soon as it is created. */
  Start: z.optional(z.boolean()),
  /** How long a number may ring before the call is given up. */
  MaxRingDuration: z.optional(integer()),
  /** How many times an unanswered number is called again, 0–5 (default 0). */
  RingAgainTimes: z.optional(RingAgainTimesSchema),
  /** Minutes between those redials, 5–1440 (default 5). */
  RingAgainInterval: z.optional(RingAgainIntervalSchema),
  /** Whether repeated numbers are called once only (default false): repeats come back in `FailList`. */
  Unique: z.optional(z.boolean()),
  /** Whether the task ends once every number was called (default false). */
  FinishWhenListEnd: z.optional(z.boolean()),
  /** Periods when no call is placed. */
  ForbidTimeList: z.optional(z.array(ForbidTimeSchema)),
  /** The SMS sent after the call, per call outcome. */
  SmsConfig: z.optional(
    z.array(
      params({
        /** The SMS template's id. */
        TemplateId: z.optional(FreeTextSchema),
        /** The SMS signature. */
        Sign: z.optional(FreeTextSchema),
        /** The call outcomes (codes) after which the SMS is sent, e.g. `[1, 2, 3]`. */
        StatusSet: z.optional(z.array(integer())),
      }),
    ),
  ),
  /** Where the recordings are pushed to, at most 512 characters. */
  AudioPostUrl: z.optional(text({ min: 0, max: 512 })),
  /** Where the call records are pushed to, at most 512 characters. */
  CallRecordPostUrl: z.optional(text({ min: 0, max: 512 })),
};

const Result = {
  /** The new task's id, which `BatchAppend`, `UpdateTask`, `PauseTask`… take. */
  TaskOpenId: z.string(),
  /** The phone entries refused, each with its reason; the others were taken. */
  FailList: z.optional(z.array(TaskFailResult)),
};

/** Parameters of {@link CreateTask}. */
export interface CreateTaskInput extends In<typeof Params> {}
/** `Result` of {@link CreateTask}. */
export interface CreateTaskOutput extends Out<typeof Result> {}

/**
 * vms `CreateTask`: creates an outbound call task (a voice notification or robot call campaign) over a
 * list of numbers. It carries no idempotency token, so it is retried only when the request provably
 * never took effect.
 *
 * @example
 * ```ts
 * const { TaskOpenId, FailList } = await volc.send(CreateTask, {
 *   Name: "delivery notice", NumberPoolNo: "NP163517154204092175", Resource: "R123",
 *   StartTime: "2026-03-01 09:00:00", EndTime: "2026-03-01 18:00:00", Concurrency: 5,
 *   PhoneList: [{ Phone: "13800138000" }],
 * });
 * ```
 */
export const CreateTask: Operation<CreateTaskInput, CreateTaskOutput> = vmsOperation({
  action: "CreateTask",
  input: params(Params).check(numberListWhenSelecting),
  output: result(Result),
});
