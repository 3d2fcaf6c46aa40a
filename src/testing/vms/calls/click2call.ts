import { Click2Call } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { requirePool } from "../voice-lookups.js";

/**
 * vms `Click2Call`: places a call between the two pools' sides under a new `CallId`. It is `Calling`
 * until the emulator's `transitionMs` has passed, then `Ended`, when its record and recording exist.
 * An unknown pool is `IllegalArgument`.
 */
export const click2CallHandler = defineHandler({
  operation: Click2Call,
  issueRules: [],
  handle(input, ctx) {
    requirePool(ctx, "CallerNumberPoolNo", input.CallerNumberPoolNo);
    requirePool(ctx, "CalleeNumberPoolNo", input.CalleeNumberPoolNo);
    const calls = ctx.state.vms.voice.calls;
    const CallId = calls.newId("CC", 20);
    calls.insert(CallId, {
      CallId,
      Caller: input.Caller,
      Callee: input.Callee,
      CallerNumberPoolNo: input.CallerNumberPoolNo,
      CalleeNumberPoolNo: input.CalleeNumberPoolNo,
      CallerNumber: input.CallerNumber,
      CalleeNumber: input.CalleeNumber,
      UserData: input.UserData,
      Status: "Calling",
      StartedMs: ctx.nowMs,
      EndsMs: ctx.nowMs + ctx.transitionMs,
    });
    calls.begin(CallId, "Calling", "Ended");
    ctx.created("Click2Call", undefined);
    return { CallId };
  },
});
