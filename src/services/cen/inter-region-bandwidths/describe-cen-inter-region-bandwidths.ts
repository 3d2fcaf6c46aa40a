import * as z from "zod/mini";
import type { PagedOperation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { openEnum } from "../../shared/open-enum.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { idList } from "../id-list.js";
import { cenOperation } from "../operation.js";
import { PageNumberSchema, PageSizeSchema } from "../paging.js";
import type { InterRegionBandwidthStatus } from "../statuses.js";

const Params = {
  /** Only the bandwidths of this CEN. */
  CenId: z.optional(IdSchema),
  /** Only these bandwidths: at most 100 ids, sent as `InterRegionBandwidthIds.N`. */
  InterRegionBandwidthIds: z.optional(idList(100)),
  /** Page to return, from 1 (default 1). */
  PageNumber: z.optional(PageNumberSchema),
  /** Bandwidths per page, 1–100 (default 20). */
  PageSize: z.optional(PageSizeSchema),
};

const Result = {
  /** The inter-region bandwidths of this page. */
  InterRegionBandwidths: z.optional(
    z.array(
      result({
        /** Id of the inter-region bandwidth. */
        InterRegionBandwidthId: z.string(),
        /** The CEN. */
        CenId: z.optional(z.string()),
        /** The package it is allocated from. */
        CenBandwidthPackageId: z.optional(z.string()),
        /** One region of the pair. */
        LocalRegionId: z.optional(z.string()),
        /** The other region. */
        PeerRegionId: z.optional(z.string()),
        /** Bandwidth in Mbps. */
        Bandwidth: z.optional(z.number()),
        /** `Creating`, `Deleting`, `Pending` or `Available`. */
        Status: z.optional(openEnum<InterRegionBandwidthStatus>()),
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
  /** How many bandwidths match, over every page. */
  TotalCount: z.optional(z.number()),
};

/** Parameters of {@link DescribeCenInterRegionBandwidths}. None is required. */
export interface DescribeCenInterRegionBandwidthsInput extends In<typeof Params> {}
/** `Result` of {@link DescribeCenInterRegionBandwidths}. */
export interface DescribeCenInterRegionBandwidthsOutput extends Out<typeof Result> {}

/**
 * cen `DescribeCenInterRegionBandwidths`: lists inter-region bandwidths, a page at a time; `paginate`
 * walks every page.
 *
 * @example
 * ```ts
 * for await (const irb of paginate(volc, DescribeCenInterRegionBandwidths, { CenId })) console.log(irb.Bandwidth);
 * ```
 */
export const DescribeCenInterRegionBandwidths: PagedOperation<
  DescribeCenInterRegionBandwidthsInput,
  DescribeCenInterRegionBandwidthsOutput,
  "InterRegionBandwidths"
> = cenOperation({
  action: "DescribeCenInterRegionBandwidths",
  input: params(Params),
  output: result(Result),
  idempotent: true,
  paging: { style: "PageNumber", items: "InterRegionBandwidths" },
});
