import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";

const Params = {
  /** The A number whose filing is wanted, AES-encrypted as it was given to `RouteAAuth`. */
  Phone: IdSchema,
};

const Result = {
  /** The filing's status (a code). */
  Status: z.optional(z.number()),
  /** Why the filing failed, when it did. */
  FailReason: z.optional(z.string()),
};

/** Parameters of {@link QueryAuth}. */
export interface QueryAuthInput extends In<typeof Params> {}
/** `Result` of {@link QueryAuth}. */
export interface QueryAuthOutput extends Out<typeof Result> {}

/**
 * vms `QueryAuth`: how the real-name filing of an A number (`RouteAAuth`) stands. Safe to repeat.
 *
 * @example
 * ```ts
 * const { Status, FailReason } = await volc.send(QueryAuth, { Phone: encrypt("13800138000") });
 * ```
 */
export const QueryAuth: Operation<QueryAuthInput, QueryAuthOutput> = vmsOperation({
  action: "QueryAuth",
  input: params(Params),
  output: result(Result),
  idempotent: true,
});
