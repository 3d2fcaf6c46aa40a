import * as z from "zod/mini";
import { FreeTextSchema, IdSchema } from "../shared/free-text.js";
import { type BoundedList, boundedList } from "../shared/list.js";
import { result } from "../shared/shape.js";

/** At most this many `TagFilters` (keys) in one request. */
const MAX_TAG_FILTERS = 10;

/**
 * The fields of one tag filter of `DescribeCens` and `DescribeCenBandwidthPackages`. A named type, so that
 * the descriptions reach the published types of every operation that takes one.
 */
export type TagFilterFields = {
  /** Tag key the resource must have. */
  Key: z.ZodMiniString<string>;
  /** Values of that key that match (any of them); left out: any value. */
  Values: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
};

const TagFilter: TagFilterFields = { Key: IdSchema, Values: z.optional(z.array(FreeTextSchema)) };

/**
 * `TagFilters` of `DescribeCens` and `DescribeCenBandwidthPackages`: at most 10 keys, ANDed; sent as
 * `TagFilters.N.Key` and `TagFilters.N.Values.M`.
 */
export const TagFiltersSchema: BoundedList<z.ZodMiniObject<TagFilterFields, z.core.$strict>> = boundedList(
  z.strictObject(TagFilter),
  MAX_TAG_FILTERS,
  "tag filters",
);

/** The fields of one tag filter of `ListTagsForResources`, where a key takes at most 3 values. */
export type ResourceTagFilterFields = {
  /** Tag key the resource must have. */
  Key: z.ZodMiniString<string>;
  /** At most 3 values of that key that match (any of them); left out: any value. */
  Values: z.ZodMiniOptional<BoundedList<z.ZodMiniString<string>>>;
};

const ResourceTagFilter: ResourceTagFilterFields = {
  Key: IdSchema,
  Values: z.optional(boundedList(FreeTextSchema, 3, "values")),
};

/** `TagFilters` of `ListTagsForResources`: at most 10 keys (ANDed), at most 3 values per key. */
export const ResourceTagFiltersSchema: BoundedList<z.ZodMiniObject<ResourceTagFilterFields, z.core.$strict>> =
  boundedList(z.strictObject(ResourceTagFilter), MAX_TAG_FILTERS, "tag filters");

/** The fields of a tag in an answer (`Tags[]` of a CEN or a bandwidth package). */
export type TagResultFields = {
  /** The tag's key. */
  Key: z.ZodMiniString<string>;
  /** The tag's value (empty when it has none). */
  Value: z.ZodMiniOptional<z.ZodMiniString<string>>;
};

const TagResultShape: TagResultFields = { Key: z.string(), Value: z.optional(z.string()) };

/** The tags of a resource as the API answers them. */
export const TagResultsSchema: z.ZodMiniOptional<
  z.ZodMiniArray<z.ZodMiniObject<TagResultFields, z.core.$strip>>
> = z.optional(z.array(result(TagResultShape)));

/**
 * Resource types that carry tags (`ResourceType` of the tag operations), in lower case as the API takes
 * them.
 */
export const TaggedResourceType = {
  /** A CEN instance. */
  Cen: "cen",
  /** A CEN bandwidth package. */
  CenBandwidthPackage: "cenbandwidthpackage",
} as const;
/** `"cen"` or `"cenbandwidthpackage"`. */
export type TaggedResourceType = (typeof TaggedResourceType)[keyof typeof TaggedResourceType];

/** `ResourceType`: `"cen"` or `"cenbandwidthpackage"`. */
export const TaggedResourceTypeSchema = z.enum(TaggedResourceType, {
  error: (issue) =>
    issue.input === undefined
      ? undefined
      : `must be "cen" or "cenbandwidthpackage" (lower case); got ${JSON.stringify(issue.input)}`,
});
