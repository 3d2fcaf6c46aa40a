import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";

const Params = {
  /** The task to stop, as `CreateTask` returned it. */
  TaskOpenId: IdSchema,
};

const Result = {};

/** Parameters of {@link StopTask}. */
export interface StopTaskInput extends In<typeof Params> {}
/** `Result` of {@link StopTask}: nothing. */
export interface StopTaskOutput extends Out<typeof Result> {}

/**
 * vms `StopTask`: stops a task for good: no more calls, no appending, no changes. A stopped task cannot be stopped again (`TaskWrongState`).
 *
 * @example
 * ```ts
 * await volc.send(StopTask, { TaskOpenId });
 * ```
 */
export const StopTask: Operation<StopTaskInput, StopTaskOutput> = vmsOperation({
  action: "StopTask",
  input: params(Params),
  output: result(Result),
});
