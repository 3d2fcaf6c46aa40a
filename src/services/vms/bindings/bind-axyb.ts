import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { answerCode } from "../code-set.js";
import { vmsOperation } from "../operation.js";
import { PhoneNumberSchema } from "../vocabulary.js";
import type { AudioRecordFlag, BindingStatus, CityCodeByPhoneNo, Flag, KnownBindingStatus } from "./codes.js";
import {
  AudioRecordFlagSchema,
  CityCodeByPhoneNoSchema,
  CityCodeSchema,
  DegradeCityListSchema,
  FlagSchema,
  SecondsSchema,
} from "./fields.js";
import { Binding, type BindingFields, XSelection, type XSelectionFields } from "./groups.js";

const Own = {
  /** A's real number: a mobile number, or a fixed line with its area code and no hyphen. */
  PhoneNoA: PhoneNumberSchema,
  /** The X number for A, one of the `NumberPoolNo` pool's; left out, the platform picks one by city. */
  PhoneNoX: z.optional(PhoneNumberSchema),
  /** The Y number for B, one of the `NumberPoolNoY` pool's; left out, the platform picks one by city. */
  PhoneNoY: z.optional(PhoneNumberSchema),
  /** B's real number; with it (and `AutoCreateFlag` on) the YB relation is made at once. */
  PhoneNoB: z.optional(PhoneNumberSchema),
  /** The pool of Y. */
  NumberPoolNoY: IdSchema,
  /** How long the YB relation lasts (seconds, as `EnableDuration` of `BindYBForAXYB`). */
  YbEnableDuration: SecondsSchema,
  /** `1` records the YB relation's calls, `0` does not. See {@link AudioRecordFlag}. */
  YbAudioRecordFlag: z.optional(AudioRecordFlagSchema),
  /** `1` (the default) makes the YB relation automatically; `0` does not. See {@link Flag}. */
  AutoCreateFlag: z.optional(FlagSchema),
  /** Pick Y in this city (area code): first in the order YCityCode, YCityCodeByPhoneNo, YDegradeCityList. */
  YCityCode: z.optional(CityCodeSchema),
  /** Without `YCityCode`, pick Y in the city of `"A"` or `"B"`. See {@link CityCodeByPhoneNo}. */
  YCityCodeByPhoneNo: z.optional(CityCodeByPhoneNoSchema),
  /** Cities to fall back to for Y, in order: at most 5 area codes, or `"PNPC"`. */
  YDegradeCityList: z.optional(DegradeCityListSchema),
  /** `1` picks Y at random among the free numbers; `0` (the default) does not. See {@link Flag}. */
  RandomFlagY: z.optional(FlagSchema),
};
const Params: BindingFields & XSelectionFields & typeof Own = { ...Binding, ...XSelection, ...Own };

const Result = {
  /** The AX binding's id: what unbind and query calls take, and `ParentSubId` of its YB relations. */
  SubId: z.string(),
  /** X. */
  PhoneNoX: z.optional(z.string()),
  /** Y, when the YB relation was made. */
  PhoneNoY: z.optional(z.string()),
  /** The AX binding's status: `1` bound. See {@link BindingStatus}. */
  Status: z.optional(answerCode<KnownBindingStatus>()),
  /** The YB relation's id, when it was made. */
  YbSubId: z.optional(z.string()),
  /** The YB relation's status. See {@link BindingStatus}. */
  YbStatus: z.optional(answerCode<KnownBindingStatus>()),
};

/** Parameters of {@link BindAXYB}. */
export interface BindAXYBInput extends In<typeof Params> {}
/** `Result` of {@link BindAXYB}: the AX binding and, when made, its YB relation. */
export interface BindAXYBOutput extends Out<typeof Result> {}

/**
 * vms `BindAXYB`: binds A to an X, and (with B) B to a Y for `YbEnableDuration` seconds: A and B reach
 * each other through X and Y. An X or Y already bound, or none free, answers `PhoneNoXOccupied` (inside
 * HTTP 200, as a `ServiceError`). Not retried blindly.
 *
 * @example
 * ```ts
 * const { SubId, YbSubId } = await volc.send(BindAXYB, {
 *   NumberPoolNo: xPool, NumberPoolNoY: yPool, PhoneNoA: "13700000001", PhoneNoB: "13800000002",
 *   ExpireTime: Math.floor(Date.now() / 1000) + 86400, YbEnableDuration: 1800,
 * });
 * ```
 */
export const BindAXYB: Operation<BindAXYBInput, BindAXYBOutput> = vmsOperation({
  action: "BindAXYB",
  input: params(Params),
  output: result(Result),
});
