import { SingleState } from "../../../services/vms/index.js";
import type { HandlerContext } from "../../handler.js";
import { illegal } from "../voice-lookups.js";
import type { SingleCallRecord } from "../voice-store.js";

/**
 * A single call's state at `ctx.nowMs`: waiting (`"1"`) until its trigger time, placed and waiting for
 * the hang-up (`"2"`) for the emulator's `transitionMs`, then finished (`"3"`); `"5"` once cancelled.
 */
export function singleState(single: SingleCallRecord, ctx: HandlerContext): SingleState {
  if (single.Cancelled) return SingleState.Deleted;
  if (ctx.nowMs < single.TriggerMs) return SingleState.Pending;
  if (ctx.nowMs < single.TriggerMs + ctx.transitionMs) return SingleState.WaitingForHangUp;
  return SingleState.Finished;
}

/** The single call with this id, or `IllegalArgument`. */
export function mustSingle(ctx: HandlerContext, singleOpenId: string): SingleCallRecord {
  const single = ctx.state.vms.voice.singles.get(singleOpenId);
  if (single === undefined) throw illegal(`(SingleOpenId ${singleOpenId} does not exist)`);
  return single;
}
