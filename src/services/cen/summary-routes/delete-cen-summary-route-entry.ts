import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { CidrSchema } from "../cidr.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The CEN. */
  CenId: IdSchema,
  /** The summary route's CIDR block, e.g. `"10.0.0.0/8"`. */
  DestinationCidrBlock: CidrSchema,
};

const Result = {};

/** Parameters of {@link DeleteCenSummaryRouteEntry}. */
export interface DeleteCenSummaryRouteEntryInput extends In<typeof Params> {}
/** `Result` of {@link DeleteCenSummaryRouteEntry}: empty. */
export interface DeleteCenSummaryRouteEntryOutput extends Out<typeof Result> {}

/**
 * cen `DeleteCenSummaryRouteEntry`: deletes a summary route.
 *
 * @example
 * ```ts
 * await volc.send(DeleteCenSummaryRouteEntry, { CenId, DestinationCidrBlock: "10.0.0.0/8" });
 * ```
 */
export const DeleteCenSummaryRouteEntry: Operation<
  DeleteCenSummaryRouteEntryInput,
  DeleteCenSummaryRouteEntryOutput
> = cenOperation({ action: "DeleteCenSummaryRouteEntry", input: params(Params), output: result(Result) });
