import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { answerCode } from "../code-set.js";
import { vmsOperation } from "../operation.js";
import { PhoneNumberSchema } from "../vocabulary.js";
import type {
  AudioRecordFlag,
  BindingStatus,
  CallDisplayType,
  CityCodeByPhoneNo,
  Flag,
  KnownBindingStatus,
  PROVINCIAL_CAPITAL,
} from "./codes.js";
import {
  AudioRecordFlagSchema,
  CallDisplayTypeSchema,
  CityCodeByPhoneNoSchema,
  CityCodeSchema,
  DegradeCityListSchema,
  ExpireTimeSchema,
  FlagSchema,
  OutIdSchema,
  UserDataSchema,
  VoiceCodeSchema,
} from "./fields.js";

const Params = {
  /** A's real number: a mobile number, or a fixed line with its area code and no hyphen. */
  PhoneNoA: PhoneNumberSchema,
  /** B's real number; left out, the binding is an AX binding (B added later by `UpgradeAXToAXB`). */
  PhoneNoB: z.optional(PhoneNumberSchema),
  /** The pool X is picked from, e.g. `"NP1234567890"`. */
  NumberPoolNo: IdSchema,
  /** When the binding ends: Unix seconds, more than a minute from now and before 2038-01-01 (UTC+8). */
  ExpireTime: ExpireTimeSchema,
  /** `1` records the calls (the default), `0` does not. See {@link AudioRecordFlag}. */
  AudioRecordFlag: z.optional(AudioRecordFlagSchema),
  /** `1`: an AX binding of A conflicts with its AXB bindings; `0` (the default): it does not. See {@link Flag}. */
  AxConflictAxbFlag: z.optional(FlagSchema),
  /** Which real numbers the parties see, `1`–`4`. See {@link CallDisplayType}. */
  CallDisplayType: z.optional(CallDisplayTypeSchema),
  /** Pick X in this city (area code, e.g. `"010"`): first in the order CityCode, CityCodeByPhoneNo, DegradeCityList. */
  CityCode: z.optional(CityCodeSchema),
  /** Without `CityCode`, pick X in the city of `"A"` (the default) or `"B"`. See {@link CityCodeByPhoneNo}. */
  CityCodeByPhoneNo: z.optional(CityCodeByPhoneNoSchema),
  /**
   * Cities to fall back to, in order, when the city wanted has no free X: at most 5 area codes, or
   * `"PNPC"` for its provincial capital (see {@link PROVINCIAL_CAPITAL}).
   */
  DegradeCityList: z.optional(DegradeCityListSchema),
  /** `1` picks X at random among the free numbers; `0` (the default) does not. See {@link Flag}. */
  RandomFlag: z.optional(FlagSchema),
  /** Your own id for the binding (an order number, say): at most 128 characters. */
  OutId: z.optional(OutIdSchema),
  /** Your own data, given back in call records: at most 2048 characters. */
  UserData: z.optional(UserDataSchema),
  /** `1` turns voice verification on; `0` (the default) leaves it off. See {@link Flag}. */
  VerifyFlag: z.optional(FlagSchema),
  /** Custom voice prompts, as JSON text, e.g. `{"axCallerVoiceCode":"…"}`. */
  VoiceCode: z.optional(VoiceCodeSchema),
};

const Result = {
  /** The binding's id, e.g. `"S160817372431596661"`: what unbind, update and query calls take. */
  SubId: z.string(),
  /** The X the platform picked. */
  PhoneNoX: z.optional(z.string()),
  /** X's area code, e.g. `"010"`. */
  PhoneNoXCityCode: z.optional(z.string()),
  /** A. */
  PhoneNoA: z.optional(z.string()),
  /** A's area code. */
  PhoneNoACityCode: z.optional(z.string()),
  /** B (absent for an AX binding). */
  PhoneNoB: z.optional(z.string()),
  /** B's area code. */
  PhoneNoBCityCode: z.optional(z.string()),
  /** `1` bound. See {@link BindingStatus}. */
  Status: z.optional(answerCode<KnownBindingStatus>()),
};

/** Parameters of {@link SelectNumberAndBindAXB}. */
export interface SelectNumberAndBindAXBInput extends In<typeof Params> {}
/** `Result` of {@link SelectNumberAndBindAXB}: the new binding and the X picked. */
export interface SelectNumberAndBindAXBOutput extends Out<typeof Result> {}

/**
 * vms `SelectNumberAndBindAXB`: the platform picks a free X of the pool (in `CityCode`, else the city of
 * A or B, else the `DegradeCityList` cities) and binds A and B to it; without B it is an AX binding.
 * When no X is free it answers `PhoneNoXOccupied` (inside HTTP 200, as a `ServiceError`). Not retried
 * blindly: a bind is not idempotent (the older SDKs' `IdempotentId` is not documented, so it is not
 * offered).
 *
 * @example
 * ```ts
 * const binding = await volc.send(SelectNumberAndBindAXB, {
 *   NumberPoolNo, PhoneNoA: "13700000001", PhoneNoB: "13800000002",
 *   ExpireTime: Math.floor(Date.now() / 1000) + 3600, OutId: "order-1001",
 * });
 * binding.PhoneNoX; // the number both sides call
 * ```
 */
export const SelectNumberAndBindAXB: Operation<SelectNumberAndBindAXBInput, SelectNumberAndBindAXBOutput> =
  vmsOperation({
    action: "SelectNumberAndBindAXB",
    input: params(Params),
    output: result(Result),
  });
