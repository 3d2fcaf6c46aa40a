import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import { PhoneNumberSchema } from "../vocabulary.js";
import type { CallDisplayType, Flag } from "./codes.js";
import { CallDisplayTypeSchema, FlagSchema, OutIdSchema, VoiceCodeSchema } from "./fields.js";
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
  /** B's real number; left out, the binding is an AX binding (B added later by `UpgradeAXToAXB`). */
  PhoneNoB: z.optional(PhoneNumberSchema),
  /** `1`: an AX binding of A conflicts with its AXB bindings; `0` (the default): it does not. See {@link Flag}. */
  AxConflictAxbFlag: z.optional(FlagSchema),
  /** Which real numbers the parties see, `1`–`4`. See {@link CallDisplayType}. */
  CallDisplayType: z.optional(CallDisplayTypeSchema),
  /** Your own id for the binding (an order number, say): at most 128 characters. */
  OutId: z.optional(OutIdSchema),
  /** `1` turns voice verification on; `0` (the default) leaves it off. See {@link Flag}. */
  VerifyFlag: z.optional(FlagSchema),
  /** Custom voice prompts, as JSON text, e.g. `{"axCallerVoiceCode":"…"}`. */
  VoiceCode: z.optional(VoiceCodeSchema),
};
const Params: BindingFields & XSelectionFields & typeof Own = { ...Binding, ...XSelection, ...Own };

const Result: BoundFields = { ...Bound };

/** Parameters of {@link SelectNumberAndBindAXB}. */
export interface SelectNumberAndBindAXBInput extends In<typeof Params> {}
/** `Result` of {@link SelectNumberAndBindAXB}: the new binding and the X picked. */
export interface SelectNumberAndBindAXBOutput extends Out<typeof Result> {}

/**
 * vms `SelectNumberAndBindAXB`: the platform picks a free X of the pool (in `CityCode`, else the city of
 * A or B, else the `DegradeCityList` cities) and binds A and B to it; without B it is an AX binding.
 * When no X is free it answers `PhoneNoXOccupied` (inside HTTP 200, as a `ServiceError`). Not retried
 * blindly: a bind is not idempotent (the older SDKs' `IdempotentId` is not documented, so it is not
 * offered).
 *
 * @example
 * ```ts
 * const binding = await volc.send(SelectNumberAndBindAXB, {
 *   NumberPoolNo, PhoneNoA: "13700000001", PhoneNoB: "13800000002",
 *   ExpireTime: Math.floor(Date.now() / 1000) + 3600, OutId: "order-1001",
 * });
 * binding.PhoneNoX; // the number both sides call
 * ```
 */
export const SelectNumberAndBindAXB: Operation<SelectNumberAndBindAXBInput, SelectNumberAndBindAXBOutput> =
  vmsOperation({
    action: "SelectNumberAndBindAXB",
    input: params(Params),
    output: result(Result),
  });
