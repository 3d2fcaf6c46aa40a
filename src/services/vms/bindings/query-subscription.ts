import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import { Subscription, type SubscriptionFields } from "./subscription-fields.js";

const Params = {
  /** The pool of the binding, e.g. `"NP1234567890"`. */
  NumberPoolNo: IdSchema,
  /** The binding (its `SubId`). */
  SubId: IdSchema,
};

const Result: SubscriptionFields = { ...Subscription };

/** Parameters of {@link QuerySubscription}. */
export interface QuerySubscriptionInput extends In<typeof Params> {}
/** `Result` of {@link QuerySubscription}: the binding. */
export interface QuerySubscriptionOutput extends Out<typeof Result> {}

/**
 * vms `QuerySubscription`: reads one binding. An unknown or ended binding answers `SubscriptionEmpty`
 * (inside HTTP 200, as a `ServiceError`). A read: retried on transient failures.
 *
 * @example
 * ```ts
 * const binding = await volc.send(QuerySubscription, { NumberPoolNo, SubId });
 * new Date(Number(binding.ExpireTime) * 1000);
 * ```
 */
export const QuerySubscription: Operation<QuerySubscriptionInput, QuerySubscriptionOutput> = vmsOperation({
  action: "QuerySubscription",
  input: params(Params),
  output: result(Result),
  idempotent: true,
});
