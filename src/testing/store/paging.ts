import { type ApiErrorSpec, apiError } from "../api-error.js";

/**
 * The pages of the three documented paging styles, cut from a list the handler has already filtered.
 * The input fields were checked by the operation's schema; defaults are the documented ones.
 */

/** A page by `PageNumber`/`PageSize`, with the `Result` fields that go with it. */
export function pageByNumber<T>(
  items: readonly T[],
  input: { PageNumber?: number | undefined; PageSize?: number | undefined },
  defaultSize: number,
): { page: T[]; PageNumber: number; PageSize: number; TotalCount: number } {
  const PageNumber = input.PageNumber ?? 1;
  const PageSize = input.PageSize ?? defaultSize;
  const start = (PageNumber - 1) * PageSize;
  return { page: items.slice(start, start + PageSize), PageNumber, PageSize, TotalCount: items.length };
}

/** A page by `Offset`/`Limit` (vms), with `{ Records, Offset, Limit, Total }`. */
export function pageByOffset<T>(
  items: readonly T[],
  input: { Offset?: number | undefined; Limit?: number | undefined },
  defaultLimit: number,
): { Records: T[]; Offset: number; Limit: number; Total: number } {
  const Offset = input.Offset ?? 0;
  const Limit = input.Limit ?? defaultLimit;
  return { Records: items.slice(Offset, Offset + Limit), Offset, Limit, Total: items.length };
}

/**
 * A page by `NextToken`/`MaxResults`: the token is the position of the page's first item, opaque to
 * callers. A token the emulator did not hand out is `invalidToken`.
 */
export function pageByToken<T>(
  items: readonly T[],
  input: { NextToken?: string | undefined; MaxResults?: number | undefined },
  defaultMax: number,
  invalidToken: ApiErrorSpec,
): { page: T[]; NextToken: string } {
  let start = 0;
  if (input.NextToken !== undefined && input.NextToken !== "") {
    const decoded = /^pos-(\d+)$/.exec(input.NextToken);
    if (!decoded) throw apiError(invalidToken, `(NextToken ${input.NextToken})`);
    start = Number(decoded[1]);
  }
  const end = start + (input.MaxResults ?? defaultMax);
  return { page: items.slice(start, end), NextToken: end < items.length ? `pos-${end}` : "" };
}
