import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { CidrSchema } from "../cidr.js";
import { cenOperation } from "../operation.js";
import { RouteDescriptionSchema } from "../routes.js";

const Params = {
  /** The CEN. */
  CenId: IdSchema,
  /** The summary's CIDR block, e.g. `"10.0.0.0/8"`. */
  DestinationCidrBlock: CidrSchema,
  /** Description, 0–255 characters. */
  Description: z.optional(RouteDescriptionSchema),
};

const Result = {};

/** Parameters of {@link CreateCenSummaryRouteEntry}. */
export interface CreateCenSummaryRouteEntryInput extends In<typeof Params> {}
/** `Result` of {@link CreateCenSummaryRouteEntry}: empty. */
export interface CreateCenSummaryRouteEntryOutput extends Out<typeof Result> {}

/**
 * cen `CreateCenSummaryRouteEntry`: adds a summary route, advertised to every direct-connect gateway route
 * table of the CEN (an invitation-only feature).
 *
 * @example
 * ```ts
 * await volc.send(CreateCenSummaryRouteEntry, { CenId, DestinationCidrBlock: "10.0.0.0/8" });
 * ```
 */
export const CreateCenSummaryRouteEntry: Operation<
  CreateCenSummaryRouteEntryInput,
  CreateCenSummaryRouteEntryOutput
> = cenOperation({ action: "CreateCenSummaryRouteEntry", input: params(Params), output: result(Result) });
