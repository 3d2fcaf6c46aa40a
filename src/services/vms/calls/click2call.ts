import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { FreeTextSchema, IdSchema } from "../../shared/free-text.js";
import { integer } from "../../shared/integer.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import { DegradeCityListSchema, PhoneNumberSchema, YesNoSchema } from "../vocabulary.js";

const Params = {
  /** Who is called first: a mobile number, or a fixed-line number with its area code and no hyphen. */
  Caller: PhoneNumberSchema,
  /** The pool of the number shown to the caller, e.g. `"NP163517154204092175"`. */
  CallerNumberPoolNo: IdSchema,
  /**
   * The number of that pool to show to the caller (a fixed line with its area code); when set,
   * `CallerNumberCityCode`, `CallerNumberDegradeCityList` and `CallerDegradeToCapital` do not apply.
   */
  CallerNumber: z.optional(PhoneNumberSchema),
  /** Area code of the city whose number is shown to the caller, e.g. `"010"`. */
  CallerNumberCityCode: z.optional(FreeTextSchema),
  /**
   * Cities to fall back on, in order, when `CallerNumberCityCode` has no free number: at most 5 area
   * codes. Only used with `CallerNumberCityCode`.
   */
  CallerNumberDegradeCityList: z.optional(DegradeCityListSchema),
  /**
   * `1` to fall back on a number of the provincial capital of the caller's home city, `0` not to. The
   * order: the given city, the caller's home city, its provincial capital, then the fall-back list.
   */
  CallerDegradeToCapital: z.optional(YesNoSchema),
  /** Who is called once the caller answers: a mobile number, or a fixed-line number with its area code. */
  Callee: PhoneNumberSchema,
  /** The pool of the number shown to the callee. */
  CalleeNumberPoolNo: IdSchema,
  /** The number of that pool to show to the callee; when set, the city fields do not apply. */
  CalleeNumber: z.optional(PhoneNumberSchema),
  /** Area code of the city whose number is shown to the callee. */
  CalleeNumberCityCode: z.optional(FreeTextSchema),
  /** Cities to fall back on for the callee's number: at most 5 area codes. Only with `CalleeNumberCityCode`. */
  CalleeNumberDegradeCityList: z.optional(DegradeCityListSchema),
  /** `1` to fall back on a number of the provincial capital of the callee's home city, `0` not to. */
  CalleeDegradeToCapital: z.optional(YesNoSchema),
  /** The longest the call may last. */
  MaxTime: z.optional(integer()),
  /** When, before `MaxTime` runs out, the reminder `LastVoice` is played. */
  LastMinutes: z.optional(integer()),
  /** The reminder played before the call is cut off (a `ResourceKey`). */
  LastVoice: z.optional(FreeTextSchema),
  /** Who hears `LastVoice`. */
  LastVoiceTo: z.optional(FreeTextSchema),
  /** What is played before the two sides are connected (a `ResourceKey`). */
  PreVoice: z.optional(FreeTextSchema),
  /** Your own data, echoed in the call record. */
  UserData: z.optional(FreeTextSchema),
};

const Result = {
  /** The call's id: `CancelClick2CallV2`, `QueryCallRecordMsgV2` and `QueryAudioRecordFileUrl` take it. */
  CallId: z.string(),
};

/** Parameters of {@link Click2Call}. */
export interface Click2CallInput extends In<typeof Params> {}
/** `Result` of {@link Click2Call}. */
export interface Click2CallOutput extends Out<typeof Result> {}

/**
 * vms `Click2Call`: a two-leg call. The platform calls the caller (showing a number of
 * `CallerNumberPoolNo`), then the callee (showing a number of `CalleeNumberPoolNo`), and connects them.
 * Not idempotent: a repeated call rings both sides again, so it is retried only when the request
 * provably never took effect.
 *
 * @example
 * ```ts
 * const { CallId } = await volc.send(Click2Call, {
 *   Caller: "13800138000", CallerNumberPoolNo: "NP163517154204092175",
 *   Callee: "13900139000", CalleeNumberPoolNo: "NP163517154204092175",
 * });
 * ```
 */
export const Click2Call: Operation<Click2CallInput, Click2CallOutput> = vmsOperation({
  action: "Click2Call",
  input: params(Params),
  output: result(Result),
});
