import * as z from "zod/mini";
import type { PagedOperation } from "../../../client/operation.js";
import { FreeTextSchema } from "../../shared/free-text.js";
import { openEnum } from "../../shared/open-enum.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { idList } from "../id-list.js";
import { cenOperation } from "../operation.js";
import { MaxResultsSchema } from "../paging.js";
import { ResourceTagFiltersSchema, type TaggedResourceType, TaggedResourceTypeSchema } from "../tags.js";

/** `TagType`: user tags or system tags. */
const TagTypeSchema = z.enum(["custom", "system"], {
  error: (issue) =>
    issue.input === undefined
      ? undefined
      : `must be "custom" or "system"; got ${JSON.stringify(issue.input)}`,
});

const Params = {
  /** `"cen"` or `"cenbandwidthpackage"` (lower case). */
  ResourceType: TaggedResourceTypeSchema,
  /** Only these resources: at most 50 ids, sent as `ResourceIds.N`. */
  ResourceIds: z.optional(idList(50)),
  /**
   * Only the resources with these tags: at most 10 keys, all required, with at most 3 values each
   * (`TagFilters.N.Key`, `TagFilters.N.Values.M`).
   */
  TagFilters: z.optional(ResourceTagFiltersSchema),
  /** `"custom"` (user tags) or `"system"`; left out: both. */
  TagType: z.optional(TagTypeSchema),
  /** Tags per page, 1–100 (default 10). */
  MaxResults: z.optional(MaxResultsSchema),
  /** Where to go on: the `NextToken` of the previous page. */
  NextToken: z.optional(FreeTextSchema),
};

const Result = {
  /** One entry per tag of each resource, on this page. */
  ResourceTags: z.optional(
    z.array(
      result({
        /** Id of the resource. */
        ResourceId: z.string(),
        /** `"cen"` or `"cenbandwidthpackage"`. */
        ResourceType: z.optional(openEnum<TaggedResourceType>()),
        /** The tag's key. */
        TagKey: z.optional(z.string()),
        /** The tag's value. */
        TagValue: z.optional(z.string()),
      }),
    ),
  ),
  /** Token of the next page; empty or absent on the last. */
  NextToken: z.optional(z.string()),
};

/** Parameters of {@link ListTagsForResources}. */
export interface ListTagsForResourcesInput extends In<typeof Params> {}
/** `Result` of {@link ListTagsForResources}. */
export interface ListTagsForResourcesOutput extends Out<typeof Result> {}

/**
 * cen `ListTagsForResources`: the tags of CENs or bandwidth packages, one entry per tag, paged by
 * `NextToken`/`MaxResults`; `paginate` follows the tokens.
 *
 * @example
 * ```ts
 * for await (const tag of paginate(volc, ListTagsForResources, { ResourceType: "cen", ResourceIds: [CenId] })) {
 *   console.log(tag.ResourceId, tag.TagKey, tag.TagValue);
 * }
 * ```
 */
export const ListTagsForResources: PagedOperation<
  ListTagsForResourcesInput,
  ListTagsForResourcesOutput,
  "ResourceTags"
> = cenOperation({
  action: "ListTagsForResources",
  input: params(Params),
  output: result(Result),
  idempotent: true,
  paging: { style: "NextToken", items: "ResourceTags" },
});
