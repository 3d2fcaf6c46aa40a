import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import { PhoneNumberSchema } from "../vocabulary.js";
import { Binding, type BindingFields, Bound, type BoundFields } from "./groups.js";

const Own = {
  /** A's real number: a mobile number, or a fixed line with its area code and no hyphen. */
  PhoneNoA: PhoneNumberSchema,
  /**
   * B's real number. Left out, the platform binds a placeholder that risks being blacklisted (and the
   * binding failing): give a real B.
   */
  PhoneNoB: z.optional(PhoneNumberSchema),
  /** The X number to bind, one of the pool's. */
  PhoneNoX: PhoneNumberSchema,
};
const Params: BindingFields & typeof Own = { ...Binding, ...Own };

const Result: BoundFields = { ...Bound };

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
