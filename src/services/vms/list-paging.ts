import * as z from "zod/mini";
import type { Paging } from "../../client/paging.js";
import { integer } from "../shared/integer.js";

/**
 * The `Offset`/`Limit` paging of vms lists (`NumberPoolList`, `NumberList`, `QuerySubscriptionForList`…):
 * a request names where its page starts and how long it is; the answer is `{ Records, Limit, Offset,
 * Total }`. `paginate` reads it with `paging: { style: "Offset", items: "Records" }`. The API documents
 * the defaults (Offset 0, Limit 20) and no maximum, so none is checked here.
 */

/**
 * A count or a position: an integer that cannot be negative.
 *
 * @example
 * ```ts
 * const Params = { Offset: z.optional(CountSchema), Limit: z.optional(CountSchema) };
 * ```
 */
export const CountSchema: z.ZodMiniNumber<number> = integer().check(
  z.refine((value) => !Number.isSafeInteger(value) || value >= 0, {
    error: (issue) => `must not be negative; got ${String(issue.input)}`,
  }),
);

/**
 * The paging of every vms list: by `Offset`/`Limit`/`Total`, items in `Records`.
 *
 * @example
 * ```ts
 * vmsOperation({ action: "NumberList", …, idempotent: true, paging: RECORDS_BY_OFFSET });
 * ```
 */
export const RECORDS_BY_OFFSET = { style: "Offset", items: "Records" } as const satisfies Paging<"Records">;
