import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { openCode } from "../../shared/open-code.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { text } from "../../shared/text-rule.js";
import { vmsOperation } from "../operation.js";
import type { KnownServiceType, KnownSubServiceType, ServiceType, SubServiceType } from "../service-types.js";
import { subServiceUnderService } from "./service-pair.js";

const Params = {
  /** The pool to change, e.g. `"NP1234567890"`. */
  NumberPoolNo: IdSchema,
  /** The pool's new name, 1–31 characters (the generated API model says 31 here, 32 on create). */
  Name: text({ min: 1, max: 31 }),
  /** New service type: `100` voice, `200` privacy numbers. See {@link ServiceType}. */
  ServiceType: z.optional(openCode<KnownServiceType>()),
  /** New sub-service type; must belong under `ServiceType` when both are given and known. See {@link SubServiceType}. */
  SubServiceType: z.optional(openCode<KnownSubServiceType>()),
};

const Result = {
  /** Whether the pool was updated. */
  Success: z.optional(z.boolean()),
};

/** Parameters of {@link UpdateNumberPoolV2}. */
export interface UpdateNumberPoolV2Input extends In<typeof Params> {}
/** `Result` of {@link UpdateNumberPoolV2}. */
export interface UpdateNumberPoolV2Output extends Out<typeof Result> {}

/**
 * vms `UpdateNumberPoolV2`: renames a number pool, or changes its service types; answers
 * `{ Success }`. An action of its own, beside the older {@link UpdateNumberPool}, which answers a bare
 * boolean. Not retried blindly.
 *
 * @example
 * ```ts
 * const { Success } = await volc.send(UpdateNumberPoolV2, { NumberPoolNo: "NP1234567890", Name: "orders" });
 * ```
 */
export const UpdateNumberPoolV2: Operation<UpdateNumberPoolV2Input, UpdateNumberPoolV2Output> = vmsOperation({
  action: "UpdateNumberPoolV2",
  input: params(Params).check(subServiceUnderService),
  output: result(Result),
});
