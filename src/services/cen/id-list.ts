import { IdSchema } from "../shared/free-text.js";
import { type BoundedList, boundedList } from "../shared/list.js";

/**
 * A list of resource ids (`CenIds.N`, `ResourceIds.N`…) of at most `max` items, each not empty.
 *
 * @example
 * ```ts
 * const Params = { CenIds: z.optional(idList(100)) };
 * ```
 */
export function idList(max: number): BoundedList<typeof IdSchema> {
  return boundedList(IdSchema, max, "ids");
}
