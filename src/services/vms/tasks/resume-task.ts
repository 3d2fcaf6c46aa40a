import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";

const Params = {
  /** The task to resume, as `CreateTask` returned it. */
  TaskOpenId: IdSchema,
};

const Result = {};

/** Parameters of {@link ResumeTask}. */
export interface ResumeTaskInput extends In<typeof Params> {}
/** `Result` of {@link ResumeTask}: nothing. */
export interface ResumeTaskOutput extends Out<typeof Result> {}

/**
 * vms `ResumeTask`: resumes a paused task, or starts one created with `Start: false`. Only a paused task can be resumed (`TaskWrongState`).
 *
 * @example
 * ```ts
 * await volc.send(ResumeTask, { TaskOpenId });
 * ```
 */
export const ResumeTask: Operation<ResumeTaskInput, ResumeTaskOutput> = vmsOperation({
  action: "ResumeTask",
  input: params(Params),
  output: result(Result),
});
