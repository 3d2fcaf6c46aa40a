import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";

const Params = {
  /** The call to end, as `Click2Call` returned it. */
  CallId: IdSchema,
};

const Result = {
  /** Whether the call was ended by this request (false when it had already ended). */
  Success: z.optional(z.boolean()),
};

/** Parameters of {@link CancelClick2CallV2}. */
export interface CancelClick2CallV2Input extends In<typeof Params> {}
/** `Result` of {@link CancelClick2CallV2}. */
export interface CancelClick2CallV2Output extends Out<typeof Result> {}

/**
 * vms `CancelClick2CallV2`: ends a click-to-call call in progress, on both legs.
 *
 * @example
 * ```ts
 * const { Success } = await volc.send(CancelClick2CallV2, { CallId });
 * ```
 */
export const CancelClick2CallV2: Operation<CancelClick2CallV2Input, CancelClick2CallV2Output> = vmsOperation({
  action: "CancelClick2CallV2",
  input: params(Params),
  output: result(Result),
});
