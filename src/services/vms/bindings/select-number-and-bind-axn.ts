import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import { PhoneNumberSchema } from "../vocabulary.js";
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
  /** B's real number. Left out, the platform binds a placeholder that risks being blacklisted: give a real B. */
  PhoneNoB: z.optional(PhoneNumberSchema),
};
const Params: BindingFields & XSelectionFields & typeof Own = { ...Binding, ...XSelection, ...Own };

const Result: BoundFields = { ...Bound };

/** Parameters of {@link SelectNumberAndBindAXN}. */
export interface SelectNumberAndBindAXNInput extends In<typeof Params> {}
/** `Result` of {@link SelectNumberAndBindAXN}: the new binding and the X picked. */
export interface SelectNumberAndBindAXNOutput extends Out<typeof Result> {}

/**
 * vms `SelectNumberAndBindAXN`: the platform picks a free X of the pool (by city, as
 * `SelectNumberAndBindAXB` does) and makes an AXN binding. No free X answers `PhoneNoXOccupied`
 * (inside HTTP 200, as a `ServiceError`). Not retried blindly: a bind is not idempotent.
 *
 * @example
 * ```ts
 * const { SubId, PhoneNoX } = await volc.send(SelectNumberAndBindAXN, {
 *   NumberPoolNo, PhoneNoA: "13700000001", PhoneNoB: "13800000002", CityCode: "010",
 *   ExpireTime: Math.floor(Date.now() / 1000) + 3600,
 * });
 * ```
 */
export const SelectNumberAndBindAXN: Operation<SelectNumberAndBindAXNInput, SelectNumberAndBindAXNOutput> =
  vmsOperation({
    action: "SelectNumberAndBindAXN",
    input: params(Params),
    output: result(Result),
  });
