import * as z from "zod/mini";
import type { PagedOperation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { openEnum } from "../../shared/open-enum.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { type InstanceType, InstanceTypeSchema } from "../instance-type.js";
import { cenOperation } from "../operation.js";
import { PageNumberSchema, PageSizeSchema } from "../paging.js";

const Params = {
  /** Only the grants to this CEN. */
  CenId: z.optional(IdSchema),
  /** Only the grants made by this account. */
  InstanceOwnerId: z.optional(IdSchema),
  /** Only the grants of instances in this region. */
  InstanceRegionId: z.optional(IdSchema),
  /** Only the grants of `"VPC"` or of `"DCGW"` instances. */
  InstanceType: z.optional(InstanceTypeSchema),
  /** Page to return, from 1 (default 1). */
  PageNumber: z.optional(PageNumberSchema),
  /** Grants per page, 1–100 (default 20). */
  PageSize: z.optional(PageSizeSchema),
};

const Result = {
  /** The grants of this page. */
  CenGrantRules: z.optional(
    z.array(
      result({
        /** The granted instance. */
        InstanceId: z.string(),
        /** The CEN it is granted to. */
        CenId: z.optional(z.string()),
        /** Account that owns the instance. */
        InstanceOwnerId: z.optional(z.string()),
        /** Region of the instance. */
        InstanceRegionId: z.optional(z.string()),
        /** `"VPC"` or `"DCGW"`. */
        InstanceType: z.optional(openEnum<InstanceType>()),
        /** When it was granted, ISO 8601 with offset. */
        CreationTime: z.optional(z.string()),
      }),
    ),
  ),
  /** Number of this page. */
  PageNumber: z.optional(z.number()),
  /** Size of the pages. */
  PageSize: z.optional(z.number()),
  /** How many grants match, over every page. */
  TotalCount: z.optional(z.number()),
};

/** Parameters of {@link DescribeGrantRulesToCen}. None is required. */
export interface DescribeGrantRulesToCenInput extends In<typeof Params> {}
/** `Result` of {@link DescribeGrantRulesToCen}. */
export interface DescribeGrantRulesToCenOutput extends Out<typeof Result> {}

/**
 * cen `DescribeGrantRulesToCen`: for a CEN's owner, the instances other accounts granted to their CENs,
 * a page at a time; `paginate` walks every page.
 *
 * @example
 * ```ts
 * for await (const grant of paginate(volc, DescribeGrantRulesToCen, { CenId })) console.log(grant.InstanceId);
 * ```
 */
export const DescribeGrantRulesToCen: PagedOperation<
  DescribeGrantRulesToCenInput,
  DescribeGrantRulesToCenOutput,
  "CenGrantRules"
> = cenOperation({
  action: "DescribeGrantRulesToCen",
  input: params(Params),
  output: result(Result),
  idempotent: true,
  paging: { style: "PageNumber", items: "CenGrantRules" },
});
