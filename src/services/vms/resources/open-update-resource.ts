import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";

const Params = {
  /** The resource to rename. */
  ResourceKey: IdSchema,
  /** Its new name. */
  Name: IdSchema,
};

const Result = {
  /** The resource renamed. */
  ResourceKey: z.string(),
  /** Its name now. */
  Name: z.optional(z.string()),
};

/** Parameters of {@link OpenUpdateResource}. */
export interface OpenUpdateResourceInput extends In<typeof Params> {}
/** `Result` of {@link OpenUpdateResource}. */
export interface OpenUpdateResourceOutput extends Out<typeof Result> {}

/**
 * vms `OpenUpdateResource`: renames a voice resource. An unknown `ResourceKey` is `ResourceNotFound`.
 *
 * @example
 * ```ts
 * await volc.send(OpenUpdateResource, { ResourceKey, Name: "delivery v2" });
 * ```
 */
export const OpenUpdateResource: Operation<OpenUpdateResourceInput, OpenUpdateResourceOutput> = vmsOperation({
  action: "OpenUpdateResource",
  input: params(Params),
  output: result(Result),
});
