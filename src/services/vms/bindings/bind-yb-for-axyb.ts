import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { answerCode } from "../code-set.js";
import { vmsOperation } from "../operation.js";
import { PhoneNumberSchema } from "../vocabulary.js";
import type { AudioRecordFlag, BindingStatus, KnownBindingStatus } from "./codes.js";
import { AudioRecordFlagSchema, SecondsSchema, UserDataSchema } from "./fields.js";
import { XSelection, type XSelectionFields } from "./groups.js";

const Own = {
  /** The AXYB binding (its `SubId`) the YB relation belongs to. */
  ParentSubId: IdSchema,
  /** B's real number: a mobile number, or a fixed line with its area code and no hyphen. */
  PhoneNoB: PhoneNumberSchema,
  /** The Y number, one of the pool's; left out, the platform picks one by city. */
  PhoneNoY: z.optional(PhoneNumberSchema),
  /** The pool of Y, e.g. `"NP1234567890"`. */
  NumberPoolNo: IdSchema,
  /** How long the YB relation lasts, in seconds (e.g. `180`). */
  EnableDuration: SecondsSchema,
  /** `1` records the calls (the default), `0` does not. See {@link AudioRecordFlag}. */
  AudioRecordFlag: z.optional(AudioRecordFlagSchema),
  /** Your own data, given back in call records: at most 2048 characters. */
  UserData: z.optional(UserDataSchema),
};
const Params: XSelectionFields & typeof Own = { ...XSelection, ...Own };

const Result = {
  /** The YB relation's id. */
  SubId: z.string(),
  /** Y. */
  PhoneNoY: z.optional(z.string()),
  /** `1` bound. See {@link BindingStatus}. */
  Status: z.optional(answerCode<KnownBindingStatus>()),
};

/** Parameters of {@link BindYBForAXYB}. */
export interface BindYBForAXYBInput extends In<typeof Params> {}
/** `Result` of {@link BindYBForAXYB}: the new YB relation. */
export interface BindYBForAXYBOutput extends Out<typeof Result> {}

/**
 * vms `BindYBForAXYB`: adds a YB relation, for `EnableDuration` seconds, under an AXYB binding. An
 * unknown or ended parent answers `SubscriptionEmpty`; a Y already bound, or none free,
 * `PhoneNoXOccupied` (both inside HTTP 200, as a `ServiceError`). Not retried blindly.
 *
 * @example
 * ```ts
 * const yb = await volc.send(BindYBForAXYB, {
 *   ParentSubId: SubId, NumberPoolNo: yPool, PhoneNoB: "13800000003", EnableDuration: 180,
 * });
 * ```
 */
export const BindYBForAXYB: Operation<BindYBForAXYBInput, BindYBForAXYBOutput> = vmsOperation({
  action: "BindYBForAXYB",
  input: params(Params),
  output: result(Result),
});
