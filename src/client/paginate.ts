import type { InputOf, OutputOf, PagedOperation } from "./operation.js";
import type { SendArgs, SendOptions } from "./options.js";
import type { Sender } from "./sender.js";

/** The items of a paged operation's pages: the elements of the `Result` field its paging names. */
export type ItemOf<Op extends PagedOperation> =
  Op extends PagedOperation<unknown, infer O, infer Items>
    ? Items extends keyof O
      ? NonNullable<O[Items]> extends readonly (infer Item)[]
        ? Item
        : never
      : never
    : never;

/**
 * The pages of a call, and their items, as async iterables. Pages are fetched one at a time, as they
 * are read; breaking out of a loop fetches no more.
 */
export interface Paginator<Item, Page> extends AsyncIterable<Item> {
  /** Every page's whole `Result`, in order. */
  pages(): AsyncIterable<Page>;
}

/**
 * Iterates over every item of a paged operation (`DescribeCens`, `NumberPoolList`, `ListTagsForResources`…),
 * page after page, as the operation declares it pages:
 *
 * - `PageNumber`/`PageSize`: from `PageNumber` (default 1), until a page is empty or `TotalCount` items
 *   have been seen;
 * - `NextToken`/`MaxResults`: until `NextToken` comes back empty or repeats one already used (never loops);
 * - `Offset`/`Limit`: from `Offset` (default 0), until a page is empty or `Total` items have been seen.
 *
 * The first page starts where `input` says (its `PageNumber`, `NextToken` or `Offset`); its page size is
 * kept. Each page is one `send`, with `options` (a `signal`, `timeoutMs`…) and every retry rule of it;
 * an aborted `signal` also stops the walk between items, with the signal's reason. Only operations that
 * page are accepted: any other one is a type error.
 *
 * @example
 * ```ts
 * for await (const pkg of paginate(volc, DescribeCenBandwidthPackages, { PageSize: 50 })) {
 *   console.log(pkg.CenBandwidthPackageId, pkg.Status);
 * }
 * for await (const page of paginate(volc, DescribeCens).pages()) console.log(page.TotalCount);
 * ```
 */
export function paginate<Op extends PagedOperation>(
  client: Sender,
  op: Op,
  input?: InputOf<Op>,
  options?: SendOptions,
): Paginator<ItemOf<Op>, OutputOf<Op>> {
  const pages = () => fetchPages(client, op, (input ?? {}) as Record<string, unknown>, options);
  const signal = options?.signal;
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) {
        const items = (page as Record<string, unknown>)[op.paging.items];
        if (!Array.isArray(items)) continue;
        // An abort stops the walk at once, not after the rest of the page at hand.
        for (const item of items as ItemOf<Op>[]) {
          signal?.throwIfAborted();
          yield item;
        }
      }
    },
  };
}

async function* fetchPages<Op extends PagedOperation>(
  client: Sender,
  op: Op,
  first: Record<string, unknown>,
  options: SendOptions | undefined,
): AsyncGenerator<OutputOf<Op>> {
  const { style, items } = op.paging;
  const request: Record<string, unknown> = { ...first };
  const tokensUsed = new Set<string>();
  let seen = 0;
  for (;;) {
    const page = (await client.send(
      op,
      ...([request, options] as unknown as SendArgs<InputOf<Op>>),
    )) as OutputOf<Op>;
    const result = page as Record<string, unknown>;
    options?.signal?.throwIfAborted();
    yield page;
    const list = result[items];
    const count = Array.isArray(list) ? list.length : 0;
    seen += count;
    if (count === 0) return;
    if (style === "NextToken") {
      const next = result.NextToken;
      if (typeof next !== "string" || next === "" || tokensUsed.has(next)) return;
      if (typeof request.NextToken === "string") tokensUsed.add(request.NextToken);
      tokensUsed.add(next);
      request.NextToken = next;
    } else if (style === "PageNumber") {
      const number = wholeNumber(result.PageNumber) ?? wholeNumber(request.PageNumber) ?? 1;
      const size = wholeNumber(result.PageSize) ?? wholeNumber(request.PageSize);
      const total = wholeNumber(result.TotalCount);
      if (total !== undefined && (size === undefined ? seen : number * size) >= total) return;
      request.PageNumber = number + 1;
    } else {
      const offset = (wholeNumber(request.Offset) ?? 0) + count;
      const total = wholeNumber(result.Total);
      if (total !== undefined && offset >= total) return;
      request.Offset = offset;
    }
  }
}

/** A whole, non-negative number read from an answer or an input, or undefined. */
function wholeNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}
