import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { InstanceTypeSchema } from "../instance-type.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The CEN the instance was granted to. */
  CenId: IdSchema,
  /** Account id of the CEN's owner, e.g. `"2100000000"`. */
  CenOwnerId: IdSchema,
  /** The granted instance, e.g. `"vpc-2fe5dk7mzg4pc59gp68bbxxxx"`. */
  InstanceId: IdSchema,
  /** Region of the instance, e.g. `"cn-beijing"`. */
  InstanceRegionId: IdSchema,
  /** `"VPC"` or `"DCGW"` (direct-connect gateway). */
  InstanceType: InstanceTypeSchema,
};

const Result = {};

/** Parameters of {@link RevokeInstanceFromCen}. */
export interface RevokeInstanceFromCenInput extends In<typeof Params> {}
/** `Result` of {@link RevokeInstanceFromCen}: empty. */
export interface RevokeInstanceFromCenOutput extends Out<typeof Result> {}

/**
 * cen `RevokeInstanceFromCen`: revokes a grant made with `GrantInstanceToCen`.
 *
 * @example
 * ```ts
 * await volc.send(RevokeInstanceFromCen, {
 *   CenId, CenOwnerId: "2100000000", InstanceId: "vpc-1", InstanceRegionId: "cn-beijing", InstanceType: "VPC",
 * });
 * ```
 */
export const RevokeInstanceFromCen: Operation<RevokeInstanceFromCenInput, RevokeInstanceFromCenOutput> =
  cenOperation({
    action: "RevokeInstanceFromCen",
    input: params(Params),
    output: result(Result),
  });
