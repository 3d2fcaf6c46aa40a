import { UpgradeAXToAXB } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { bindResult, mustBeBound, privacy } from "./binding.js";
import { illegal } from "./numbers.js";

/**
 * vms `UpgradeAXToAXB`: gives a bound AX binding its B (`SubscriptionEmpty` for an unknown or ended one;
 * `IllegalArgument` when it has a B already).
 */
export const upgradeAXToAXBHandler = defineHandler({
  operation: UpgradeAXToAXB,
  issueRules: [],
  handle(input, ctx) {
    const store = privacy(ctx);
    const binding = mustBeBound(store, input.NumberPoolNo, input.SubId, ["AXB"]);
    if (binding.PhoneNoB !== undefined) throw illegal("SubId", `${input.SubId} is an AXB binding already.`);
    binding.PhoneNoB = input.PhoneNoB;
    if (input.CallDisplayType !== undefined) binding.CallDisplayType = input.CallDisplayType;
    if (input.OutId !== undefined) binding.OutId = input.OutId;
    if (input.UserData !== undefined) binding.UserData = input.UserData;
    const { Status: _, ...fields } = bindResult(store, binding);
    return fields;
  },
});
