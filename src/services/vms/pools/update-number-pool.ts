import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { openCode } from "../../shared/open-code.js";
import { type In, params } from "../../shared/shape.js";
import { text } from "../../shared/text-rule.js";
import { vmsOperation } from "../operation.js";
import type { KnownServiceType, KnownSubServiceType, ServiceType, SubServiceType } from "../service-types.js";
import { subServiceUnderService } from "./service-pair.js";

const Params = {
  /** The pool to change, e.g. `"NP1234567890"`. */
  NumberPoolNo: IdSchema,
  /** The pool's new name, 1–32 characters (the rule of a pool's name on create). */
  Name: z.optional(text({ min: 1, max: 32 })),
  /** New service type: `100` voice, `200` privacy numbers. See {@link ServiceType}. */
  ServiceType: z.optional(openCode<KnownServiceType>()),
  /** New sub-service type; must belong under `ServiceType` when both are given and known. See {@link SubServiceType}. */
  SubServiceType: z.optional(openCode<KnownSubServiceType>()),
};

/** Parameters of {@link UpdateNumberPool}. */
export interface UpdateNumberPoolInput extends In<typeof Params> {}
/** `Result` of {@link UpdateNumberPool}: a bare `true` when the pool was updated. */
export type UpdateNumberPoolOutput = boolean;

/**
 * vms `UpdateNumberPool` (the older action, still served; not in the current API metadata): changes a
 * pool's name or service types. Its `Result` is a bare boolean, so the value `send` resolves with is
 * that boolean (it carries no `$metadata`; use `onAttempt` for the request id). Prefer
 * {@link UpdateNumberPoolV2}. Not retried blindly.
 *
 * @example
 * ```ts
 * const updated = await volc.send(UpdateNumberPool, { NumberPoolNo: "NP1234567890", Name: "orders" }); // true
 * ```
 */
export const UpdateNumberPool: Operation<UpdateNumberPoolInput, UpdateNumberPoolOutput> = vmsOperation({
  action: "UpdateNumberPool",
  input: params(Params).check(subServiceUnderService),
  output: z.boolean(),
});
