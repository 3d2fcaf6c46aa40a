import * as z from "zod/mini";
import type { PagedOperation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { openEnum } from "../../shared/open-enum.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { type InstanceType, InstanceTypeSchema } from "../instance-type.js";
import { cenOperation } from "../operation.js";
import { PageNumberSchema, PageSizeSchema } from "../paging.js";
import type { AttachedInstanceStatus } from "../statuses.js";

const Params = {
  /** Only the instances attached to this CEN. */
  CenId: z.optional(IdSchema),
  /** Only this instance. */
  InstanceId: z.optional(IdSchema),
  /** Only the instances in this region. */
  InstanceRegionId: z.optional(IdSchema),
  /** Only `"VPC"` or only `"DCGW"` instances. */
  InstanceType: z.optional(InstanceTypeSchema),
  /** Page to return, from 1 (default 1). */
  PageNumber: z.optional(PageNumberSchema),
  /** Instances per page, 1–100 (default 20). */
  PageSize: z.optional(PageSizeSchema),
};

const Result = {
  /** The attached instances of this page. */
  AttachedInstances: z.optional(
    z.array(
      result({
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
      }),
    ),
  ),
  /** Number of this page. */
  PageNumber: z.optional(z.number()),
  /** Size of the pages. */
  PageSize: z.optional(z.number()),
  /** How many instances match, over every page. */
  TotalCount: z.optional(z.number()),
};

/** Parameters of {@link DescribeCenAttachedInstances}. None is required. */
export interface DescribeCenAttachedInstancesInput extends In<typeof Params> {}
/** `Result` of {@link DescribeCenAttachedInstances}. */
export interface DescribeCenAttachedInstancesOutput extends Out<typeof Result> {}

/**
 * cen `DescribeCenAttachedInstances`: lists the network instances attached to CENs, a page at a time;
 * `paginate` walks every page.
 *
 * @example
 * ```ts
 * for await (const vpc of paginate(volc, DescribeCenAttachedInstances, { CenId, InstanceType: "VPC" })) {
 *   console.log(vpc.InstanceId, vpc.Status);
 * }
 * ```
 */
export const DescribeCenAttachedInstances: PagedOperation<
  DescribeCenAttachedInstancesInput,
  DescribeCenAttachedInstancesOutput,
  "AttachedInstances"
> = cenOperation({
  action: "DescribeCenAttachedInstances",
  input: params(Params),
  output: result(Result),
  idempotent: true,
  paging: { style: "PageNumber", items: "AttachedInstances" },
});
