import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { openEnum } from "../../shared/open-enum.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import type { SingleState } from "./codes.js";

const Params = {
  /** The single call's id, as given to `SingleBatchAppend`. */
  SingleOpenId: IdSchema,
};

const Result = {
  /** The single call's id. */
  SingleOpenId: z.string(),
  /** `"1"` waiting to be called, `"2"` waiting for the hang-up, `"3"` done, `"4"` to be called again, `"5"` deleted. See {@link SingleState}. */
  State: z.optional(openEnum<SingleState>()),
  /** The `ResourceKey` played. */
  ResourceKey: z.optional(z.string()),
  /** The number called. */
  Phone: z.optional(z.string()),
  /** Your own data, as given. */
  Ext: z.optional(z.string()),
  /** When the call was taken, `"yyyy-MM-dd HH:mm:ss"`. */
  CreateTime: z.optional(z.string()),
  /** When the call ended, `"yyyy-MM-dd HH:mm:ss"`. */
  ReleaseTime: z.optional(z.string()),
  /** How long the call lasted, in seconds. */
  Duration: z.optional(z.number()),
  /** The id of the call's record. */
  CallUuid: z.optional(z.string()),
};

/** Parameters of {@link QuerySingleInfo}. */
export interface QuerySingleInfoInput extends In<typeof Params> {}
/** `Result` of {@link QuerySingleInfo}. */
export interface QuerySingleInfoOutput extends Out<typeof Result> {}

/**
 * vms `QuerySingleInfo`: the state of one single call. Safe to repeat.
 *
 * @example
 * ```ts
 * const { State } = await volc.send(QuerySingleInfo, { SingleOpenId: "order-42" });
 * ```
 */
export const QuerySingleInfo: Operation<QuerySingleInfoInput, QuerySingleInfoOutput> = vmsOperation({
  action: "QuerySingleInfo",
  input: params(Params),
  output: result(Result),
  idempotent: true,
});
