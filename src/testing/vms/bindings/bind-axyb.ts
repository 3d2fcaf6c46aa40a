import { BindAXYB, BindYBForAXYB } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { bind, mustBeBound, privacy } from "./binding.js";
import { numberFor } from "./numbers.js";

/**
 * vms `BindAXYB`: an AXYB binding of A on X and, when B is given and `AutoCreateFlag` is not 0, its YB
 * relation on Y for `YbEnableDuration` seconds. Both numbers are found before anything is kept, so a
 * missing Y leaves no half binding.
 */
export const bindAXYBHandler = defineHandler({
  operation: BindAXYB,
  issueRules: [],
  handle(input, ctx) {
    const store = privacy(ctx);
    const x = numberFor(store, input.NumberPoolNo, input.PhoneNoX, input, "PhoneNoX");
    const withYb = input.PhoneNoB !== undefined && input.AutoCreateFlag !== 0;
    const y = withYb
      ? numberFor(
          store,
          input.NumberPoolNoY,
          input.PhoneNoY,
          {
            PhoneNoA: input.PhoneNoA,
            PhoneNoB: input.PhoneNoB,
            CityCode: input.YCityCode,
            CityCodeByPhoneNo: input.YCityCodeByPhoneNo,
            DegradeCityList: input.YDegradeCityList,
            RandomFlag: input.RandomFlagY,
          },
          "PhoneNoY",
          [x.Number],
        )
      : undefined;
    const parent = bind(ctx, {
      Kind: "AXYB",
      NumberPoolNo: input.NumberPoolNo,
      PhoneNoA: input.PhoneNoA,
      PhoneNoX: x.Number,
      ExpireTime: input.ExpireTime,
      AudioRecordFlag: input.AudioRecordFlag,
      UserData: input.UserData,
    });
    const yb =
      y &&
      bind(ctx, {
        Kind: "YB",
        NumberPoolNo: input.NumberPoolNoY,
        ParentSubId: parent.SubId,
        PhoneNoA: input.PhoneNoA,
        PhoneNoB: input.PhoneNoB,
        PhoneNoX: x.Number,
        PhoneNoY: y.Number,
        ExpireTime: Math.min(Math.floor(ctx.nowMs / 1000) + input.YbEnableDuration, input.ExpireTime),
        AudioRecordFlag: input.YbAudioRecordFlag,
        UserData: input.UserData,
      });
    return {
      SubId: parent.SubId,
      PhoneNoX: x.Number,
      PhoneNoY: yb?.PhoneNoY,
      Status: parent.Status,
      YbSubId: yb?.SubId,
      YbStatus: yb?.Status,
    };
  },
});

/**
 * vms `BindYBForAXYB`: a YB relation on Y (given, or picked by city) under a bound AXYB binding
 * (`SubscriptionEmpty` otherwise), for `EnableDuration` seconds, never past its parent's end.
 */
export const bindYBForAXYBHandler = defineHandler({
  operation: BindYBForAXYB,
  issueRules: [],
  handle(input, ctx) {
    const store = privacy(ctx);
    const found = store.binding(input.ParentSubId);
    const parent = mustBeBound(store, found?.NumberPoolNo ?? "", input.ParentSubId, ["AXYB"]);
    const wanted = { ...input, PhoneNoA: parent.PhoneNoA };
    const y = numberFor(store, input.NumberPoolNo, input.PhoneNoY, wanted, "PhoneNoY");
    const yb = bind(ctx, {
      Kind: "YB",
      NumberPoolNo: input.NumberPoolNo,
      ParentSubId: parent.SubId,
      PhoneNoA: parent.PhoneNoA,
      PhoneNoB: input.PhoneNoB,
      PhoneNoX: parent.PhoneNoX,
      PhoneNoY: y.Number,
      ExpireTime: Math.min(Math.floor(ctx.nowMs / 1000) + input.EnableDuration, parent.ExpireTime),
      AudioRecordFlag: input.AudioRecordFlag,
      UserData: input.UserData,
    });
    return { SubId: yb.SubId, PhoneNoY: yb.PhoneNoY, Status: yb.Status };
  },
});
