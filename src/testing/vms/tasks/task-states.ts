import { PauseTask, ResumeTask, StopTask } from "../../../services/vms/index.js";
import { type ActionHandler, defineHandler } from "../../handler.js";
import { mustTaskIn } from "../voice-lookups.js";

/**
 * A handler that moves a task from one of `from` to `to`; a task in any other state is
 * `TaskWrongState`, an unknown one `TaskNotFound`.
 */
function transition(
  operation: typeof PauseTask | typeof ResumeTask | typeof StopTask,
  from: readonly string[],
  to: string,
): ActionHandler {
  return defineHandler({
    operation,
    issueRules: [],
    handle(input, ctx) {
      mustTaskIn(ctx, input.TaskOpenId, from).Status = to;
      return {};
    },
  });
}

/** vms `PauseTask`: `Running` → `Paused`. */
export const pauseTaskHandler = transition(PauseTask, ["Running"], "Paused");
/** vms `ResumeTask`: `Paused` → `Running`. */
export const resumeTaskHandler = transition(ResumeTask, ["Paused"], "Running");
/** vms `StopTask`: `Running` or `Paused` → `Stopped`, for good. */
export const stopTaskHandler = transition(StopTask, ["Running", "Paused"], "Stopped");
