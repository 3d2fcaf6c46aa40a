import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { integer } from "../../shared/integer.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import { ForbidTimeSchema } from "./forbid-time.js";
import { DateTimeSchema, RingAgainIntervalSchema, RingAgainTimesSchema } from "./schedule.js";

const Params = {
  /** The task to change, as `CreateTask` returned it. */
  TaskOpenId: IdSchema,
  /** When calling may start: `"yyyy-MM-dd HH:mm:ss"`. */
  StartTime: DateTimeSchema,
  /** When calling must stop: `"yyyy-MM-dd HH:mm:ss"`. */
  EndTime: DateTimeSchema,
  /** How many calls run at once. */
  Concurrency: integer(),
  /** How many times an unanswered number is called again, 0–5 (default 0). */
  RingAgainTimes: z.optional(RingAgainTimesSchema),
  /** Minutes between those redials, 5–1440 (default 5). */
  RingAgainInterval: z.optional(RingAgainIntervalSchema),
  /** Periods when no call is placed; they replace the task's. */
  ForbidTimeList: z.optional(z.array(ForbidTimeSchema)),
  /** Whether `RingAgainTimes` and `RingAgainInterval` are changed too (default true). */
  Recall: z.optional(z.boolean()),
};

const Result = {};

/** Parameters of {@link UpdateTask}. */
export interface UpdateTaskInput extends In<typeof Params> {}
/** `Result` of {@link UpdateTask}: nothing. */
export interface UpdateTaskOutput extends Out<typeof Result> {}

/**
 * vms `UpdateTask`: changes a task's schedule, concurrency, redials and no-call periods. A stopped task
 * cannot be changed (`TaskWrongState`).
 *
 * @example
 * ```ts
 * await volc.send(UpdateTask, {
 *   TaskOpenId, StartTime: "2026-03-01 09:00:00", EndTime: "2026-03-02 18:00:00", Concurrency: 10,
 * });
 * ```
 */
export const UpdateTask: Operation<UpdateTaskInput, UpdateTaskOutput> = vmsOperation({
  action: "UpdateTask",
  input: params(Params),
  output: result(Result),
});
