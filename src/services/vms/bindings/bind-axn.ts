import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { answerCode } from "../code-set.js";
import { vmsOperation } from "../operation.js";
import { PhoneNumberSchema } from "../vocabulary.js";
import type { AudioRecordFlag, BindingStatus, KnownBindingStatus } from "./codes.js";
import { AudioRecordFlagSchema, ExpireTimeSchema, UserDataSchema } from "./fields.js";

const Params = {
  /** A's real number: a mobile number, or a fixed line with its area code and no hyphen. */
  PhoneNoA: PhoneNumberSchema,
  /**
   * B's real number. Left out, the platform binds a placeholder that risks being blacklisted (and the
   * binding failing): give a real B.
   */
  PhoneNoB: z.optional(PhoneNumberSchema),
  /** The X number to bind, one of the pool's. */
  PhoneNoX: PhoneNumberSchema,
  /** The pool X belongs to, e.g. `"NP1234567890"`. */
  NumberPoolNo: IdSchema,
  /** When the binding ends: Unix seconds, more than a minute from now and before 2038-01-01 (UTC+8). */
  ExpireTime: ExpireTimeSchema,
  /** `1` records the calls (the default), `0` does not. See {@link AudioRecordFlag}. */
  AudioRecordFlag: z.optional(AudioRecordFlagSchema),
  /** Your own data, given back in call records: at most 2048 characters. */
  UserData: z.optional(UserDataSchema),
};

const Result = {
  /** The binding's id, e.g. `"S160817372431596661"`: what unbind, update and query calls take. */
  SubId: z.string(),
  /** X. */
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

/** Parameters of {@link BindAXN}. */
export interface BindAXNInput extends In<typeof Params> {}
/** `Result` of {@link BindAXN}: the new binding. */
export interface BindAXNOutput extends Out<typeof Result> {}

/**
 * vms `BindAXN`: binds A to a given X of the pool (AXN: A calls X to reach B; anyone else calling X
 * reaches A). An X already bound answers `PhoneNoXOccupied` (inside HTTP 200, as a `ServiceError`).
 * Not retried blindly: a bind is not idempotent.
 *
 * @example
 * ```ts
 * const { SubId } = await volc.send(BindAXN, {
 *   NumberPoolNo, PhoneNoA: "13700000001", PhoneNoB: "13800000002", PhoneNoX: "01060000001",
 *   ExpireTime: Math.floor(Date.now() / 1000) + 3600,
 * });
 * ```
 */
export const BindAXN: Operation<BindAXNInput, BindAXNOutput> = vmsOperation({
  action: "BindAXN",
  input: params(Params),
  output: result(Result),
});
