import * as z from "zod/mini";
import type { PagedOperation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { codeIn } from "../code-set.js";
import { CountSchema, RECORDS_BY_OFFSET } from "../list-paging.js";
import { vmsOperation } from "../operation.js";
import { PhoneNumberSchema } from "../vocabulary.js";
import type { BindingStatus, KnownBindingStatus } from "./codes.js";
import { OutIdSchema } from "./fields.js";
import { Subscription, type SubscriptionFields } from "./subscription-fields.js";

/** The filters of which at least one must be given. */
const NARROWING = ["SubId", "PhoneNoA", "PhoneNoB", "PhoneNoX", "OutId"] as const;

/** At least one of SubId, PhoneNoA, PhoneNoB, PhoneNoX or OutId: the whole account is not listed at once. */
const narrowed = z.superRefine<Record<string, unknown>>(
  (fields, ctx) => {
    if (NARROWING.some((name) => fields[name] !== undefined)) return;
    ctx.addIssue({
      code: "custom",
      message: "give at least one of SubId, PhoneNoA, PhoneNoB, PhoneNoX or OutId",
      input: fields,
    });
  },
  {
    when: (payload) =>
      typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value),
  },
);

const Params = {
  /** Only bindings of this pool, e.g. `"NP1234567890"`. */
  NumberPoolNo: z.optional(IdSchema),
  /** Only this binding. */
  SubId: z.optional(IdSchema),
  /** Only bindings of this A. */
  PhoneNoA: z.optional(PhoneNumberSchema),
  /** Only bindings of this B. */
  PhoneNoB: z.optional(PhoneNumberSchema),
  /** Only bindings of this X. */
  PhoneNoX: z.optional(PhoneNumberSchema),
  /** Only bindings of this Y. */
  PhoneNoY: z.optional(PhoneNumberSchema),
  /** Only the binding given this `OutId` (at most 128 characters). */
  OutId: z.optional(OutIdSchema),
  /**
   * Only bindings in this status: `0` unbound, `1` bound, `2` abnormal; left out, every status. See
   * {@link BindingStatus}.
   */
  Status: z.optional(codeIn<KnownBindingStatus>([0, 1, 2], "0 (unbound), 1 (bound) or 2 (abnormal)")),
  /** Position of the page's first binding in the whole list, from 0 (the default). */
  Offset: z.optional(CountSchema),
  /** Bindings per page (default 20). */
  Limit: z.optional(CountSchema),
};

const RecordOwn = {
  /** The AXYB binding a YB relation belongs to. */
  ParentSubId: z.optional(z.string()),
};
/** One binding of a page. */
const SubscriptionRecord: SubscriptionFields & typeof RecordOwn = { ...Subscription, ...RecordOwn };

const Result = {
  /** This page's bindings. */
  Records: z.optional(z.array(result(SubscriptionRecord))),
  /** The page's `Offset`. */
  Offset: z.optional(z.number()),
  /** The page's `Limit`. */
  Limit: z.optional(z.number()),
  /** How many bindings match, over every page. */
  Total: z.optional(z.number()),
};

/** Parameters of {@link QuerySubscriptionForList}: at least one of SubId, PhoneNoA, PhoneNoB, PhoneNoX or OutId. */
export interface QuerySubscriptionForListInput extends In<typeof Params> {}
/** `Result` of {@link QuerySubscriptionForList}: one page of bindings. */
export interface QuerySubscriptionForListOutput extends Out<typeof Result> {}

/**
 * vms `QuerySubscriptionForList`: lists bindings by number, id or `OutId` (at least one of SubId,
 * PhoneNoA, PhoneNoB, PhoneNoX or OutId), ended ones included unless `Status` says otherwise; pages by
 * `Offset`/`Limit` (`paginate` walks every page). A read: retried on transient failures.
 *
 * @example
 * ```ts
 * for await (const binding of paginate(volc, QuerySubscriptionForList, { PhoneNoA: "13700000001", Status: BindingStatus.Bound })) {
 *   console.log(binding.SubId, binding.PhoneNoX);
 * }
 * ```
 */
export const QuerySubscriptionForList: PagedOperation<
  QuerySubscriptionForListInput,
  QuerySubscriptionForListOutput,
  "Records"
> = vmsOperation({
  action: "QuerySubscriptionForList",
  input: params(Params).check(narrowed),
  output: result(Result),
  idempotent: true,
  paging: RECORDS_BY_OFFSET,
});
