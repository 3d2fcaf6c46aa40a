import { CreateTask, TaskType } from "../../../services/vms/index.js";
import { apiError } from "../../api-error.js";
import { defineHandler } from "../../handler.js";
import { TASK_ISSUE_RULES, VoiceErrors } from "../voice-errors.js";
import { mustResource, requirePool } from "../voice-lookups.js";
import { appendPhones } from "./phone-entries.js";

/** At most this many tasks may be unfinished (running or paused) at once (`ExceedTaskNumLimit`). */
export const MAX_UNFINISHED_TASKS = 50;

/**
 * vms `CreateTask`: checks the pool (`IllegalArgument`), the resource (`ResourceNotFound`) and the number
 * of unfinished tasks (`ExceedTaskNumLimit`), then keeps the task, `Running`, or `Paused` when created
 * with `Start: false`, and judges each phone entry (`FailList`).
 */
export const createTaskHandler = defineHandler({
  operation: CreateTask,
  issueRules: TASK_ISSUE_RULES,
  handle(input, ctx) {
    requirePool(ctx, "NumberPoolNo", input.NumberPoolNo);
    if (input.Resource !== undefined) mustResource(ctx, input.Resource);
    const tasks = ctx.state.vms.voice.tasks;
    const unfinished = tasks.list().filter((t) => t.Status !== "Stopped").length;
    if (unfinished >= MAX_UNFINISHED_TASKS) {
      throw apiError(VoiceErrors.ExceedTaskNumLimit, `(at most ${MAX_UNFINISHED_TASKS} unfinished tasks)`);
    }
    const TaskOpenId = tasks.newId("TK", 18, "0123456789");
    const task = tasks.insert(TaskOpenId, {
      TaskOpenId,
      Name: input.Name,
      NumberPoolNo: input.NumberPoolNo,
      Status: input.Start === false ? "Paused" : "Running",
      Type: input.Type ?? TaskType.AudioFile,
      Resource: input.Resource,
      StartTime: input.StartTime,
      EndTime: input.EndTime,
      Concurrency: input.Concurrency,
      RingAgainTimes: input.RingAgainTimes ?? 0,
      RingAgainInterval: input.RingAgainInterval ?? 5,
      ForbidTimeList: input.ForbidTimeList ?? [],
      Unique: input.Unique ?? false,
      Phones: [],
      CreatedBy: ctx.caller.accessKeyId,
    });
    const FailList = appendPhones(task, input.PhoneList ?? []);
    ctx.created("Task", input.Name);
    return { TaskOpenId, FailList };
  },
});
