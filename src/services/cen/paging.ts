import * as z from "zod/mini";
import { integer, integerBetween } from "../shared/integer.js";

// The paging fields of the cen lists, with their documented ranges. Each list operation writes its own
// `PageNumber`/`PageSize` (or `MaxResults`/`NextToken`) fields, with their descriptions, from these.

/** `PageNumber`: which page, counted from 1 (the default). */
export const PageNumberSchema: z.ZodMiniNumber<number> = integer().check(
  z.refine((value) => !Number.isSafeInteger(value) || value >= 1, {
    error: (issue) => `must be at least 1 (pages are counted from 1); got ${String(issue.input)}`,
  }),
);

/** `PageSize` of every cen list but bandwidth packages: 1–100 (the service's default is 20). */
export const PageSizeSchema: z.ZodMiniNumber<number> = integerBetween(1, 100);

/** `PageSize` of `DescribeCenBandwidthPackages`: 1–50 (the service's default is 10). */
export const PackagePageSizeSchema: z.ZodMiniNumber<number> = integerBetween(1, 50);

/** `MaxResults` of `ListTagsForResources`: 1–100 (the service's default is 10). */
export const MaxResultsSchema: z.ZodMiniNumber<number> = integerBetween(1, 100);
