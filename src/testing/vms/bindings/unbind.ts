import type { Operation } from "../../../client/operation.js";
import {
  UnbindAXB,
  UnbindAXBV2,
  UnbindAXN,
  UnbindAXNEV2,
  UnbindAXNV2,
  UnbindAXYBV2,
} from "../../../services/vms/index.js";
import { type ActionHandler, defineHandler } from "../../handler.js";
import type { BindingKind } from "../privacy-store.js";
import { mustBeBound, privacy } from "./binding.js";

/**
 * The handler of an unbind action: ends a bound binding of `kinds` in the pool (`SubscriptionEmpty`
 * otherwise), with its YB relations, freeing the numbers they held; answers `answer`.
 */
function unbindHandler<I extends { NumberPoolNo: string; SubId: string }, O>(
  operation: Operation<I, O>,
  kinds: readonly BindingKind[],
  answer: O,
): ActionHandler {
  return defineHandler({
    operation,
    issueRules: [],
    handle(input, ctx) {
      const store = privacy(ctx);
      store.unbind(mustBeBound(store, input.NumberPoolNo, input.SubId, kinds));
      return answer;
    },
  });
}

/** The six unbind actions: V2 ones answer `{ Success: true }`, the older ones a bare `true`. */
export const UNBIND_HANDLERS: readonly ActionHandler[] = [
  unbindHandler(UnbindAXBV2, ["AXB"], { Success: true }),
  unbindHandler(UnbindAXNV2, ["AXN"], { Success: true }),
  unbindHandler(UnbindAXNEV2, ["AXNE"], { Success: true }),
  unbindHandler(UnbindAXYBV2, ["AXYB", "YB"], { Success: true }),
  unbindHandler(UnbindAXB, ["AXB"], true),
  unbindHandler(UnbindAXN, ["AXN"], true),
];
