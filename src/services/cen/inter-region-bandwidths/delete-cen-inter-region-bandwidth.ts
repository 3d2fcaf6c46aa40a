import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The inter-region bandwidth to delete, e.g. `"cirb-3tex2x1cwd4c6c0v****"`. */
  InterRegionBandwidthId: IdSchema,
};

const Result = {};

/** Parameters of {@link DeleteCenInterRegionBandwidth}. */
export interface DeleteCenInterRegionBandwidthInput extends In<typeof Params> {}
/** `Result` of {@link DeleteCenInterRegionBandwidth}: empty. */
export interface DeleteCenInterRegionBandwidthOutput extends Out<typeof Result> {}

/**
 * cen `DeleteCenInterRegionBandwidth`: deletes an inter-region bandwidth, giving its bandwidth back to
 * its package. It is `Deleting` for a while.
 *
 * @example
 * ```ts
 * await volc.send(DeleteCenInterRegionBandwidth, { InterRegionBandwidthId });
 * ```
 */
export const DeleteCenInterRegionBandwidth: Operation<
  DeleteCenInterRegionBandwidthInput,
  DeleteCenInterRegionBandwidthOutput
> = cenOperation({ action: "DeleteCenInterRegionBandwidth", input: params(Params), output: result(Result) });
