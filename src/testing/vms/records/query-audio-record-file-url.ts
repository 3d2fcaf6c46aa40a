import { QueryAudioRecordFileUrl } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { illegal, mustCall } from "../voice-lookups.js";
import { RECORDINGS_BASE } from "./call-records.js";

/**
 * vms `QueryAudioRecordFileUrl`: the recording URLs of an ended call. An unknown `CallId`, or a call still
 * in progress (no recording yet), is `IllegalArgument`.
 */
export const queryAudioRecordFileUrlHandler = defineHandler({
  operation: QueryAudioRecordFileUrl,
  issueRules: [],
  handle(input, ctx) {
    const call = mustCall(ctx, input.CallId);
    if (call.Status === "Calling") throw illegal(`(${call.CallId} is still in progress: no recording yet)`);
    const base = `${RECORDINGS_BASE}${call.CallId}`;
    return {
      AudioRecordFileUrl: `${base}.mp3`,
      AudioRecordLeftFileUrl: `${base}-left.mp3`,
      AudioRecordRightFileUrl: `${base}-right.mp3`,
    };
  },
});
