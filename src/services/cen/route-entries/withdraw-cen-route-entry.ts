import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { CidrSchema } from "../cidr.js";
import { InstanceTypeSchema } from "../instance-type.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The CEN. */
  CenId: IdSchema,
  /** Destination of the route entry, a CIDR block such as `"192.168.0.0/24"`. */
  DestinationCidrBlock: CidrSchema,
  /** The attached instance whose route table holds the entry, e.g. `"vpc-2fe5dk7mzg4pc59gp68bbxxxx"`. */
  InstanceId: IdSchema,
  /** Region of that instance, e.g. `"cn-beijing"`. */
  InstanceRegionId: IdSchema,
  /** `"VPC"` or `"DCGW"`. */
  InstanceType: InstanceTypeSchema,
};

const Result = {};

/** Parameters of {@link WithdrawCenRouteEntry}. */
export interface WithdrawCenRouteEntryInput extends In<typeof Params> {}
/** `Result` of {@link WithdrawCenRouteEntry}: empty. */
export interface WithdrawCenRouteEntryOutput extends Out<typeof Result> {}

/**
 * cen `WithdrawCenRouteEntry`: withdraws a published route entry of an attached instance from the CEN.
 *
 * @example
 * ```ts
 * await volc.send(WithdrawCenRouteEntry, {
 *   CenId, DestinationCidrBlock: "192.168.0.0/24", InstanceId: "vpc-1", InstanceRegionId: "cn-beijing", InstanceType: "VPC",
 * });
 * ```
 */
export const WithdrawCenRouteEntry: Operation<WithdrawCenRouteEntryInput, WithdrawCenRouteEntryOutput> =
  cenOperation({
    action: "WithdrawCenRouteEntry",
    input: params(Params),
    output: result(Result),
  });
