import * as z from "zod/mini";
import type { PagedOperation } from "../../../client/operation.js";
import { FreeTextSchema, IdSchema, ProjectNameSchema } from "../../shared/free-text.js";
import { openCode } from "../../shared/open-code.js";
import { openEnum } from "../../shared/open-enum.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import type { BillingType } from "../billing-type.js";
import { type GeographicRegionSetId, GeographicRegionSetIdSchema } from "../geographic-region-set.js";
import { idList } from "../id-list.js";
import { cenOperation } from "../operation.js";
import { PackagePageSizeSchema, PageNumberSchema } from "../paging.js";
import type { CenBandwidthPackageStatus } from "../statuses.js";
import { TagFiltersSchema, TagResultsSchema } from "../tags.js";

const Params = {
  /** Only these packages: at most 100 ids, sent as `CenBandwidthPackageIds.N`. */
  CenBandwidthPackageIds: z.optional(idList(100)),
  /** Only the packages with this name. */
  CenBandwidthPackageName: z.optional(FreeTextSchema),
  /** Only the packages associated with this CEN. */
  CenId: z.optional(IdSchema),
  /** Only the packages whose local end is `"China"` or `"Asia"`. */
  LocalGeographicRegionSetId: z.optional(GeographicRegionSetIdSchema),
  /** Only the packages whose peer end is `"China"` or `"Asia"`. */
  PeerGeographicRegionSetId: z.optional(GeographicRegionSetIdSchema),
  /** Only the packages of this project. */
  ProjectName: z.optional(ProjectNameSchema),
  /**
   * Only the packages with these tags: at most 10 keys, all required (`TagFilters.N.Key`,
   * `TagFilters.N.Values.M`). Filtered by tag, at most the first 1,000 matches are returned.
   */
  TagFilters: z.optional(TagFiltersSchema),
  /** Page to return, from 1 (default 1). */
  PageNumber: z.optional(PageNumberSchema),
  /** Packages per page, 1–50 (default 10). */
  PageSize: z.optional(PackagePageSizeSchema),
};

const Result = {
  /** The bandwidth packages of this page. */
  CenBandwidthPackages: z.optional(
    z.array(
      result({
        /** Id of the package. */
        CenBandwidthPackageId: z.string(),
        /** Name of the package. */
        CenBandwidthPackageName: z.optional(z.string()),
        /** Description of the package. */
        Description: z.optional(z.string()),
        /** `Creating`, `Deleting`, `Pending`, `Available` (no CEN associated) or `InUse` (associated). */
        Status: z.optional(openEnum<CenBandwidthPackageStatus>()),
        /** Business status: `Normal`, or a lock state. */
        Business: z.optional(z.string()),
        /** Peak bandwidth in Mbps. */
        Bandwidth: z.optional(z.number()),
        /** Bandwidth not yet allocated to inter-region bandwidths, in Mbps. */
        RemainingBandwidth: z.optional(z.number()),
        /** `1` prepaid, `4` 95th-percentile peak. */
        BillingType: z.optional(openCode<BillingType>()),
        /** CENs the package is associated with. */
        CenIds: z.optional(z.array(z.string())),
        /** Local end: `"China"` or `"Asia"`. */
        LocalGeographicRegionSetId: z.optional(openEnum<GeographicRegionSetId>()),
        /** Peer end: `"China"` or `"Asia"`. */
        PeerGeographicRegionSetId: z.optional(openEnum<GeographicRegionSetId>()),
        /** Cross-border line operator. */
        LineOperator: z.optional(z.string()),
        /** Account that owns the package. */
        AccountId: z.optional(z.string()),
        /** Project of the package. */
        ProjectName: z.optional(z.string()),
        /** Tags of the package. */
        Tags: TagResultsSchema,
        /** When it was created, ISO 8601 with offset. */
        CreationTime: z.optional(z.string()),
        /** When it last changed, ISO 8601 with offset. */
        UpdateTime: z.optional(z.string()),
        /** When it last changed, as the list also reports it. */
        UpdatedAt: z.optional(z.string()),
        /** When a prepaid package expires, `YYYY-MM-DD HH:mm:ss`. */
        ExpiredTime: z.optional(z.string()),
        /** When it was deleted, if it was. */
        DeletedTime: z.optional(z.string()),
      }),
    ),
  ),
  /** Number of this page. */
  PageNumber: z.optional(z.number()),
  /** Size of the pages. */
  PageSize: z.optional(z.number()),
  /** How many packages match, over every page. */
  TotalCount: z.optional(z.number()),
};

/** Parameters of {@link DescribeCenBandwidthPackages}. None is required. */
export interface DescribeCenBandwidthPackagesInput extends In<typeof Params> {}
/** `Result` of {@link DescribeCenBandwidthPackages}. */
export interface DescribeCenBandwidthPackagesOutput extends Out<typeof Result> {}

/**
 * cen `DescribeCenBandwidthPackages`: lists bandwidth packages, at most 50 a page (`PageSize` 1–50, default
 * 10); `paginate` walks every page.
 *
 * @example
 * ```ts
 * for await (const pkg of paginate(volc, DescribeCenBandwidthPackages, { PageSize: 50 })) {
 *   console.log(pkg.CenBandwidthPackageId, pkg.Status, pkg.RemainingBandwidth);
 * }
 * ```
 */
export const DescribeCenBandwidthPackages: PagedOperation<
  DescribeCenBandwidthPackagesInput,
  DescribeCenBandwidthPackagesOutput,
  "CenBandwidthPackages"
> = cenOperation({
  action: "DescribeCenBandwidthPackages",
  input: params(Params),
  output: result(Result),
  idempotent: true,
  paging: { style: "PageNumber", items: "CenBandwidthPackages" },
});
