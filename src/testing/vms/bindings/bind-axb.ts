import { BindAXB, SelectNumberAndBindAXB } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { bind, bindResult, privacy } from "./binding.js";
import { numberFor } from "./numbers.js";

/** vms `BindAXB` (older action): an AXB (or AX) binding on the X given, which must be free. */
export const bindAXBHandler = defineHandler({
  operation: BindAXB,
  issueRules: [],
  handle({ VerifyFlag: _v, VoiceCode: _c, OrderId: _o, IndustrialId: _i, ...input }, ctx) {
    const store = privacy(ctx);
    numberFor(store, input.NumberPoolNo, input.PhoneNoX, {}, "PhoneNoX");
    return bindResult(store, bind(ctx, { Kind: "AXB", ...input }));
  },
});

/** vms `SelectNumberAndBindAXB`: an AXB (or AX) binding on an X picked by city. */
export const selectNumberAndBindAXBHandler = defineHandler({
  operation: SelectNumberAndBindAXB,
  issueRules: [],
  handle(input, ctx) {
    const store = privacy(ctx);
    const x = numberFor(store, input.NumberPoolNo, undefined, input, "PhoneNoX");
    const binding = bind(ctx, {
      Kind: "AXB",
      NumberPoolNo: input.NumberPoolNo,
      PhoneNoA: input.PhoneNoA,
      PhoneNoB: input.PhoneNoB,
      PhoneNoX: x.Number,
      ExpireTime: input.ExpireTime,
      AudioRecordFlag: input.AudioRecordFlag,
      CallDisplayType: input.CallDisplayType,
      UserData: input.UserData,
      OutId: input.OutId,
    });
    return bindResult(store, binding);
  },
});
