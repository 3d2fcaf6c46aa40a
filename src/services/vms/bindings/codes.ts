import type { OpenCode } from "../../shared/open-code.js";

// Named values of the privacy-number binding fields. Plain constants, so that importing one costs a
// bundle nothing else.

/**
 * `Status` of a binding (bind results, `QuerySubscription*` records and the list filter).
 *
 * @example
 * ```ts
 * volc.send(QuerySubscriptionForList, { PhoneNoA: "13700000001", Status: BindingStatus.Bound });
 * ```
 */
export const BindingStatus = {
  /** 0: unbound (ended, by an unbind call or on expiry). */
  Unbound: 0,
  /** 1: bound. */
  Bound: 1,
  /** 2: the binding is abnormal. */
  Abnormal: 2,
} as const;
/** A binding status this SDK knows by name. */
export type KnownBindingStatus = (typeof BindingStatus)[keyof typeof BindingStatus];
/** A binding `Status` as answered: a known one, or a code added since. */
export type BindingStatus = OpenCode<KnownBindingStatus>;

/**
 * `AudioRecordFlag` (and `YbAudioRecordFlag`): whether calls through the binding are recorded. The API's
 * default is `On`.
 */
export const AudioRecordFlag = { Off: 0, On: 1 } as const;
/** `0` (off) or `1` (on). */
export type AudioRecordFlag = (typeof AudioRecordFlag)[keyof typeof AudioRecordFlag];

/** `CallDisplayType`: which real numbers the two parties see (by default each sees only X). */
export const CallDisplayType = {
  /** 1: no pass-through: each side sees X. */
  NoPassThrough: 1,
  /** 2: A sees B's real number. */
  ShowBToA: 2,
  /** 3: B sees A's real number. */
  ShowAToB: 3,
  /** 4: both sides see the real numbers. */
  ShowBoth: 4,
} as const;
/** `1`–`4`, see {@link CallDisplayType}. */
export type CallDisplayType = (typeof CallDisplayType)[keyof typeof CallDisplayType];

/**
 * `CityCodeByPhoneNo` (and `YCityCodeByPhoneNo`): pick X in the city of A (the default) or of B, when
 * `CityCode` is not given.
 */
export const CityCodeByPhoneNo = { A: "A", B: "B" } as const;
/** `"A"` or `"B"`. */
export type CityCodeByPhoneNo = (typeof CityCodeByPhoneNo)[keyof typeof CityCodeByPhoneNo];

/** A `DegradeCityList` entry that stands for "the provincial capital of the wanted city". */
export const PROVINCIAL_CAPITAL = "PNPC";

/**
 * `UpdateType` of `UpdateAXB` (and, as far as documented, `UpdateAXN`): which one aspect of a binding an
 * update changes; the field of the same name carries the new value.
 *
 * @example
 * ```ts
 * volc.send(UpdateAXB, { NumberPoolNo, SubId, UpdateType: UpdateType.ExpireTime, ExpireTime: later });
 * ```
 */
export const UpdateType = {
  ExpireTime: "updateExpireTime",
  UserData: "updateUserData",
  OutId: "updateOutId",
  PhoneNoA: "updatePhoneNoA",
  PhoneNoB: "updatePhoneNoB",
} as const;
/** An `UpdateType` of `UpdateAXB`. */
export type UpdateType = (typeof UpdateType)[keyof typeof UpdateType];

/** On/off switches documented as `0` (off, the default unless said otherwise) and `1` (on). */
export const Flag = { Off: 0, On: 1 } as const;
/** `0` or `1`. */
export type Flag = (typeof Flag)[keyof typeof Flag];
