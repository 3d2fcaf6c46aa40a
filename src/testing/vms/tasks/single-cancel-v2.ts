import { SingleCancelV2, SingleState } from "../../../services/vms/index.js";
import { apiError } from "../../api-error.js";
import { defineHandler } from "../../handler.js";
import { VoiceErrors } from "../voice-errors.js";
import { mustSingle, singleState } from "./single-state.js";

/**
 * vms `SingleCancelV2`: cancels a single call still waiting to be placed (state `"1"`, which becomes
 * `"5"`); one already placed, finished or cancelled is `TaskWrongState`.
 */
export const singleCancelV2Handler = defineHandler({
  operation: SingleCancelV2,
  issueRules: [],
  handle(input, ctx) {
    const single = mustSingle(ctx, input.SingleOpenId);
    const state = singleState(single, ctx);
    if (state !== SingleState.Pending) {
      throw apiError(
        VoiceErrors.TaskWrongState,
        `(${single.SingleOpenId} is in state ${state}, not waiting)`,
      );
    }
    single.Cancelled = true;
    return {};
  },
});
