import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";

const Params = {
  /** The single call to cancel, as given to `SingleBatchAppend`. */
  SingleOpenId: IdSchema,
};

const Result = {};

/** Parameters of {@link SingleCancelV2}. */
export interface SingleCancelV2Input extends In<typeof Params> {}
/** `Result` of {@link SingleCancelV2}: nothing. */
export interface SingleCancelV2Output extends Out<typeof Result> {}

/**
 * vms `SingleCancelV2`: cancels a single call that has not been placed yet; its state becomes `"5"`
 * (deleted). A call already placed cannot be cancelled (`TaskWrongState`).
 *
 * @example
 * ```ts
 * await volc.send(SingleCancelV2, { SingleOpenId: "order-42" });
 * ```
 */
export const SingleCancelV2: Operation<SingleCancelV2Input, SingleCancelV2Output> = vmsOperation({
  action: "SingleCancelV2",
  input: params(Params),
  output: result(Result),
});
