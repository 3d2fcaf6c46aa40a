import * as z from "zod/mini";
import type { PagedOperation } from "../../../client/operation.js";
import { FreeTextSchema, IdSchema, ProjectNameSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { GeographicRegionSetIdSchema } from "../geographic-region-set.js";
import { idList } from "../id-list.js";
import { cenOperation } from "../operation.js";
import { PackagePageSizeSchema, PageNumberSchema } from "../paging.js";
import { TagFiltersSchema } from "../tags.js";
import { Package, type PackageFields } from "./package-fields.js";

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

const ItemOwn = {
  /** Business status: `Normal`, or a lock state (the list names it `Business`). */
  Business: z.optional(z.string()),
  /** When it last changed, as the list also reports it. */
  UpdatedAt: z.optional(z.string()),
};
/** One package of a page. */
const Item: PackageFields & typeof ItemOwn = { ...Package, ...ItemOwn };

const Result = {
  /** The bandwidth packages of this page. */
  CenBandwidthPackages: z.optional(z.array(result(Item))),
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
