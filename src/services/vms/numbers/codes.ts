// Named codes of numbers (`NumberList`, `EnableOrDisableNumber`). Plain constants: importing one costs a
// bundle nothing else.

/**
 * `NumberStatusCode` of a number: `1`–`4` on the number list's page; the number-status event page adds
 * `6` and `-1`.
 *
 * @example
 * ```ts
 * volc.send(NumberList, { NumberPoolNo, NumberStatusCode: NumberStatusCode.DisabledByUser });
 * ```
 */
export const NumberStatusCode = {
  /** 1: in use (enabled). */
  InUse: 1,
  /** 2: disabled by the user (`EnableOrDisableNumber` with `EnableCode` 2). */
  DisabledByUser: 2,
  /** 3: disabled by the platform. */
  DisabledByPlatform: 3,
  /** 4: cancelled. */
  Cancelled: 4,
  /** 6: cancelled by the platform. */
  CancelledByPlatform: 6,
  /** -1: abnormal. */
  Abnormal: -1,
} as const;
/** A number status this SDK knows by name. */
export type NumberStatusCode = (typeof NumberStatusCode)[keyof typeof NumberStatusCode];

/** `NumberTypeCode`: what kind of line a number is. */
export const NumberTypeCode = { Mobile: 0, FixedLine: 1 } as const;
/** `0` (mobile) or `1` (fixed line). */
export type NumberTypeCode = (typeof NumberTypeCode)[keyof typeof NumberTypeCode];

/**
 * `EnableCode` of `EnableOrDisableNumber`.
 *
 * @example
 * ```ts
 * volc.send(EnableOrDisableNumber, { NumberList: ["01060000001"], EnableCode: EnableCode.Disable });
 * ```
 */
export const EnableCode = { Enable: 1, Disable: 2 } as const;
/** `1` (enable) or `2` (disable). */
export type EnableCode = (typeof EnableCode)[keyof typeof EnableCode];
