import * as z from "zod/mini";
import type { PagedOperation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { openEnum } from "../../shared/open-enum.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { CidrSchema } from "../cidr.js";
import { cenOperation } from "../operation.js";
import { PageNumberSchema, PageSizeSchema } from "../paging.js";
import type { SummaryRouteStatus } from "../statuses.js";

const Params = {
  /** The CEN whose summary routes to list. */
  CenId: IdSchema,
  /** Only the summary route for this CIDR block. */
  DestinationCidrBlock: z.optional(CidrSchema),
  /** Page to return, from 1 (default 1). */
  PageNumber: z.optional(PageNumberSchema),
  /** Routes per page, 1–100 (default 20). */
  PageSize: z.optional(PageSizeSchema),
};

const Result = {
  /** The summary routes of this page. */
  CenSummaryRouteEntries: z.optional(
    z.array(
      result({
        /** The summary's CIDR block. */
        DestinationCidrBlock: z.string(),
        /** The CEN. */
        CenId: z.optional(z.string()),
        /** Description. */
        Description: z.optional(z.string()),
        /** `Available`, `Pending` or `Conflicted`. */
        Status: z.optional(openEnum<SummaryRouteStatus>()),
        /** When it was created, ISO 8601 with offset. */
        CreationTime: z.optional(z.string()),
        /** When it last changed, ISO 8601 with offset. */
        UpdateTime: z.optional(z.string()),
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

/** Parameters of {@link DescribeCenSummaryRouteEntries}. */
export interface DescribeCenSummaryRouteEntriesInput extends In<typeof Params> {}
/** `Result` of {@link DescribeCenSummaryRouteEntries}. */
export interface DescribeCenSummaryRouteEntriesOutput extends Out<typeof Result> {}

/**
 * cen `DescribeCenSummaryRouteEntries`: lists a CEN's summary routes, a page at a time; `paginate` walks
 * every page.
 *
 * @example
 * ```ts
 * for await (const route of paginate(volc, DescribeCenSummaryRouteEntries, { CenId })) console.log(route.Status);
 * ```
 */
export const DescribeCenSummaryRouteEntries: PagedOperation<
  DescribeCenSummaryRouteEntriesInput,
  DescribeCenSummaryRouteEntriesOutput,
  "CenSummaryRouteEntries"
> = cenOperation({
  action: "DescribeCenSummaryRouteEntries",
  input: params(Params),
  output: result(Result),
  idempotent: true,
  paging: { style: "PageNumber", items: "CenSummaryRouteEntries" },
});
