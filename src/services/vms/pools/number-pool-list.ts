import * as z from "zod/mini";
import type { PagedOperation } from "../../../client/operation.js";
import { FreeTextSchema, IdSchema } from "../../shared/free-text.js";
import { openCode } from "../../shared/open-code.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { CountSchema, RECORDS_BY_OFFSET } from "../list-paging.js";
import { vmsOperation } from "../operation.js";
import type { KnownServiceType, KnownSubServiceType, ServiceType, SubServiceType } from "../service-types.js";

const Params = {
  /** Only this pool, e.g. `"NP1234567890"`. */
  NumberPoolNo: z.optional(IdSchema),
  /** Only pools of this name. */
  NumberPoolName: z.optional(FreeTextSchema),
  /** Only pools of this service type. With neither type given, pools of every type are listed. See {@link ServiceType}. */
  ServiceType: z.optional(openCode<KnownServiceType>()),
  /** Only pools of this sub-service type. See {@link SubServiceType}. */
  SubServiceType: z.optional(openCode<KnownSubServiceType>()),
  /** Position of the page's first pool in the whole list, from 0 (the default). */
  Offset: z.optional(CountSchema),
  /** Pools per page (default 20). */
  Limit: z.optional(CountSchema),
};

const Pool = result({
  /** The pool's number: its id. */
  NumberPoolNo: z.string(),
  /** The pool's name. */
  NumberPoolName: z.optional(z.string()),
  /** See {@link ServiceType}. */
  ServiceType: z.optional(openCode<KnownServiceType>()),
  /** The service type's name. */
  ServiceTypeName: z.optional(z.string()),
  /** See {@link SubServiceType}. */
  SubServiceType: z.optional(openCode<KnownSubServiceType>()),
  /** The sub-service type's name. */
  SubServiceTypeName: z.optional(z.string()),
  /** How many numbers the pool holds. */
  NumberCount: z.optional(z.number()),
});

const Result = {
  /** This page's pools. */
  Records: z.optional(z.array(Pool)),
  /** The page's `Offset`. */
  Offset: z.optional(z.number()),
  /** The page's `Limit`. */
  Limit: z.optional(z.number()),
  /** How many pools match, over every page. */
  Total: z.optional(z.number()),
};

/** Parameters of {@link NumberPoolList}. */
export interface NumberPoolListInput extends In<typeof Params> {}
/** `Result` of {@link NumberPoolList}: one page of pools. */
export interface NumberPoolListOutput extends Out<typeof Result> {}

/**
 * vms `NumberPoolList`: lists number pools, filtered by number, name or type; pages by `Offset`/`Limit`
 * (`paginate` walks every page). A read: retried on transient failures.
 *
 * @example
 * ```ts
 * for await (const pool of paginate(volc, NumberPoolList, { ServiceType: ServiceType.PrivacyNumber })) {
 *   console.log(pool.NumberPoolNo, pool.NumberCount);
 * }
 * ```
 */
export const NumberPoolList: PagedOperation<NumberPoolListInput, NumberPoolListOutput, "Records"> =
  vmsOperation({
    action: "NumberPoolList",
    input: params(Params),
    output: result(Result),
    idempotent: true,
    paging: RECORDS_BY_OFFSET,
  });
