import { QueryAudioRecordToTextFileUrlV2 } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { endedCalls, RECORDINGS_BASE } from "./call-records.js";

/** vms `QueryAudioRecordToTextFileUrlV2`: a transcript URL per ended call of `CallIdList`. */
export const queryAudioRecordToTextFileUrlV2Handler = defineHandler({
  operation: QueryAudioRecordToTextFileUrlV2,
  issueRules: [],
  handle(input, ctx) {
    return {
      Records: endedCalls(ctx, input.CallIdList).map((call) => ({
        CallId: call.CallId,
        AudioRecordToTextFileUrl: `${RECORDINGS_BASE}${call.CallId}.txt`,
      })),
    };
  },
});
