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
  UserDataSchema,
} from "./fields.js";

const Params = {
  /** A's real number: a mobile number, or a fixed line with its area code and no hyphen. */
  PhoneNoA: PhoneNumberSchema,
  /** B's real number. Left out, the platform binds a placeholder that risks being blacklisted: give a real B. */
  PhoneNoB: z.optional(PhoneNumberSchema),
  /** The pool X is picked from, e.g. `"NP1234567890"`. */
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
  /** Your own data, given back in call records: at most 2048 characters. */
  UserData: z.optional(UserDataSchema),
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
  /** B. */
  PhoneNoB: z.optional(z.string()),
  /** B's area code. */
  PhoneNoBCityCode: z.optional(z.string()),
  /** `1` bound. See {@link BindingStatus}. */
  Status: z.optional(answerCode<KnownBindingStatus>()),
};

/** Parameters of {@link SelectNumberAndBindAXN}. */
export interface SelectNumberAndBindAXNInput extends In<typeof Params> {}
/** `Result` of {@link SelectNumberAndBindAXN}: the new binding and the X picked. */
export interface SelectNumberAndBindAXNOutput extends Out<typeof Result> {}

/**
 * vms `SelectNumberAndBindAXN`: the platform picks a free X of the pool (by city, as
 * `SelectNumberAndBindAXB` does) and makes an AXN binding. No free X answers `PhoneNoXOccupied`
 * (inside HTTP 200, as a `ServiceError`). Not retried blindly: a bind is not idempotent.
 *
 * @example
 * ```ts
 * const { SubId, PhoneNoX } = await volc.send(SelectNumberAndBindAXN, {
 *   NumberPoolNo, PhoneNoA: "13700000001", PhoneNoB: "13800000002", CityCode: "010",
 *   ExpireTime: Math.floor(Date.now() / 1000) + 3600,
 * });
 * ```
 */
export const SelectNumberAndBindAXN: Operation<SelectNumberAndBindAXNInput, SelectNumberAndBindAXNOutput> =
  vmsOperation({
    action: "SelectNumberAndBindAXN",
    input: params(Params),
    output: result(Result),
  });
