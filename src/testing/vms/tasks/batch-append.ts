import { BatchAppend } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { TASK_ISSUE_RULES } from "../voice-errors.js";
import { mustTaskIn } from "../voice-lookups.js";
import { appendPhones } from "./phone-entries.js";

/** vms `BatchAppend`: adds phone entries to a task that is not `Stopped` (`TaskWrongState`). */
export const batchAppendHandler = defineHandler({
  operation: BatchAppend,
  issueRules: TASK_ISSUE_RULES,
  handle(input, ctx) {
    const task = mustTaskIn(ctx, input.TaskOpenId, ["Running", "Paused"]);
    return { TaskOpenId: task.TaskOpenId, FailList: appendPhones(task, input.PhoneList) };
  },
});
