import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, params } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";

// The older unbind actions, still served (not in the current API metadata), whose `Result` is a bare
// boolean. `@__PURE__` lets a bundler drop the one a program does not import.

const Params = {
  /** The pool of the binding, e.g. `"NP1234567890"`. */
  NumberPoolNo: IdSchema,
  /** The binding to end (its `SubId`). */
  SubId: IdSchema,
};

const input = params(Params);
const output = z.boolean();

/** Parameters of {@link UnbindAXB} and {@link UnbindAXN}. */
export interface UnbindLegacyInput extends In<typeof Params> {}
/** `Result` of {@link UnbindAXB} and {@link UnbindAXN}: a bare `true` when the binding was ended. */
export type UnbindLegacyOutput = boolean;

/**
 * vms `UnbindAXB` (the older action): ends an AXB (or AX) binding. `send` resolves with the bare
 * boolean `Result` (no `$metadata` on it). An unknown or ended binding answers `SubscriptionEmpty`
 * (inside HTTP 200, as a `ServiceError`). Prefer {@link UnbindAXBV2}. Not retried blindly.
 *
 * @example
 * ```ts
 * const ended = await volc.send(UnbindAXB, { NumberPoolNo, SubId }); // true
 * ```
 */
export const UnbindAXB: Operation<UnbindLegacyInput, UnbindLegacyOutput> = /* @__PURE__ */ vmsOperation({
  action: "UnbindAXB",
  input,
  output,
});

/**
 * vms `UnbindAXN` (the older action): ends an AXN binding. `send` resolves with the bare boolean
 * `Result` (no `$metadata` on it). An unknown or ended binding answers `SubscriptionEmpty` (inside
 * HTTP 200, as a `ServiceError`). Prefer {@link UnbindAXNV2}. Not retried blindly.
 *
 * @example
 * ```ts
 * const ended = await volc.send(UnbindAXN, { NumberPoolNo, SubId }); // true
 * ```
 */
export const UnbindAXN: Operation<UnbindLegacyInput, UnbindLegacyOutput> = /* @__PURE__ */ vmsOperation({
  action: "UnbindAXN",
  input,
  output,
});
