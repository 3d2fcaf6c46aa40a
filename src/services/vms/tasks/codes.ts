import type { OpenCode } from "../../shared/open-code.js";

/**
 * What a task or a single call plays (`Type` of `CreateTask` and of each `SingleBatchAppend` item). New
 * codes appear over time; those not listed here are still accepted.
 *
 * @example
 * ```ts
 * volc.send(CreateTask, { …, Type: TaskType.TtsTemplate, Resource: "R123" });
 * ```
 */
export const TaskType = {
  /** An uploaded audio file (the default). */
  AudioFile: 0,
  /** A TTS template, its variables filled from each phone entry's `PhoneParamJson`. */
  TtsTemplate: 1,
  /** An interactive voice (IVR) flow. */
  IvrFlow: 2,
  /** Text to speech from each phone entry's `TtsContent` (tasks only). */
  Tts: 3,
} as const;
/** A `TaskType` code this SDK knows by name. */
export type KnownTaskType = (typeof TaskType)[keyof typeof TaskType];
/** A `TaskType` code: a known one, or any other integer the API has added since. */
export type TaskType = OpenCode<KnownTaskType>;

/**
 * How the calling numbers are chosen (`SelectNumberType` of `CreateTask`, `NumberType` of a
 * `SingleBatchAppend` item).
 *
 * @example
 * ```ts
 * volc.send(CreateTask, { …, SelectNumberType: SelectNumberType.FromNumberList, NumberList: ["02131075869"] });
 * ```
 */
export const SelectNumberType = {
  /** Any number of the pool. */
  WholePool: 0,
  /** Only the numbers listed in `NumberList` (which is then required). */
  FromNumberList: 1,
} as const;
/** A `SelectNumberType` code this SDK knows by name. */
export type KnownSelectNumberType = (typeof SelectNumberType)[keyof typeof SelectNumberType];
/** A `SelectNumberType` code: a known one, or any other integer the API has added since. */
export type SelectNumberType = OpenCode<KnownSelectNumberType>;

/**
 * Days of the week in `ForbidTimeList[].Weekdays`: 1 is Sunday, 7 is Saturday.
 *
 * @example
 * ```ts
 * const weekend = { Times: ["00:00-23:59"], Weekdays: [Weekday.Saturday, Weekday.Sunday] };
 * ```
 */
export const Weekday = {
  Sunday: 1,
  Monday: 2,
  Tuesday: 3,
  Wednesday: 4,
  Thursday: 5,
  Friday: 6,
  Saturday: 7,
} as const;
/** A day of the week, 1 (Sunday) to 7 (Saturday). */
export type Weekday = (typeof Weekday)[keyof typeof Weekday];

/**
 * The state of a single call (`State` of `QuerySingleInfo`), a string.
 *
 * @example
 * ```ts
 * const { State } = await volc.send(QuerySingleInfo, { SingleOpenId: "order-42" });
 * if (State === SingleState.Finished) …
 * ```
 */
export const SingleState = {
  /** Waiting to be called for the first time. */
  Pending: "1",
  /** Called; waiting for the hang-up. */
  WaitingForHangUp: "2",
  /** Done. */
  Finished: "3",
  /** Can be called again (a redial is due). */
  Recallable: "4",
  /** Deleted (cancelled with `SingleCancelV2`). */
  Deleted: "5",
} as const;
/** A `SingleState` this SDK knows by name. */
export type SingleState = (typeof SingleState)[keyof typeof SingleState];

/**
 * Why a phone entry of `CreateTask` or `BatchAppend` was refused (`FailList[].Type`); `Desc` says it in
 * words.
 *
 * @example
 * ```ts
 * const { FailList = [] } = await volc.send(BatchAppend, { TaskOpenId, PhoneList });
 * const duplicates = FailList.filter((f) => f.Type === TaskFailType.ReduplicatedItem);
 * ```
 */
export const TaskFailType = {
  InvalidPhoneFormat: "INVALID_PHONE_FORMAT",
  ReduplicatedItem: "REDUPLICATED_ITEM",
  ItemNotFound: "ITEM_NOT_FOUND",
  ParamNotJson: "PARAM_NOT_JSON",
  TtsEmptyContent: "TTS_EMPTY_CONTENT",
  DecryptionError: "DECRYPTION_ERROR",
  ResourceNotFound: "RESOURCE_NOT_FOUND",
  WrongRingAgainTime: "WRONG_RING_AGAIN_TIME",
  TtsParamEmpty: "TTS_PARAM_EMPTY",
  NoPermission: "NO_PERMISSION",
  ExcelParseFail: "EXCEL_PARSE_FAIL",
  ResourceTypeMismatch: "RESOURCE_TYPE_MISMATCH",
  ForbidTimeFormatInvalid: "FORBID_TIME_FORMAT_INVALID",
  HangUpSmsConfigCheckFail: "HANG_UP_SMS_CONFIG_CHECK_FAIL",
  HangUpSmsParamCheckFail: "HANG_UP_SMS_PARAM_CHECK_FAIL",
} as const;
/** A `TaskFailType` this SDK knows by name. */
export type TaskFailType = (typeof TaskFailType)[keyof typeof TaskFailType];
