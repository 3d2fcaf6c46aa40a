import { UpdateTask } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { TASK_ISSUE_RULES } from "../voice-errors.js";
import { mustTaskIn } from "../voice-lookups.js";

/**
 * vms `UpdateTask`: changes the schedule of a task that is not `Stopped` (`TaskWrongState`); the redial
 * settings change too unless `Recall` is false.
 */
export const updateTaskHandler = defineHandler({
  operation: UpdateTask,
  issueRules: TASK_ISSUE_RULES,
  handle(input, ctx) {
    const task = mustTaskIn(ctx, input.TaskOpenId, ["Running", "Paused"]);
    task.StartTime = input.StartTime;
    task.EndTime = input.EndTime;
    task.Concurrency = input.Concurrency;
    if (input.ForbidTimeList !== undefined) task.ForbidTimeList = input.ForbidTimeList;
    if (input.Recall !== false) {
      task.RingAgainTimes = input.RingAgainTimes ?? task.RingAgainTimes;
      task.RingAgainInterval = input.RingAgainInterval ?? task.RingAgainInterval;
    }
    return {};
  },
});
