import * as z from "zod/mini";
import { IdSchema } from "../../shared/free-text.js";
import { answerCode } from "../code-set.js";
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

// Groups of fields that several binding operations share, each written once with its description.
// Each group's fields are typed by name (a `…Fields` type), so that their descriptions reach the
// published types of every operation that spreads the group in (a shape from another file would be
// printed without them). An operation writes its own fields in its file and annotates its shape:
// `const Params: BindingFields & typeof Own = { ...Binding, ...Own }`.

/** Where and how long a binding lives, and what goes with its calls. */
export type BindingFields = {
  /** The number pool of the binding (the pool of X), e.g. `"NP1234567890"`. */
  NumberPoolNo: typeof IdSchema;
  /** When the binding ends: Unix seconds, more than a minute from now and before 2038-01-01 (UTC+8). */
  ExpireTime: typeof ExpireTimeSchema;
  /** `1` records the calls (the default), `0` does not. See {@link AudioRecordFlag}. */
  AudioRecordFlag: z.ZodMiniOptional<typeof AudioRecordFlagSchema>;
  /** Your own data, given back in call records: at most 2048 characters. */
  UserData: z.ZodMiniOptional<typeof UserDataSchema>;
};

/** The fields of {@link BindingFields}. */
export const Binding: BindingFields = {
  NumberPoolNo: IdSchema,
  ExpireTime: ExpireTimeSchema,
  AudioRecordFlag: z.optional(AudioRecordFlagSchema),
  UserData: z.optional(UserDataSchema),
};

/** How the platform picks X when it is not given: by city, then at random. */
export type XSelectionFields = {
  /** Pick X in this city (area code, e.g. `"010"`): first in the order CityCode, CityCodeByPhoneNo, DegradeCityList. */
  CityCode: z.ZodMiniOptional<typeof CityCodeSchema>;
  /** Without `CityCode`, pick X in the city of `"A"` (the default) or `"B"`. See {@link CityCodeByPhoneNo}. */
  CityCodeByPhoneNo: z.ZodMiniOptional<typeof CityCodeByPhoneNoSchema>;
  /**
   * Cities to fall back to, in order, when the city wanted has no free X: at most 5 area codes, or
   * `"PNPC"` for its provincial capital (see {@link PROVINCIAL_CAPITAL}).
   */
  DegradeCityList: z.ZodMiniOptional<typeof DegradeCityListSchema>;
  /** `1` picks X at random among the free numbers; `0` (the default) does not. See {@link Flag}. */
  RandomFlag: z.ZodMiniOptional<typeof FlagSchema>;
};

/** The fields of {@link XSelectionFields}. */
export const XSelection: XSelectionFields = {
  CityCode: z.optional(CityCodeSchema),
  CityCodeByPhoneNo: z.optional(CityCodeByPhoneNoSchema),
  DegradeCityList: z.optional(DegradeCityListSchema),
  RandomFlag: z.optional(FlagSchema),
};

/** What a bind answers: the binding's id, and its numbers with their area codes. */
export type PairFields = {
  /** The binding's id, e.g. `"S160817372431596661"`: what unbind, update and query calls take. */
  SubId: z.ZodMiniString<string>;
  /** X: given, or picked by the platform. */
  PhoneNoX: z.ZodMiniOptional<z.ZodMiniString<string>>;
  /** X's area code, e.g. `"010"`. */
  PhoneNoXCityCode: z.ZodMiniOptional<z.ZodMiniString<string>>;
  /** A. */
  PhoneNoA: z.ZodMiniOptional<z.ZodMiniString<string>>;
  /** A's area code. */
  PhoneNoACityCode: z.ZodMiniOptional<z.ZodMiniString<string>>;
  /** B (absent for an AX binding). */
  PhoneNoB: z.ZodMiniOptional<z.ZodMiniString<string>>;
  /** B's area code. */
  PhoneNoBCityCode: z.ZodMiniOptional<z.ZodMiniString<string>>;
};

/** The fields of {@link PairFields}. */
export const Pair: PairFields = {
  SubId: z.string(),
  PhoneNoX: z.optional(z.string()),
  PhoneNoXCityCode: z.optional(z.string()),
  PhoneNoA: z.optional(z.string()),
  PhoneNoACityCode: z.optional(z.string()),
  PhoneNoB: z.optional(z.string()),
  PhoneNoBCityCode: z.optional(z.string()),
};

/** {@link PairFields} and the binding's status. */
export type BoundFields = PairFields & {
  /** `1` bound. See {@link BindingStatus}. */
  Status: z.ZodMiniOptional<z.ZodMiniType<KnownBindingStatus | (number & {})>>;
};

/** The fields of {@link BoundFields}. */
export const Bound: BoundFields = { ...Pair, Status: z.optional(answerCode<KnownBindingStatus>()) };
