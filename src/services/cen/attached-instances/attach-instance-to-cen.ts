import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { InstanceTypeSchema } from "../instance-type.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The CEN to attach to, e.g. `"cen-7qthudw0ll6jmc****"`. */
  CenId: IdSchema,
  /** The network instance to attach, e.g. `"vpc-2fe5dk7mzg4pc59gp68bbxxxx"`. */
  InstanceId: IdSchema,
  /** Region of the instance, e.g. `"cn-beijing"`. */
  InstanceRegionId: IdSchema,
  /** `"VPC"` or `"DCGW"` (direct-connect gateway). */
  InstanceType: InstanceTypeSchema,
  /**
   * Account that owns the instance, for an instance of another account (which must first grant it to
   * this CEN with `GrantInstanceToCen`). Left out: the caller's own instance.
   */
  InstanceOwnerId: z.optional(IdSchema),
};

const Result = {};

/** Parameters of {@link AttachInstanceToCen}. */
export interface AttachInstanceToCenInput extends In<typeof Params> {}
/** `Result` of {@link AttachInstanceToCen}: empty. */
export interface AttachInstanceToCenOutput extends Out<typeof Result> {}

/**
 * cen `AttachInstanceToCen`: attaches a VPC or a direct-connect gateway to a CEN. It is `Attaching`, then
 * `Available`: wait with `waitUntilCenAttachedInstanceAvailable`.
 *
 * @example
 * ```ts
 * await volc.send(AttachInstanceToCen, { CenId, InstanceId: "vpc-1", InstanceRegionId: "cn-beijing", InstanceType: "VPC" });
 * ```
 */
export const AttachInstanceToCen: Operation<AttachInstanceToCenInput, AttachInstanceToCenOutput> =
  cenOperation({ action: "AttachInstanceToCen", input: params(Params), output: result(Result) });
