import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { CidrSchema } from "../cidr.js";
import { VpcOnlySchema } from "../instance-type.js";
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
  /** `"VPC"`: only the system route table of a VPC can be published. */
  InstanceType: VpcOnlySchema,
};

const Result = {};

/** Parameters of {@link PublishCenRouteEntry}. */
export interface PublishCenRouteEntryInput extends In<typeof Params> {}
/** `Result` of {@link PublishCenRouteEntry}: empty. */
export interface PublishCenRouteEntryOutput extends Out<typeof Result> {}

/**
 * cen `PublishCenRouteEntry`: advertises a route entry of an attached VPC's system route table to the CEN. Only VPC entries can be published.
 *
 * @example
 * ```ts
 * await volc.send(PublishCenRouteEntry, {
 *   CenId, DestinationCidrBlock: "192.168.0.0/24", InstanceId: "vpc-1", InstanceRegionId: "cn-beijing", InstanceType: "VPC",
 * });
 * ```
 */
export const PublishCenRouteEntry: Operation<PublishCenRouteEntryInput, PublishCenRouteEntryOutput> =
  cenOperation({
    action: "PublishCenRouteEntry",
    input: params(Params),
    output: result(Result),
  });
