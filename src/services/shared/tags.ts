import * as z from "zod/mini";
import { TAG_CHARS } from "./charsets.js";
import { type BoundedList, boundedList } from "./list.js";
import { result } from "./shape.js";
import { text, textRuleCheck } from "./text-rule.js";

/** At most this many tags go with one request. */
export const MAX_TAGS = 20;

const noEdgeSpaces = (value: string) =>
  value.startsWith(" ") || value.endsWith(" ") ? "must not start or end with a space" : undefined;

const noReservedPrefix = (value: string) =>
  /^(volc|sys):/i.test(value)
    ? 'must not start with "volc:" or "sys:" (in any letter case): those keys are the system\'s'
    : undefined;

/**
 * A tag key (`Tags.N.Key`): 1–128 characters, case-sensitive, not starting with `volc:` or `sys:` in any
 * letter case (reserved for the system), no leading or trailing space, made of letters, digits, space
 * and `_ . : / = + - @`.
 */
export const TagKeySchema: z.ZodMiniString<string> = z
  .string({ error: missingKey })
  .check(textRuleCheck({ min: 1, max: 128, allowed: TAG_CHARS, more: [noReservedPrefix, noEdgeSpaces] }));

/** A tag value (`Tags.N.Value`): 0–256 characters, same characters as a key, no leading or trailing space. */
export const TagValueSchema: z.ZodMiniString<string> = text({
  min: 0,
  max: 256,
  allowed: TAG_CHARS,
  more: [noEdgeSpaces],
});

/**
 * The fields of one tag. Written out as a named type so that their descriptions reach the published
 * types of every operation that takes tags (a shape from another file would be printed without them).
 */
export type TagFields = {
  /** 1–128 characters: letters, digits, space and `_ . : / = + @ -`; not `volc:…` or `sys:…`. */
  Key: z.ZodMiniString<string>;
  /** 0–256 characters, same characters as the key. */
  Value: z.ZodMiniOptional<z.ZodMiniString<string>>;
};

const TagParams: TagFields = { Key: TagKeySchema, Value: z.optional(TagValueSchema) };

/**
 * One tag. `Key` is required: the API rejects a value sent without its key. Sent as `Tags.N.Key` /
 * `Tags.N.Value`.
 */
export const TagSchema: z.ZodMiniObject<TagFields, z.core.$strict> = z.strictObject(TagParams);

/**
 * A tag as the caller writes it.
 *
 * @example
 * ```ts
 * const tag: Tag = { Key: "env", Value: "prod" };
 * ```
 */
export type Tag = z.input<typeof TagSchema>;

/** Keys must be unique within a request: each repeat is reported at its own `Tags.N.Key`. */
const uniqueKeys = z.superRefine<unknown[]>(
  (tags, ctx) => {
    const seen = new Map<string, number>();
    tags.forEach((tag, index) => {
      const key = keyOf(tag);
      if (key === undefined) return;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, index);
        return;
      }
      ctx.addIssue({
        code: "custom",
        message: `duplicate tag key ${JSON.stringify(key)} (first given as tag ${first + 1}); keys must be unique`,
        path: [index, "Key"],
        input: key,
      });
    });
  },
  { when: (payload) => Array.isArray(payload.value) },
);

/**
 * The tag list of a call (`Tags`): at most 20 tags, keys unique within the request.
 *
 * @example
 * ```ts
 * const Params = { Tags: z.optional(TagsSchema) };
 * ```
 */
export const TagsSchema: BoundedList<typeof TagSchema> = boundedList(TagSchema, MAX_TAGS, "tags", [
  uniqueKeys,
]);

/** A tag of a resource as the API answers it. */
export const TagResult = result({
  /** The tag's key. */
  Key: z.string(),
  /** The tag's value (empty when it has none). */
  Value: z.optional(z.string()),
});

function keyOf(tag: unknown): string | undefined {
  if (typeof tag !== "object" || tag === null || !("Key" in tag)) return undefined;
  return typeof tag.Key === "string" ? tag.Key : undefined;
}

function missingKey(issue: { input?: unknown }): string | undefined {
  return issue.input === undefined
    ? "every tag needs a Key (a Value cannot be sent without its key)"
    : undefined;
}
