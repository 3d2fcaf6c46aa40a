import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";

const Params = {
  /** The task to pause, as `CreateTask` returned it. */
  TaskOpenId: IdSchema,
};

const Result = {};

/** Parameters of {@link PauseTask}. */
export interface PauseTaskInput extends In<typeof Params> {}
/** `Result` of {@link PauseTask}: nothing. */
export interface PauseTaskOutput extends Out<typeof Result> {}

/**
 * vms `PauseTask`: pauses a running task; it resumes with `ResumeTask`. Only a running task can be paused (`TaskWrongState`).
 *
 * @example
 * ```ts
 * await volc.send(PauseTask, { TaskOpenId });
 * ```
 */
export const PauseTask: Operation<PauseTaskInput, PauseTaskOutput> = vmsOperation({
  action: "PauseTask",
  input: params(Params),
  output: result(Result),
});
