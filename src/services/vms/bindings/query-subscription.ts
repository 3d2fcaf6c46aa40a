import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { answerCode } from "../code-set.js";
import { vmsOperation } from "../operation.js";
import type { BindingStatus, CallDisplayType, KnownBindingStatus } from "./codes.js";
import { UnixSecondsAnswer } from "./unix-seconds.js";

const Params = {
  /** The pool of the binding, e.g. `"NP1234567890"`. */
  NumberPoolNo: IdSchema,
  /** The binding (its `SubId`). */
  SubId: IdSchema,
};

const Result = {
  /** The binding's id. */
  SubId: z.string(),
  /** A. */
  PhoneNoA: z.optional(z.string()),
  /** B (absent for AX and AXN bindings without one). */
  PhoneNoB: z.optional(z.string()),
  /** X. */
  PhoneNoX: z.optional(z.string()),
  /** Y (AXYB). */
  PhoneNoY: z.optional(z.string()),
  /** E (AXNE). */
  PhoneNoE: z.optional(z.string()),
  /** `0` unbound, `1` bound, `2` abnormal. See {@link BindingStatus}. */
  Status: z.optional(answerCode<KnownBindingStatus>()),
  /** Whether calls are recorded (`1`) or not (`0`). */
  RecordFlag: z.optional(z.number()),
  /** When the binding started, in Unix seconds (a numeric string in an answer is read too). */
  EnableTime: z.optional(UnixSecondsAnswer),
  /** When the binding ends, in Unix seconds (a numeric string in an answer is read too). */
  ExpireTime: z.optional(UnixSecondsAnswer),
  /** Which real numbers the parties see, `1`–`4`. See {@link CallDisplayType}. */
  CallDisplayType: z.optional(answerCode<CallDisplayType>()),
  /** That setting in words, e.g. `"不透传"` (no pass-through). */
  CallDisplayTypeName: z.optional(z.string()),
  /** The data given at binding. */
  UserData: z.optional(z.string()),
  /** The id given at binding. */
  OutId: z.optional(z.string()),
};

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
 * new Date((binding.ExpireTime ?? 0) * 1000);
 * ```
 */
export const QuerySubscription: Operation<QuerySubscriptionInput, QuerySubscriptionOutput> = vmsOperation({
  action: "QuerySubscription",
  input: params(Params),
  output: result(Result),
  idempotent: true,
});
