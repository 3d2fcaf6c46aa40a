import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { InstanceTypeSchema } from "../instance-type.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The CEN the instance is attached to. */
  CenId: IdSchema,
  /** The attached instance, e.g. `"vpc-2fe5dk7mzg4pc59gp68bbxxxx"`. */
  InstanceId: IdSchema,
  /** Region of the instance, e.g. `"cn-beijing"`. */
  InstanceRegionId: IdSchema,
  /** `"VPC"` or `"DCGW"` (direct-connect gateway). */
  InstanceType: InstanceTypeSchema,
};

const Result = {};

/** Parameters of {@link DetachInstanceFromCen}. */
export interface DetachInstanceFromCenInput extends In<typeof Params> {}
/** `Result` of {@link DetachInstanceFromCen}: empty. */
export interface DetachInstanceFromCenOutput extends Out<typeof Result> {}

/**
 * cen `DetachInstanceFromCen`: detaches a network instance from a CEN. Refused
 * (`InvalidCenAttachedInstance.CannotUpdate`) while the instance is still attaching or a service route
 * goes through it.
 *
 * @example
 * ```ts
 * await volc.send(DetachInstanceFromCen, { CenId, InstanceId: "vpc-1", InstanceRegionId: "cn-beijing", InstanceType: "VPC" });
 * ```
 */
export const DetachInstanceFromCen: Operation<DetachInstanceFromCenInput, DetachInstanceFromCenOutput> =
  cenOperation({ action: "DetachInstanceFromCen", input: params(Params), output: result(Result) });
