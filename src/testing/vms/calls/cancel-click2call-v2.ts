import { CancelClick2CallV2 } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { mustCall } from "../voice-lookups.js";

/**
 * vms `CancelClick2CallV2`: ends a call still `Calling` (`Success: true`); a call already over answers
 * `Success: false`; an unknown `CallId` is `IllegalArgument`.
 */
export const cancelClick2CallV2Handler = defineHandler({
  operation: CancelClick2CallV2,
  issueRules: [],
  handle(input, ctx) {
    const call = mustCall(ctx, input.CallId);
    if (call.Status !== "Calling") return { Success: false };
    ctx.state.vms.voice.calls.setStatus(call.CallId, "Cancelled");
    call.EndsMs = ctx.nowMs;
    return { Success: true };
  },
});
