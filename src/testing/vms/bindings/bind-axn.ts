import { BindAXN, SelectNumberAndBindAXN } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { bind, bindResult, privacy } from "./binding.js";
import { numberFor } from "./numbers.js";

/** vms `BindAXN`: an AXN binding on the X given, which must be free. */
export const bindAXNHandler = defineHandler({
  operation: BindAXN,
  issueRules: [],
  handle(input, ctx) {
    const store = privacy(ctx);
    numberFor(store, input.NumberPoolNo, input.PhoneNoX, {}, "PhoneNoX");
    return bindResult(store, bind(ctx, { Kind: "AXN", ...input }));
  },
});

/** vms `SelectNumberAndBindAXN`: an AXN binding on an X picked by city. */
export const selectNumberAndBindAXNHandler = defineHandler({
  operation: SelectNumberAndBindAXN,
  issueRules: [],
  handle(input, ctx) {
    const store = privacy(ctx);
    const x = numberFor(store, input.NumberPoolNo, undefined, input, "PhoneNoX");
    const binding = bind(ctx, {
      Kind: "AXN",
      NumberPoolNo: input.NumberPoolNo,
      PhoneNoA: input.PhoneNoA,
      PhoneNoB: input.PhoneNoB,
      PhoneNoX: x.Number,
      ExpireTime: input.ExpireTime,
      AudioRecordFlag: input.AudioRecordFlag,
      UserData: input.UserData,
    });
    return bindResult(store, binding);
  },
});
