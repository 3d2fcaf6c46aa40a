import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { FreeTextSchema, IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { answerCode } from "../code-set.js";
import { vmsOperation } from "../operation.js";
import { PhoneNumberSchema } from "../vocabulary.js";
import type {
  AudioRecordFlag,
  BindingStatus,
  CityCodeByPhoneNo,
  Flag,
  KnownBindingStatus,
  PROVINCIAL_CAPITAL,
} from "./codes.js";
import {
  AudioRecordFlagSchema,
  CityCodeByPhoneNoSchema,
  CityCodeSchema,
  DegradeCityListSchema,
  ExpireTimeSchema,
  FlagSchema,
  OutIdSchema,
  UserDataSchema,
} from "./fields.js";

const Params = {
  /** A's real number: a mobile number, or a fixed line with its area code and no hyphen. */
  PhoneNoA: PhoneNumberSchema,
  /** B's real number. */
  PhoneNoB: z.optional(PhoneNumberSchema),
  /** The X number to bind, one of the pool's; left out, the platform picks one by city. */
  PhoneNoX: z.optional(PhoneNumberSchema),
  /** The E of the AXNE binding (the API documents no format for it). */
  PhoneNoE: z.optional(FreeTextSchema),
  /** The pool of X, e.g. `"NP1234567890"`. */
  NumberPoolNo: IdSchema,
  /** When the binding ends: Unix seconds, more than a minute from now and before 2038-01-01 (UTC+8). */
  ExpireTime: ExpireTimeSchema,
  /** `1` records the calls (the default), `0` does not. See {@link AudioRecordFlag}. */
  AudioRecordFlag: z.optional(AudioRecordFlagSchema),
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
  /** Your own id for the binding: at most 128 characters. */
  OutId: z.optional(OutIdSchema),
  /** Your own data, given back in call records: at most 2048 characters. */
  UserData: z.optional(UserDataSchema),
};

const Result = {
  /** The binding's id, e.g. `"S160817372431596661"`: what unbind and query calls take. */
  SubId: z.string(),
  /** X. */
  PhoneNoX: z.optional(z.string()),
  /** X's area code, e.g. `"010"`. */
  PhoneNoXCityCode: z.optional(z.string()),
  /** E. */
  PhoneNoE: z.optional(z.string()),
  /** A. */
  PhoneNoA: z.optional(z.string()),
  /** A's area code. */
  PhoneNoACityCode: z.optional(z.string()),
  /** B. */
  PhoneNoB: z.optional(z.string()),
  /** B's area code. */
  PhoneNoBCityCode: z.optional(z.string()),
  /** `1` bound. See {@link BindingStatus}. */
  Status: z.optional(answerCode<KnownBindingStatus>()),
};

/** Parameters of {@link BindAXNE}. */
export interface BindAXNEInput extends In<typeof Params> {}
/** `Result` of {@link BindAXNE}: the new binding. */
export interface BindAXNEOutput extends Out<typeof Result> {}

/**
 * vms `BindAXNE`: makes an AXNE binding, with the X given or picked by city. An X already bound, or no
 * free X, answers `PhoneNoXOccupied` (inside HTTP 200, as a `ServiceError`). Not retried blindly.
 *
 * @example
 * ```ts
 * const { SubId } = await volc.send(BindAXNE, {
 *   NumberPoolNo, PhoneNoA: "13700000001", PhoneNoB: "13800000002",
 *   ExpireTime: Math.floor(Date.now() / 1000) + 3600,
 * });
 * ```
 */
export const BindAXNE: Operation<BindAXNEInput, BindAXNEOutput> = vmsOperation({
  action: "BindAXNE",
  input: params(Params),
  output: result(Result),
});
