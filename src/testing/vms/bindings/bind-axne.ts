import { BindAXNE } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { bind, bindResult, privacy } from "./binding.js";
import { numberFor } from "./numbers.js";

/** vms `BindAXNE`: an AXNE binding on the X given, or on one picked by city; E is kept as given. */
export const bindAXNEHandler = defineHandler({
  operation: BindAXNE,
  issueRules: [],
  handle(input, ctx) {
    const store = privacy(ctx);
    const x = numberFor(store, input.NumberPoolNo, input.PhoneNoX, input, "PhoneNoX");
    const binding = bind(ctx, {
      Kind: "AXNE",
      NumberPoolNo: input.NumberPoolNo,
      PhoneNoA: input.PhoneNoA,
      PhoneNoB: input.PhoneNoB,
      PhoneNoX: x.Number,
      PhoneNoE: input.PhoneNoE,
      ExpireTime: input.ExpireTime,
      AudioRecordFlag: input.AudioRecordFlag,
      UserData: input.UserData,
      OutId: input.OutId,
    });
    return { ...bindResult(store, binding), PhoneNoE: binding.PhoneNoE };
  },
});
