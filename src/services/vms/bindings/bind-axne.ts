import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { FreeTextSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import { PhoneNumberSchema } from "../vocabulary.js";
import { OutIdSchema } from "./fields.js";
import {
  Binding,
  type BindingFields,
  Bound,
  type BoundFields,
  XSelection,
  type XSelectionFields,
} from "./groups.js";

const Own = {
  /** A's real number: a mobile number, or a fixed line with its area code and no hyphen. */
  PhoneNoA: PhoneNumberSchema,
  /** B's real number. */
  PhoneNoB: z.optional(PhoneNumberSchema),
  /** The X number to bind, one of the pool's; left out, the platform picks one by city. */
  PhoneNoX: z.optional(PhoneNumberSchema),
  /** The E of the AXNE binding (the API documents no format for it). */
  PhoneNoE: z.optional(FreeTextSchema),
  /** Your own id for the binding: at most 128 characters. */
  OutId: z.optional(OutIdSchema),
};
const Params: BindingFields & XSelectionFields & typeof Own = { ...Binding, ...XSelection, ...Own };

const OwnResult = {
  /** E. */
  PhoneNoE: z.optional(z.string()),
};
const Result: BoundFields & typeof OwnResult = { ...Bound, ...OwnResult };

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
