import { type ApiError, apiError } from "../api-error.js";
import type { HandlerContext } from "../handler.js";
import { VoiceErrors } from "./voice-errors.js";
import type { ClickToCallRecord, TaskRecord, VoiceResourceRecord } from "./voice-store.js";

/** `IllegalArgument` (HTTP 200) with a detail saying what was wrong. */
export function illegal(detail: string): ApiError {
  return apiError(VoiceErrors.IllegalArgument, detail);
}

/** Refuses a number pool that does not exist. */
export function requirePool(ctx: HandlerContext, field: string, poolNo: string): void {
  if (!ctx.state.vms.privacy.pools.has(poolNo)) throw illegal(`(${field} ${poolNo} does not exist)`);
}

/** The click-to-call call with this id, or `IllegalArgument`. */
export function mustCall(ctx: HandlerContext, callId: string): ClickToCallRecord {
  const call = ctx.state.vms.voice.calls.get(callId);
  if (call === undefined) throw illegal(`(CallId ${callId} does not exist)`);
  return call;
}

/** The task with this id, or `TaskNotFound`. */
export function mustTask(ctx: HandlerContext, taskOpenId: string): TaskRecord {
  return ctx.state.vms.voice.tasks.must(taskOpenId, VoiceErrors.TaskNotFound);
}

/** The task with this id, in one of `states`, or `TaskNotFound` / `TaskWrongState` naming its state. */
export function mustTaskIn(ctx: HandlerContext, taskOpenId: string, states: readonly string[]): TaskRecord {
  const task = mustTask(ctx, taskOpenId);
  if (!states.includes(task.Status)) {
    throw apiError(
      VoiceErrors.TaskWrongState,
      `(${taskOpenId} is ${task.Status}; this needs ${states.join(" or ")})`,
    );
  }
  return task;
}

/** The voice resource with this key, or `ResourceNotFound`. */
export function mustResource(ctx: HandlerContext, resourceKey: string): VoiceResourceRecord {
  return ctx.state.vms.voice.resources.must(resourceKey, VoiceErrors.ResourceNotFound);
}
