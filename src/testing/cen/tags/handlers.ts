import { ListTagsForResources } from "../../../services/cen/tags/list-tags-for-resources.js";
import { TagResources } from "../../../services/cen/tags/tag-resources.js";
import { UntagResources } from "../../../services/cen/tags/untag-resources.js";
import { apiError, formatMessage, GatewayErrors } from "../../api-error.js";
import { defineHandler, type HandlerContext } from "../../handler.js";
import { pageByToken } from "../../store/paging.js";
import {
  matchesAny,
  matchesTagFilters,
  removeTags,
  setTags,
  type TagRecord,
  toTagRecords,
} from "../../store/tags.js";
import { CenErrors } from "../errors.js";
import { RESOURCE_RULES, TAG_RULES } from "../issue-rules.js";

/** At most this many tags on one resource. */
const MAX_TAGS_PER_RESOURCE = 50;

/** A resource that carries tags: its id and its tag list. */
interface Tagged {
  id: string;
  Tags: TagRecord[];
}

/** Every CEN or every bandwidth package, as tagged resources. */
function resourcesOf(ctx: HandlerContext, type: "cen" | "cenbandwidthpackage"): Tagged[] {
  return type === "cen"
    ? ctx.state.cen.cens.list().map((c) => ({ id: c.CenId, Tags: c.Tags }))
    : ctx.state.cen.bandwidthPackages.list().map((p) => ({ id: p.CenBandwidthPackageId, Tags: p.Tags }));
}

/** The resources named, all of which must exist (`InvalidResource.NotFound` 404). */
function named(ctx: HandlerContext, type: "cen" | "cenbandwidthpackage", ids: readonly string[]): Tagged[] {
  const all = resourcesOf(ctx, type);
  return ids.map((id) => {
    const found = all.find((r) => r.id === id);
    if (found === undefined) throw apiError(CenErrors.ResourceNotFound, `(${type} ${id})`);
    return found;
  });
}

/** cen `TagResources`: adds or overwrites tags; a resource keeps at most 50 (`LimitExceeded.Tags`). */
export const tagResourcesHandler = defineHandler({
  operation: TagResources,
  issueRules: [...RESOURCE_RULES, ...TAG_RULES],
  handle(input, ctx) {
    const resources = named(ctx, input.ResourceType, input.ResourceIds);
    const tags = toTagRecords(input.Tags);
    for (const resource of resources) {
      const keys = new Set([...resource.Tags, ...tags].map((t) => t.Key));
      if (keys.size > MAX_TAGS_PER_RESOURCE) {
        throw apiError(
          CenErrors.TooManyTags,
          `${resource.id} would have ${keys.size} tags; at most ${MAX_TAGS_PER_RESOURCE}.`,
        );
      }
    }
    for (const resource of resources) setTags(resource.Tags, tags);
    return {};
  },
});

/** cen `UntagResources`: removes tags by key (keys a resource lacks are ignored). */
export const untagResourcesHandler = defineHandler({
  operation: UntagResources,
  issueRules: [
    ...RESOURCE_RULES,
    { path: /^TagKeys\.\d+$/, error: CenErrors.InvalidTagKey },
    { path: /^TagKeys$/, when: (i) => Array.isArray(i.value), error: CenErrors.TooManyTags },
  ],
  handle(input, ctx) {
    for (const resource of named(ctx, input.ResourceType, input.ResourceIds))
      removeTags(resource.Tags, input.TagKeys);
    return {};
  },
});

/**
 * cen `ListTagsForResources`: one entry per tag, 10 a page by default, paged by `NextToken`. Every tag the
 * emulator keeps is a custom one: `TagType` `system` lists none.
 */
export const listTagsForResourcesHandler = defineHandler({
  operation: ListTagsForResources,
  issueRules: RESOURCE_RULES,
  handle(input, ctx) {
    const type = input.ResourceType;
    const entries =
      input.TagType === "system"
        ? []
        : resourcesOf(ctx, type)
            .filter((r) => matchesAny(r.id, input.ResourceIds) && matchesTagFilters(r.Tags, input.TagFilters))
            .flatMap((r) =>
              r.Tags.map((t) => ({ ResourceId: r.id, ResourceType: type, TagKey: t.Key, TagValue: t.Value })),
            );
    const spec = GatewayErrors.InvalidParameter;
    const { page, NextToken } = pageByToken(entries, input, 10, {
      ...spec,
      message: formatMessage(spec.message, "NextToken"),
    });
    return { ResourceTags: page, NextToken };
  },
});

/** The emulated actions of tags. */
export const TAG_HANDLERS = [tagResourcesHandler, untagResourcesHandler, listTagsForResourcesHandler];
