import type { Operation } from "../../../client/operation.js";
import { boundedList } from "../../shared/list.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { TagKeySchema } from "../../shared/tags.js";
import { idList } from "../id-list.js";
import { cenOperation } from "../operation.js";
import { TaggedResourceTypeSchema } from "../tags.js";

const Params = {
  /** `"cen"` or `"cenbandwidthpackage"` (lower case). */
  ResourceType: TaggedResourceTypeSchema,
  /** The resources to untag: at most 50 ids, sent as `ResourceIds.N`. */
  ResourceIds: idList(50),
  /** Keys of the tags to remove: at most 20, sent as `TagKeys.N`. */
  TagKeys: boundedList(TagKeySchema, 20, "tag keys"),
};

const Result = {};

/** Parameters of {@link UntagResources}. */
export interface UntagResourcesInput extends In<typeof Params> {}
/** `Result` of {@link UntagResources}: empty. */
export interface UntagResourcesOutput extends Out<typeof Result> {}

/**
 * cen `UntagResources`: removes tags, by key, from CENs or bandwidth packages.
 *
 * @example
 * ```ts
 * await volc.send(UntagResources, { ResourceType: "cen", ResourceIds: [CenId], TagKeys: ["team"] });
 * ```
 */
export const UntagResources: Operation<UntagResourcesInput, UntagResourcesOutput> = cenOperation({
  action: "UntagResources",
  input: params(Params),
  output: result(Result),
});
