import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { TagsSchema } from "../../shared/tags.js";
import { idList } from "../id-list.js";
import { cenOperation } from "../operation.js";
import { TaggedResourceTypeSchema } from "../tags.js";

const Params = {
  /** `"cen"` or `"cenbandwidthpackage"` (lower case). */
  ResourceType: TaggedResourceTypeSchema,
  /** The resources to tag: at most 50 ids, sent as `ResourceIds.N`. */
  ResourceIds: idList(50),
  /**
   * Up to 20 tags, sent as `Tags.N.Key` / `Tags.N.Value`; keys unique, not `volc:…` or `sys:…`. A key the
   * resource already has gets the new value; a resource holds at most 50 tags.
   */
  Tags: z.optional(TagsSchema),
};

const Result = {};

/** Parameters of {@link TagResources}. */
export interface TagResourcesInput extends In<typeof Params> {}
/** `Result` of {@link TagResources}: empty. */
export interface TagResourcesOutput extends Out<typeof Result> {}

/**
 * cen `TagResources`: adds tags to CENs or bandwidth packages (or changes their values).
 *
 * @example
 * ```ts
 * await volc.send(TagResources, { ResourceType: "cen", ResourceIds: [CenId], Tags: [{ Key: "team", Value: "net" }] });
 * ```
 */
export const TagResources: Operation<TagResourcesInput, TagResourcesOutput> = cenOperation({
  action: "TagResources",
  input: params(Params),
  output: result(Result),
});
