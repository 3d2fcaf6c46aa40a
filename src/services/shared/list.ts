import * as z from "zod/mini";

/**
 * The schema of a {@link boundedList}. Named, so that the item's fields keep their TSDoc in the published
 * types (a type computed from the item would be printed without it).
 */
export type BoundedList<T extends z.core.$ZodType> = z.ZodMiniPipe<
  z.ZodMiniCustom<z.input<T>[], z.input<T>[]>,
  z.ZodMiniArray<T>
>;

/**
 * A list parameter of at most `max` items (`CenIds.N`, `Tags.N`…), sent flattened as `Name.1`, `Name.2`….
 *
 * The count is checked by hand rather than with `z.maxLength`, which stops at an oversized list without
 * looking at its items and, with an explicit abort, silences the other fields' cross-field checks: 21
 * tags are reported along with whatever else is wrong. A list far beyond its limit (more than five times
 * it, and at least 100) is refused by its length alone before any item is read, so that a hostile
 * million-item list costs nothing.
 *
 * @example
 * ```ts
 * const Params = { CenIds: z.optional(boundedList(IdSchema, 100, "ids")) };
 * ```
 */
export function boundedList<T extends z.core.$ZodType>(
  item: T,
  max: number,
  noun: string,
  /** Further checks of the whole list (unique keys, say); they run even when items have issues. */
  checks: readonly z.core.$ZodCheck<unknown[]>[] = [],
): BoundedList<T> {
  const hardCap = Math.max(100, max * 5);
  const tooMany = (length: number) => `at most ${max} ${noun}; got ${length}`;
  // A guard run first: past the hard cap, the items are never walked.
  const guard = z.custom<z.input<T>[]>((value) => !Array.isArray(value) || value.length <= hardCap, {
    error: (issue) => tooMany((issue.input as unknown[]).length),
  });
  const list = z.array(item).check(
    // `when`: runs even when some item has issues of its own (zod would skip it otherwise).
    z.superRefine<unknown[]>(
      (items, ctx) => {
        if (items.length > max)
          ctx.addIssue({ code: "custom", message: tooMany(items.length), input: items });
      },
      { when: (payload) => Array.isArray(payload.value) },
    ),
    ...checks,
  );
  return z.pipe(guard, list);
}
