import { QueryCallRecordMsgV2 } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { callRecord, endedCalls } from "./call-records.js";

/**
 * vms `QueryCallRecordMsgV2`: the records of the ended calls of `CallIdList`; calls still in progress,
 * and ids it does not know, are left out (as a record not pushed yet would be).
 */
export const queryCallRecordMsgV2Handler = defineHandler({
  operation: QueryCallRecordMsgV2,
  issueRules: [],
  handle(input, ctx) {
    return { Records: endedCalls(ctx, input.CallIdList).map(callRecord) };
  },
});
