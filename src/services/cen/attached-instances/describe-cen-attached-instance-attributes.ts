import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { openEnum } from "../../shared/open-enum.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { type InstanceType, InstanceTypeSchema } from "../instance-type.js";
import { cenOperation } from "../operation.js";
import type { AttachedInstanceStatus } from "../statuses.js";

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

const Result = {
  /** Id of the attached instance. */
  InstanceId: z.string(),
  /** The CEN it is attached to. */
  CenId: z.optional(z.string()),
  /** Region of the instance. */
  InstanceRegionId: z.optional(z.string()),
  /** `"VPC"` or `"DCGW"`. */
  InstanceType: z.optional(openEnum<InstanceType>()),
  /** Account that owns the instance. */
  InstanceOwnerId: z.optional(z.string()),
  /** `Attaching` or `Available`. */
  Status: z.optional(openEnum<AttachedInstanceStatus>()),
  /** When it was attached, ISO 8601 with offset. */
  CreationTime: z.optional(z.string()),
};

/** Parameters of {@link DescribeCenAttachedInstanceAttributes}. */
export interface DescribeCenAttachedInstanceAttributesInput extends In<typeof Params> {}
/** `Result` of {@link DescribeCenAttachedInstanceAttributes}. */
export interface DescribeCenAttachedInstanceAttributesOutput extends Out<typeof Result> {}

/**
 * cen `DescribeCenAttachedInstanceAttributes`: one attached instance and its status.
 *
 * @example
 * ```ts
 * const { Status } = await volc.send(DescribeCenAttachedInstanceAttributes, {
 *   CenId, InstanceId: "vpc-1", InstanceRegionId: "cn-beijing", InstanceType: "VPC",
 * });
 * ```
 */
export const DescribeCenAttachedInstanceAttributes: Operation<
  DescribeCenAttachedInstanceAttributesInput,
  DescribeCenAttachedInstanceAttributesOutput
> = cenOperation({
  action: "DescribeCenAttachedInstanceAttributes",
  input: params(Params),
  output: result(Result),
  idempotent: true,
});
