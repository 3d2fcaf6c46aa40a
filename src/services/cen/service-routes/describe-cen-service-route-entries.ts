import * as z from "zod/mini";
import type { PagedOperation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { openEnum } from "../../shared/open-enum.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { CidrSchema } from "../cidr.js";
import type { InstanceType } from "../instance-type.js";
import { cenOperation } from "../operation.js";
import { PageNumberSchema, PageSizeSchema } from "../paging.js";
import type { PublishMode } from "../routes.js";

const Params = {
  /** Only the service routes of this CEN. */
  CenId: z.optional(IdSchema),
  /** Only these route entries, sent as `CenRouteEntryIds.N`. */
  CenRouteEntryIds: z.optional(z.array(IdSchema)),
  /** Only the route for this CIDR block. */
  DestinationCidrBlock: z.optional(CidrSchema),
  /** Only the routes of services in this region. */
  ServiceRegionId: z.optional(IdSchema),
  /** Only the routes through this VPC. */
  ServiceVpcId: z.optional(IdSchema),
  /** Page to return, from 1 (default 1). */
  PageNumber: z.optional(PageNumberSchema),
  /** Routes per page, 1–100 (default 20). */
  PageSize: z.optional(PageSizeSchema),
};

const Result = {
  /** The service routes of this page. */
  ServiceRouteEntries: z.optional(
    z.array(
      result({
        /** The cloud service's CIDR block. */
        DestinationCidrBlock: z.string(),
        /** The CEN. */
        CenId: z.optional(z.string()),
        /** Region of the service. */
        ServiceRegionId: z.optional(z.string()),
        /** The VPC through which the service is reached. */
        ServiceVpcId: z.optional(z.string()),
        /** Description. */
        Description: z.optional(z.string()),
        /** `"LocalDCGW"` or `"Custom"`. */
        PublishMode: z.optional(openEnum<PublishMode>()),
        /** With `Custom`: the instances the route is published to. */
        PublishToInstances: z.optional(
          z.array(
            result({
              /** Id of the instance. */
              InstanceId: z.optional(z.string()),
              /** Region of the instance. */
              InstanceRegionId: z.optional(z.string()),
              /** `"VPC"` or `"DCGW"`. */
              InstanceType: z.optional(openEnum<InstanceType>()),
            }),
          ),
        ),
        /** Status of the route. */
        Status: z.optional(z.string()),
        /** When it was created, ISO 8601 with offset. */
        CreationTime: z.optional(z.string()),
      }),
    ),
  ),
  /** Number of this page. */
  PageNumber: z.optional(z.number()),
  /** Size of the pages. */
  PageSize: z.optional(z.number()),
  /** How many routes match, over every page. */
  TotalCount: z.optional(z.number()),
};

/** Parameters of {@link DescribeCenServiceRouteEntries}. None is required. */
export interface DescribeCenServiceRouteEntriesInput extends In<typeof Params> {}
/** `Result` of {@link DescribeCenServiceRouteEntries}. */
export interface DescribeCenServiceRouteEntriesOutput extends Out<typeof Result> {}

/**
 * cen `DescribeCenServiceRouteEntries`: lists service routes, a page at a time; `paginate` walks every
 * page.
 *
 * @example
 * ```ts
 * for await (const route of paginate(volc, DescribeCenServiceRouteEntries, { CenId })) console.log(route.DestinationCidrBlock);
 * ```
 */
export const DescribeCenServiceRouteEntries: PagedOperation<
  DescribeCenServiceRouteEntriesInput,
  DescribeCenServiceRouteEntriesOutput,
  "ServiceRouteEntries"
> = cenOperation({
  action: "DescribeCenServiceRouteEntries",
  input: params(Params),
  output: result(Result),
  idempotent: true,
  paging: { style: "PageNumber", items: "ServiceRouteEntries" },
});
