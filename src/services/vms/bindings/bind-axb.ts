import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { FreeTextSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import { PhoneNumberSchema } from "../vocabulary.js";
import type { CallDisplayType, Flag } from "./codes.js";
import { CallDisplayTypeSchema, FlagSchema, OutIdSchema, VoiceCodeSchema } from "./fields.js";
import { Binding, type BindingFields, Bound, type BoundFields } from "./groups.js";

const Own = {
  /** A's real number: a mobile number, or a fixed line with its area code and no hyphen. */
  PhoneNoA: PhoneNumberSchema,
  /** B's real number; left out, the binding is an AX binding. */
  PhoneNoB: z.optional(PhoneNumberSchema),
  /** The X number to bind, one of the pool's. */
  PhoneNoX: PhoneNumberSchema,
  /** Which real numbers the parties see, `1`–`4`. See {@link CallDisplayType}. */
  CallDisplayType: z.optional(CallDisplayTypeSchema),
  /** Your own id for the binding (an order number, say): at most 128 characters. */
  OutId: z.optional(OutIdSchema),
  /** The order id, required in "700-number" scenarios. */
  OrderId: z.optional(FreeTextSchema),
  /** The industry id registered for the numbers. */
  IndustrialId: z.optional(FreeTextSchema),
  /** `1` turns voice verification on; `0` (the default) leaves it off. See {@link Flag}. */
  VerifyFlag: z.optional(FlagSchema),
  /** Custom voice prompts, as JSON text, e.g. `{"axCallerVoiceCode":"…"}`. */
  VoiceCode: z.optional(VoiceCodeSchema),
};
const Params: BindingFields & typeof Own = { ...Binding, ...Own };

const Result: BoundFields = { ...Bound };

/** Parameters of {@link BindAXB}. */
export interface BindAXBInput extends In<typeof Params> {}
/** `Result` of {@link BindAXB}: the new binding. */
export interface BindAXBOutput extends Out<typeof Result> {}

/**
 * vms `BindAXB` (the older action, still served; not in the current API metadata): binds A and B (or A
 * alone: an AX binding) to a given X of the pool. An X already bound answers `PhoneNoXOccupied` (inside
 * HTTP 200, as a `ServiceError`). Prefer {@link SelectNumberAndBindAXB}, which picks X. Not retried
 * blindly: a bind is not idempotent.
 *
 * @example
 * ```ts
 * const { SubId } = await volc.send(BindAXB, {
 *   NumberPoolNo, PhoneNoA: "13700000001", PhoneNoB: "13800000002", PhoneNoX: "01060000001",
 *   ExpireTime: Math.floor(Date.now() / 1000) + 3600,
 * });
 * ```
 */
export const BindAXB: Operation<BindAXBInput, BindAXBOutput> = vmsOperation({
  action: "BindAXB",
  input: params(Params),
  output: result(Result),
});
