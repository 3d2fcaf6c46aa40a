import { RouteAAuth } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { illegal } from "../voice-lookups.js";

/**
 * vms `RouteAAuth`: keeps the filing under its `RequestId`, which must be new (`IllegalArgument`
 * otherwise). The result codes are not documented: the emulator answers `Code "0"`.
 */
export const routeAAuthHandler = defineHandler({
  operation: RouteAAuth,
  issueRules: [],
  handle(input, ctx) {
    const filings = ctx.state.vms.voice.authFilings;
    if (filings.has(input.RequestId)) throw illegal(`(RequestId ${input.RequestId} was used already)`);
    filings.insert(input.RequestId, {
      RequestId: input.RequestId,
      PhoneNumber: input.PhoneNumber,
      IdType: input.IdType,
      FiledMs: ctx.nowMs,
    });
    return { Code: "0", Message: "OK" };
  },
});
