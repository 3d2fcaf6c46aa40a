import * as z from "zod/mini";
import type { PagedOperation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { openEnum } from "../../shared/open-enum.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { CidrSchema } from "../cidr.js";
import { type InstanceType, InstanceTypeSchema } from "../instance-type.js";
import { cenOperation } from "../operation.js";
import { PageNumberSchema, PageSizeSchema } from "../paging.js";

const Params = {
  /** Only the route entries of this CEN. */
  CenId: z.optional(IdSchema),
  /** Only the entries for this destination, a CIDR block such as `"192.168.0.0/16"`. */
  DestinationCidrBlock: z.optional(CidrSchema),
  /** Only the entries of this attached instance. */
  InstanceId: z.optional(IdSchema),
  /** Only the entries of instances in this region. */
  InstanceRegionId: z.optional(IdSchema),
  /** Only the entries of `"VPC"` or of `"DCGW"` instances. */
  InstanceType: z.optional(InstanceTypeSchema),
  /** Page to return, from 1 (default 1). */
  PageNumber: z.optional(PageNumberSchema),
  /** Entries per page, 1–100 (default 20). */
  PageSize: z.optional(PageSizeSchema),
};

const Result = {
  /** The route entries of this page. */
  CenRouteEntries: z.optional(
    z.array(
      result({
        /** Destination of the route, a CIDR block. */
        DestinationCidrBlock: z.string(),
        /** The CEN. */
        CenId: z.optional(z.string()),
        /** The attached instance the route comes from. */
        InstanceId: z.optional(z.string()),
        /** Region of that instance. */
        InstanceRegionId: z.optional(z.string()),
        /** `"VPC"` or `"DCGW"`. */
        InstanceType: z.optional(openEnum<InstanceType>()),
        /** Whether the route is published to the CEN (values not documented). */
        PublishStatus: z.optional(z.string()),
        /** Status of the route (values not documented). */
        Status: z.optional(z.string()),
        /** Kind of route (values not documented). */
        Type: z.optional(z.string()),
        /** AS path of the route. */
        AsPath: z.optional(z.array(z.string())),
      }),
    ),
  ),
  /** Number of this page. */
  PageNumber: z.optional(z.number()),
  /** Size of the pages. */
  PageSize: z.optional(z.number()),
  /** How many entries match, over every page. */
  TotalCount: z.optional(z.number()),
};

/** Parameters of {@link DescribeCenRouteEntries}. None is required. */
export interface DescribeCenRouteEntriesInput extends In<typeof Params> {}
/** `Result` of {@link DescribeCenRouteEntries}. */
export interface DescribeCenRouteEntriesOutput extends Out<typeof Result> {}

/**
 * cen `DescribeCenRouteEntries`: lists the route entries the attached instances bring to a CEN, a page at
 * a time; `paginate` walks every page.
 *
 * @example
 * ```ts
 * for await (const route of paginate(volc, DescribeCenRouteEntries, { CenId })) {
 *   console.log(route.DestinationCidrBlock, route.PublishStatus);
 * }
 * ```
 */
export const DescribeCenRouteEntries: PagedOperation<
  DescribeCenRouteEntriesInput,
  DescribeCenRouteEntriesOutput,
  "CenRouteEntries"
> = cenOperation({
  action: "DescribeCenRouteEntries",
  input: params(Params),
  output: result(Result),
  idempotent: true,
  paging: { style: "PageNumber", items: "CenRouteEntries" },
});
