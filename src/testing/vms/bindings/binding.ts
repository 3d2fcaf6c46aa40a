import { apiError } from "../../api-error.js";
import type { HandlerContext } from "../../handler.js";
import { areaCodeOf } from "../cities.js";
import { PrivacyErrors } from "../privacy-errors.js";
import type { BindingKind, BindingRecord, PrivacyStore } from "../privacy-store.js";
import { numberFor, type Wanted } from "./numbers.js";

/** The privacy store of a handler's emulator. */
export function privacy(ctx: HandlerContext): PrivacyStore {
  return ctx.state.vms.privacy;
}

/** What a bind call gives a new binding: its numbers, times and options. */
export type NewBinding = Omit<BindingRecord, "SubId" | "Status" | "EnableTime" | "RecordFlag"> & {
  AudioRecordFlag?: number | undefined;
};

/** Keeps a new, bound binding, starting now on the emulator's clock (recording on unless turned off). */
export function bind(ctx: HandlerContext, fields: NewBinding): BindingRecord {
  const { AudioRecordFlag, ...rest } = fields;
  const binding = privacy(ctx).bind({
    ...rest,
    Status: 1,
    EnableTime: Math.floor(ctx.nowMs / 1000),
    RecordFlag: AudioRecordFlag ?? 1,
  });
  ctx.created("Subscription", fields.OutId);
  return binding;
}

/** What an AXB, AXN or AXNE bind call gives: the numbers, the X or how to pick it, and the options. */
export type BindCall = Wanted & {
  NumberPoolNo: string;
  PhoneNoA: string;
  PhoneNoB?: string | undefined;
  PhoneNoX?: string | undefined;
  PhoneNoE?: string | undefined;
  ExpireTime: number;
  AudioRecordFlag?: number | undefined;
  CallDisplayType?: number | undefined;
  UserData?: string | undefined;
  OutId?: string | undefined;
};

/**
 * Binds A (and B) on the call's X, which must be free (`PhoneNoXOccupied`), or on one picked by city,
 * and answers the bind result.
 */
export function bindOnX(ctx: HandlerContext, Kind: "AXB" | "AXN" | "AXNE", call: BindCall) {
  const store = privacy(ctx);
  const x = numberFor(store, call.NumberPoolNo, call.PhoneNoX, call, "PhoneNoX");
  const binding = bind(ctx, {
    Kind,
    NumberPoolNo: call.NumberPoolNo,
    PhoneNoA: call.PhoneNoA,
    PhoneNoB: call.PhoneNoB,
    PhoneNoX: x.Number,
    PhoneNoE: call.PhoneNoE,
    ExpireTime: call.ExpireTime,
    AudioRecordFlag: call.AudioRecordFlag,
    CallDisplayType: call.CallDisplayType,
    UserData: call.UserData,
    OutId: call.OutId,
  });
  return bindResult(store, binding);
}

/**
 * The bound binding `SubId` of the pool, of one of `kinds`; `SubscriptionEmpty` when it is unknown,
 * of another pool or kind, or ended (unbound or expired).
 */
export function mustBeBound(
  store: PrivacyStore,
  poolNo: string,
  subId: string,
  kinds: readonly BindingKind[],
): BindingRecord {
  const binding = store.binding(subId);
  if (binding?.Status === 1 && binding.NumberPoolNo === poolNo && kinds.includes(binding.Kind))
    return binding;
  throw apiError(PrivacyErrors.SubscriptionEmpty, `(SubId ${subId} in pool ${poolNo})`);
}

/** The fields of a bind result: the numbers, with their area codes (E only for AXNE), and the status. */
export function bindResult(store: PrivacyStore, binding: BindingRecord) {
  const x = binding.PhoneNoX === undefined ? undefined : store.numbers.get(binding.PhoneNoX);
  return {
    SubId: binding.SubId,
    PhoneNoX: binding.PhoneNoX,
    PhoneNoXCityCode: x?.CityCode || undefined,
    PhoneNoA: binding.PhoneNoA,
    PhoneNoACityCode: areaCodeOf(binding.PhoneNoA),
    PhoneNoB: binding.PhoneNoB,
    PhoneNoBCityCode: areaCodeOf(binding.PhoneNoB),
    PhoneNoE: binding.PhoneNoE,
    Status: binding.Status,
  };
}

const DISPLAY_NAMES: Readonly<Record<number, string>> = {
  1: "不透传",
  2: "A侧显示B真实号码",
  3: "B侧显示A真实号码",
  4: "双方显示真实号码",
};

/** A binding as `QuerySubscription` answers it (and, with `ParentSubId`, a record of the list). */
export function subscriptionOf(binding: BindingRecord) {
  const display = binding.CallDisplayType;
  return {
    SubId: binding.SubId,
    PhoneNoA: binding.PhoneNoA,
    PhoneNoB: binding.PhoneNoB,
    PhoneNoX: binding.PhoneNoX,
    PhoneNoY: binding.PhoneNoY,
    PhoneNoE: binding.PhoneNoE,
    Status: binding.Status,
    RecordFlag: binding.RecordFlag,
    EnableTime: binding.EnableTime,
    ExpireTime: binding.ExpireTime,
    CallDisplayType: display,
    CallDisplayTypeName: display === undefined ? undefined : DISPLAY_NAMES[display],
    UserData: binding.UserData,
    OutId: binding.OutId,
  };
}
