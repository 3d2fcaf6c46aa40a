import * as z from "zod/mini";
import type { Operation } from "../../client/operation.js";
import { type In, type Out, params, result } from "../shared/shape.js";
import { stsOperation } from "./operation.js";

const Params = {};

const Result = {
  /** The account the caller belongs to, e.g. `2100000000`. */
  AccountId: z.optional(z.number()),
  /** The id of the user or role session that signed the call. */
  IdentityId: z.optional(z.string()),
  /** What kind of identity signed the call, e.g. `"User"` or `"AssumedRole"`. */
  IdentityType: z.optional(z.string()),
  /** The caller's TRN, e.g. `"trn:sts::2100000000:assumed-role/deployer/ci"`. */
  Trn: z.string(),
};

/** Parameters of {@link GetCallerIdentity} (none). */
export interface GetCallerIdentityInput extends In<typeof Params> {}
/** `Result` of {@link GetCallerIdentity}. */
export interface GetCallerIdentityOutput extends Out<typeof Result> {}

/**
 * sts `GetCallerIdentity` (2018-01-01): who the credentials that sign the call belong to (a quick check
 * that a credential chain found what you meant). POST with an empty form, as the API metadata says.
 * Takes no parameters; safe to repeat.
 *
 * @example
 * ```ts
 * const { Trn, AccountId } = await volc.send(GetCallerIdentity);
 * ```
 */
export const GetCallerIdentity: Operation<GetCallerIdentityInput, GetCallerIdentityOutput> = stsOperation({
  action: "GetCallerIdentity",
  method: "POST",
  body: "form",
  input: params(Params),
  output: result(Result),
  idempotent: true,
});
