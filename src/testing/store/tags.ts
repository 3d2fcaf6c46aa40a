/** Tags as a resource keeps them, and the tag filters of the list operations. */

/** A tag as stored. */
export interface TagRecord {
  Key: string;
  Value: string;
}

/** Tags as a request gives them (a value may be left out: it is stored empty). */
export function toTagRecords(
  tags: readonly { Key: string; Value?: string | undefined }[] | undefined,
): TagRecord[] {
  return (tags ?? []).map((tag) => ({ Key: tag.Key, Value: tag.Value ?? "" }));
}

/** Adds or replaces tags on a resource (a repeated key overwrites its value, as documented). */
export function setTags(on: TagRecord[], tags: readonly TagRecord[]): void {
  for (const tag of tags) {
    const existing = on.find((t) => t.Key === tag.Key);
    if (existing) existing.Value = tag.Value;
    else on.push({ ...tag });
  }
}

/** Removes the tags with these keys from a resource. */
export function removeTags(on: TagRecord[], keys: readonly string[]): void {
  for (let i = on.length - 1; i >= 0; i--) if (keys.includes((on[i] as TagRecord).Key)) on.splice(i, 1);
}

/**
 * Whether a resource's tags pass `TagFilters`: every filter's key present (filters are ANDed), with one
 * of the filter's values when it lists any.
 */
export function matchesTagFilters(
  tags: readonly TagRecord[],
  filters: readonly { Key: string; Values?: readonly string[] | undefined }[] | undefined,
): boolean {
  return (filters ?? []).every((filter) => {
    const tag = tags.find((t) => t.Key === filter.Key);
    if (tag === undefined) return false;
    return filter.Values === undefined || filter.Values.length === 0 || filter.Values.includes(tag.Value);
  });
}

/** Whether `value` is one of `wanted`, or `wanted` is not given (a filter left out matches everything). */
export function matchesAny<T>(value: T, wanted: readonly T[] | T | undefined): boolean {
  if (wanted === undefined) return true;
  return Array.isArray(wanted) ? wanted.length === 0 || wanted.includes(value) : value === wanted;
}
