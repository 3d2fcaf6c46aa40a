import { ServiceType, SubServiceType } from "../../../services/vms/service-types.js";
import type { HandlerContext } from "../../handler.js";
import { unixSeconds } from "../beijing-time.js";
import type { ClickToCallRecord } from "../voice-store.js";

/** Where the emulator says a call's files are (nothing is served there). */
export const RECORDINGS_BASE = "https://vms-records.emulator.invalid/";

/** The ended calls among a `CallIdList` (comma-separated), in the order asked; others are left out. */
export function endedCalls(ctx: HandlerContext, callIdList: string): ClickToCallRecord[] {
  const calls = ctx.state.vms.voice.calls;
  const ids = [...new Set(callIdList.split(",").map((id) => id.trim()))];
  return ids
    .map((id) => calls.get(id))
    .filter((call): call is ClickToCallRecord => call !== undefined && call.Status !== "Calling");
}

/** The record (CDR) of an ended click-to-call call. */
export function callRecord(call: ClickToCallRecord) {
  const begin = unixSeconds(call.StartedMs);
  const end = unixSeconds(call.EndsMs);
  return {
    CallId: call.CallId,
    ServiceType: ServiceType.Voice,
    SubServiceType: SubServiceType.TwoWayCall,
    Caller: call.Caller,
    Callee: call.Callee,
    CallerShowNumber: call.CallerNumber,
    CalleeShowNumber: call.CalleeNumber,
    CallerShowNumberPoolNo: call.CallerNumberPoolNo,
    CalleeShowNumberPoolNo: call.CalleeNumberPoolNo,
    BeginCallTime: begin,
    EndTime: end,
    CallerDuration: end - begin,
    AudioRecordFlag: 1,
    UserData: call.UserData,
  };
}
