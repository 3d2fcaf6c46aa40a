import * as z from "zod/mini";
import { TAG_CHARS } from "./charsets.js";
import { text, textRuleCheck } from "./text-rule.js";

/** At most this many tags go with one request. */
export const MAX_TAGS = 20;

const noEdgeSpaces = (what: string) => (value: string) =>
  value.startsWith(" ") || value.endsWith(" ") ? `${what} must not start or end with a space` : undefined;

/**
 * A tag key (`Tags.N.Key`): 1–128 characters, case-sensitive, not starting with `volc:` in any letter
 * case (reserved for the system), no leading or trailing space, made of letters, digits, space and
 * `_ . : / = + - @`.
 */
export const TagKeySchema: z.ZodMiniString<string> = z.string({ error: missingKey }).check(
  textRuleCheck({
    what: "tag key",
    min: 1,
    max: 128,
    allowed: TAG_CHARS,
    more: [
      (value) =>
        /^volc:/i.test(value) ? 'tag key must not start with "volc:" (in any letter case)' : undefined,
      noEdgeSpaces("tag key"),
    ],
  }),
);

/** A tag value (`Tags.N.Value`): 0–256 characters, same characters as a key, no leading or trailing space. */
export const TagValueSchema: z.ZodMiniString<string> = text({
  what: "tag value",
  min: 0,
  max: 256,
  allowed: TAG_CHARS,
  more: [noEdgeSpaces("tag value")],
});

/**
 * One tag. `Key` is required: the API rejects a value sent without its key. Sent as `Tags.N.Key` /
 * `Tags.N.Value`.
 */
export const TagSchema = z.strictObject({
  Key: TagKeySchema,
  Value: z.optional(TagValueSchema),
});

/**
 * A tag as the caller writes it.
 *
 * @example
 * ```ts
 * const tag: Tag = { Key: "env", Value: "prod" };
 * ```
 */
export type Tag = z.input<typeof TagSchema>;

/**
 * The tag list of a create call (`Tags`): at most 20 tags, keys unique within the request.
 *
 * The count is checked by hand rather than with `z.maxLength`: zod stops at an oversized list without
 * looking at its items, and with an explicit abort that also silences the other fields' cross-field
 * checks. Here 21 tags are reported along with whatever else is wrong.
 *
 * @example
 * ```ts
 * const Input = z.strictObject({ Tags: z.optional(TagsSchema) });
 * ```
 */
export const TagsSchema = z.array(TagSchema).check(
  // Both checks take `when`: they run even when some tag has issues of its own (zod would skip them).
  z.superRefine<unknown[]>(
    (tags, ctx) => {
      if (tags.length > MAX_TAGS) {
        ctx.addIssue({
          code: "custom",
          message: `at most ${MAX_TAGS} tags; got ${tags.length}`,
          input: tags,
        });
      }
    },
    { when: (payload) => Array.isArray(payload.value) },
  ),
  z.superRefine<unknown[]>(
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
  ),
);

function keyOf(tag: unknown): string | undefined {
  if (typeof tag !== "object" || tag === null || !("Key" in tag)) return undefined;
  return typeof tag.Key === "string" ? tag.Key : undefined;
}

function missingKey(issue: { input?: unknown }): string | undefined {
  return issue.input === undefined
    ? "every tag needs a Key (a Value cannot be sent without its key)"
    : undefined;
}
