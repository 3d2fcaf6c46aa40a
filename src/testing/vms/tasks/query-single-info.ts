import { QuerySingleInfo, SingleState } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { toBeijingText } from "../beijing-time.js";
import { mustSingle, singleState } from "./single-state.js";

/**
 * vms `QuerySingleInfo`: a single call's state now (see {@link singleState}); once finished, its end,
 * duration and record id. An unknown `SingleOpenId` is `IllegalArgument`.
 */
export const querySingleInfoHandler = defineHandler({
  operation: QuerySingleInfo,
  issueRules: [],
  handle(input, ctx) {
    const single = mustSingle(ctx, input.SingleOpenId);
    const State = singleState(single, ctx);
    const finished = State === SingleState.Finished;
    return {
      SingleOpenId: single.SingleOpenId,
      State,
      ResourceKey: single.Resource,
      Phone: single.Phone,
      Ext: single.Ext,
      CreateTime: toBeijingText(single.CreatedMs),
      ReleaseTime: finished ? toBeijingText(single.TriggerMs + ctx.transitionMs) : undefined,
      Duration: finished ? Math.round(ctx.transitionMs / 1000) : undefined,
      CallUuid: finished ? single.CallUuid : undefined,
    };
  },
});
