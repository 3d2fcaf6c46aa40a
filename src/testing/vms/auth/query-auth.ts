import { QueryAuth } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { illegal } from "../voice-lookups.js";

/** What the emulator answers for a filed number (the status codes are not documented). */
export const FILED_STATUS = 1;

/**
 * vms `QueryAuth`: a number filed with `RouteAAuth` (matched as sent, encrypted) answers `Status` 1; a
 * number never filed is `IllegalArgument`.
 */
export const queryAuthHandler = defineHandler({
  operation: QueryAuth,
  issueRules: [],
  handle(input, ctx) {
    const filed = ctx.state.vms.voice.authFilings.list().some((f) => f.PhoneNumber === input.Phone);
    if (!filed) throw illegal("(this number has not been filed with RouteAAuth)");
    return { Status: FILED_STATUS };
  },
});
