import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { InstanceTypeSchema } from "../instance-type.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The CEN to grant the instance to (of the account `CenOwnerId`). */
  CenId: IdSchema,
  /** Account id of the CEN's owner, e.g. `"2100000000"`. */
  CenOwnerId: IdSchema,
  /** The instance to grant, e.g. `"vpc-2fe5dk7mzg4pc59gp68bbxxxx"`. */
  InstanceId: IdSchema,
  /** Region of the instance, e.g. `"cn-beijing"`. */
  InstanceRegionId: IdSchema,
  /** `"VPC"` or `"DCGW"` (direct-connect gateway). */
  InstanceType: InstanceTypeSchema,
};

const Result = {};

/** Parameters of {@link GrantInstanceToCen}. */
export interface GrantInstanceToCenInput extends In<typeof Params> {}
/** `Result` of {@link GrantInstanceToCen}: empty. */
export interface GrantInstanceToCenOutput extends Out<typeof Result> {}

/**
 * cen `GrantInstanceToCen`: grants one of the caller's network instances to a CEN of another account,
 * which may then attach it (`AttachInstanceToCen` with `InstanceOwnerId`).
 *
 * @example
 * ```ts
 * await volc.send(GrantInstanceToCen, {
 *   CenId, CenOwnerId: "2100000000", InstanceId: "vpc-1", InstanceRegionId: "cn-beijing", InstanceType: "VPC",
 * });
 * ```
 */
export const GrantInstanceToCen: Operation<GrantInstanceToCenInput, GrantInstanceToCenOutput> = cenOperation({
  action: "GrantInstanceToCen",
  input: params(Params),
  output: result(Result),
});
