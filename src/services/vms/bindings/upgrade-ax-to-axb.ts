import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import { PhoneNumberSchema } from "../vocabulary.js";
import type { CallDisplayType } from "./codes.js";
import { CallDisplayTypeSchema, OutIdSchema, UserDataSchema } from "./fields.js";
import { Pair, type PairFields } from "./groups.js";

const Params = {
  /** The pool of the binding, e.g. `"NP1234567890"`. */
  NumberPoolNo: IdSchema,
  /** The AX binding to upgrade (its `SubId`). */
  SubId: IdSchema,
  /** B's real number: a mobile number, or a fixed line with its area code and no hyphen. */
  PhoneNoB: PhoneNumberSchema,
  /** Which real numbers the parties see, `1`–`4`. See {@link CallDisplayType}. */
  CallDisplayType: z.optional(CallDisplayTypeSchema),
  /** Your own id for the binding: at most 128 characters. */
  OutId: z.optional(OutIdSchema),
  /** Your own data, given back in call records: at most 2048 characters. */
  UserData: z.optional(UserDataSchema),
};

const Result: PairFields = { ...Pair };

/** Parameters of {@link UpgradeAXToAXB}. */
export interface UpgradeAXToAXBInput extends In<typeof Params> {}
/** `Result` of {@link UpgradeAXToAXB}: the binding, now AXB. */
export interface UpgradeAXToAXBOutput extends Out<typeof Result> {}

/**
 * vms `UpgradeAXToAXB`: adds B to an AX binding, making it AXB. An unknown or ended binding answers
 * `SubscriptionEmpty` (inside HTTP 200, as a `ServiceError`). Not retried blindly.
 *
 * @example
 * ```ts
 * await volc.send(UpgradeAXToAXB, { NumberPoolNo, SubId, PhoneNoB: "13800000002" });
 * ```
 */
export const UpgradeAXToAXB: Operation<UpgradeAXToAXBInput, UpgradeAXToAXBOutput> = vmsOperation({
  action: "UpgradeAXToAXB",
  input: params(Params),
  output: result(Result),
});
