/**
 * How an operation pages, declared beside it and read by `paginate`. Each style names its own request
 * and response fields, which are the same across the services that use it:
 *
 * | style | request | response |
 * | --- | --- | --- |
 * | `"PageNumber"` | `PageNumber` (from 1), `PageSize` | `TotalCount` (and the page's number and size) |
 * | `"NextToken"` | `NextToken`, `MaxResults` | `NextToken` (empty or absent on the last page) |
 * | `"Offset"` | `Offset` (from 0), `Limit` | `Total` |
 *
 * @example
 * ```ts
 * paging: { style: "PageNumber", items: "Cens" } // DescribeCens: the items are Result.Cens
 * ```
 */
export interface Paging<Items extends string = string> {
  style: "PageNumber" | "NextToken" | "Offset";
  /** The `Result` field that holds the page's items. */
  items: Items;
}
