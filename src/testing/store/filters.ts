/**
 * Whether a record passes a list's plain filters: every filter given (not `undefined`) equals the
 * record's field of the same name. Filters left out match everything.
 *
 * @example
 * ```ts
 * table.list().filter((r) => matchesFields(r, { CenId: input.CenId, InstanceType: input.InstanceType }));
 * ```
 */
export function matchesFields<T extends object>(record: T, filters: { [K in keyof T]?: unknown }): boolean {
  for (const key in filters) {
    const wanted = filters[key];
    if (wanted !== undefined && record[key] !== wanted) return false;
  }
  return true;
}
