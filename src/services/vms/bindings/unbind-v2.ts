import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";

// The four V2 unbind actions take and answer the same fields; each is an action of its own on the
// server. `@__PURE__` lets a bundler drop the ones a program does not import.

const Params = {
  /** The pool of the binding, e.g. `"NP1234567890"`. */
  NumberPoolNo: IdSchema,
  /** The binding to end (its `SubId`). */
  SubId: IdSchema,
};

const Result = {
  /** Whether the binding was ended. */
  Success: z.optional(z.boolean()),
};

const input = params(Params);
const output = result(Result);

/** Parameters of {@link UnbindAXBV2}, {@link UnbindAXNV2}, {@link UnbindAXNEV2} and {@link UnbindAXYBV2}. */
export interface UnbindV2Input extends In<typeof Params> {}
/** `Result` of the V2 unbind actions: `{ Success }`. */
export interface UnbindV2Output extends Out<typeof Result> {}

/**
 * vms `UnbindAXBV2`: ends an AXB (or AX) binding and frees its X. An unknown or ended binding answers
 * `SubscriptionEmpty` (inside HTTP 200, as a `ServiceError`). Not retried blindly.
 *
 * @example
 * ```ts
 * const { Success } = await volc.send(UnbindAXBV2, { NumberPoolNo, SubId });
 * ```
 */
export const UnbindAXBV2: Operation<UnbindV2Input, UnbindV2Output> = /* @__PURE__ */ vmsOperation({
  action: "UnbindAXBV2",
  input,
  output,
});

/**
 * vms `UnbindAXNV2`: ends an AXN binding and frees its X. An unknown or ended binding answers
 * `SubscriptionEmpty` (inside HTTP 200, as a `ServiceError`). Not retried blindly.
 *
 * @example
 * ```ts
 * await volc.send(UnbindAXNV2, { NumberPoolNo, SubId });
 * ```
 */
export const UnbindAXNV2: Operation<UnbindV2Input, UnbindV2Output> = /* @__PURE__ */ vmsOperation({
  action: "UnbindAXNV2",
  input,
  output,
});

/**
 * vms `UnbindAXNEV2`: ends an AXNE binding and frees its X. An unknown or ended binding answers
 * `SubscriptionEmpty` (inside HTTP 200, as a `ServiceError`). Not retried blindly.
 *
 * @example
 * ```ts
 * await volc.send(UnbindAXNEV2, { NumberPoolNo, SubId });
 * ```
 */
export const UnbindAXNEV2: Operation<UnbindV2Input, UnbindV2Output> = /* @__PURE__ */ vmsOperation({
  action: "UnbindAXNEV2",
  input,
  output,
});

/**
 * vms `UnbindAXYBV2`: ends an AXYB binding (with its YB relations) or one YB relation, and frees their
 * numbers. An unknown or ended binding answers `SubscriptionEmpty` (inside HTTP 200, as a
 * `ServiceError`). Not retried blindly.
 *
 * @example
 * ```ts
 * await volc.send(UnbindAXYBV2, { NumberPoolNo, SubId });
 * ```
 */
export const UnbindAXYBV2: Operation<UnbindV2Input, UnbindV2Output> = /* @__PURE__ */ vmsOperation({
  action: "UnbindAXYBV2",
  input,
  output,
});
