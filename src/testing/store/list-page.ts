import { matchesFields } from "./filters.js";
import { pageByNumber } from "./paging.js";

/**
 * What a `PageNumber`/`PageSize` list answers: the records whose fields equal every filter the input
 * gives besides its paging fields, one page of them as `view` shows them, and the paging fields.
 *
 * @example
 * ```ts
 * const { items, ...paging } = listPage(store.routeEntries.list(), input, 20, (e) => ({ ...e }));
 * return { CenRouteEntries: items, ...paging };
 * ```
 */
export function listPage<T extends object, V>(
  records: readonly T[],
  input: { PageNumber?: number | undefined; PageSize?: number | undefined } & { [K in keyof T]?: unknown },
  defaultSize: number,
  view: (record: T) => V,
): { items: V[]; PageNumber: number; PageSize: number; TotalCount: number } {
  const { PageNumber, PageSize, ...filters } = input;
  const found = records.filter((record) => matchesFields(record, filters as { [K in keyof T]?: unknown }));
  const { page, ...paging } = pageByNumber(found, { PageNumber, PageSize }, defaultSize);
  return { items: page.map(view), ...paging };
}
