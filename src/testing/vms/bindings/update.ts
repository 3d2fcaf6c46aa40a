import { UpdateAXB, UpdateAXN } from "../../../services/vms/index.js";
import { defineHandler, type HandlerContext } from "../../handler.js";
import type { BindingKind, BindingRecord } from "../privacy-store.js";
import { mustBeBound, privacy } from "./binding.js";
import { illegal } from "./numbers.js";

/** What an update call gives: the one change `UpdateType` names and its new value. */
interface Update {
  UpdateType: string;
  NumberPoolNo: string;
  SubId: string;
  ExpireTime?: number | undefined;
  UserData?: string | undefined;
  OutId?: string | undefined;
  PhoneNoA?: string | undefined;
  PhoneNoB?: string | undefined;
}

/**
 * Applies an update to a bound binding of `kind` (`SubscriptionEmpty` otherwise). The operation's schema
 * has made sure the new value is there. An AX binding (no B) cannot get one this way, and an `UpdateType`
 * the emulator does not know is refused: both `IllegalArgument`.
 */
function update(binding: BindingRecord, input: Update): void {
  switch (input.UpdateType) {
    case "updateExpireTime":
      binding.ExpireTime = input.ExpireTime ?? binding.ExpireTime;
      return;
    case "updateUserData":
      binding.UserData = input.UserData;
      return;
    case "updateOutId":
      binding.OutId = input.OutId;
      return;
    case "updatePhoneNoA":
      binding.PhoneNoA = input.PhoneNoA;
      return;
    case "updatePhoneNoB":
      if (binding.Kind === "AXB" && binding.PhoneNoB === undefined) {
        throw illegal("UpdateType", `${binding.SubId} is an AX binding: give it a B with UpgradeAXToAXB.`);
      }
      binding.PhoneNoB = input.PhoneNoB;
      return;
    default:
      throw illegal("UpdateType", `The emulator does not know UpdateType ${input.UpdateType}.`);
  }
}

function updateHandlerOf(kind: BindingKind) {
  return (input: Update, ctx: HandlerContext) => {
    const store = privacy(ctx);
    update(mustBeBound(store, input.NumberPoolNo, input.SubId, [kind]), input);
    return true;
  };
}

/** vms `UpdateAXB` (older action): changes one aspect of a bound AXB (or AX) binding; answers `true`. */
export const updateAXBHandler = defineHandler({
  operation: UpdateAXB,
  issueRules: [],
  handle: updateHandlerOf("AXB"),
});

/** vms `UpdateAXN` (older action): changes one aspect of a bound AXN binding; answers `true`. */
export const updateAXNHandler = defineHandler({
  operation: UpdateAXN,
  issueRules: [],
  handle: updateHandlerOf("AXN"),
});
