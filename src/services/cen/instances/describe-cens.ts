import * as z from "zod/mini";
import type { PagedOperation } from "../../../client/operation.js";
import { FreeTextSchema, ProjectNameSchema } from "../../shared/free-text.js";
import { openEnum } from "../../shared/open-enum.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { idList } from "../id-list.js";
import { cenOperation } from "../operation.js";
import { PageNumberSchema, PageSizeSchema } from "../paging.js";
import type { CenStatus } from "../statuses.js";
import { TagFiltersSchema, TagResultsSchema } from "../tags.js";

const Params = {
  /** Only these CENs: at most 100 ids, sent as `CenIds.N`. */
  CenIds: z.optional(idList(100)),
  /** Only the CENs with this name. */
  CenName: z.optional(FreeTextSchema),
  /** Only the CENs of this project. */
  ProjectName: z.optional(ProjectNameSchema),
  /**
   * Only the CENs with these tags: at most 10 keys, all required (`TagFilters.N.Key`,
   * `TagFilters.N.Values.M`). Filtered by tag, at most the first 1,000 matches are returned.
   */
  TagFilters: z.optional(TagFiltersSchema),
  /** Page to return, from 1 (default 1). */
  PageNumber: z.optional(PageNumberSchema),
  /** CENs per page, 1–100 (default 20). */
  PageSize: z.optional(PageSizeSchema),
};

const Result = {
  /** The CENs of this page. */
  Cens: z.optional(
    z.array(
      result({
        /** Id of the CEN. */
        CenId: z.string(),
        /** Name of the CEN. */
        CenName: z.optional(z.string()),
        /** Description of the CEN. */
        Description: z.optional(z.string()),
        /** `Creating`, `Deleting`, `Pending` (being configured) or `Available`. */
        Status: z.optional(openEnum<CenStatus>()),
        /** Account that owns the CEN. */
        AccountId: z.optional(z.string()),
        /** Bandwidth packages associated with the CEN (absent or null when none). */
        CenBandwidthPackageIds: z.optional(z.array(z.string())),
        /** Project of the CEN. */
        ProjectName: z.optional(z.string()),
        /** Tags of the CEN. */
        Tags: TagResultsSchema,
        /** When it was created, ISO 8601 with offset, e.g. `"2021-04-09T08:36:47+08:00"`. */
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
  /** How many CENs match, over every page. */
  TotalCount: z.optional(z.number()),
};

/** Parameters of {@link DescribeCens}. None is required. */
export interface DescribeCensInput extends In<typeof Params> {}
/** `Result` of {@link DescribeCens}. */
export interface DescribeCensOutput extends Out<typeof Result> {}

/**
 * cen `DescribeCens`: lists CEN instances, a page at a time (`PageNumber`/`PageSize`); `paginate` walks
 * every page.
 *
 * @example
 * ```ts
 * for await (const cen of paginate(volc, DescribeCens, { TagFilters: [{ Key: "env", Values: ["prod"] }] })) {
 *   console.log(cen.CenId, cen.Status);
 * }
 * ```
 */
export const DescribeCens: PagedOperation<DescribeCensInput, DescribeCensOutput, "Cens"> = cenOperation({
  action: "DescribeCens",
  input: params(Params),
  output: result(Result),
  idempotent: true,
  paging: { style: "PageNumber", items: "Cens" },
});
