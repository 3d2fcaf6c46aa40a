import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";

const Params = {
  /** The resource to delete. */
  ResourceKey: IdSchema,
};

const Result = {
  /** The resource deleted. */
  ResourceKey: z.string(),
};

/** Parameters of {@link OpenDeleteResource}. */
export interface OpenDeleteResourceInput extends In<typeof Params> {}
/** `Result` of {@link OpenDeleteResource}. */
export interface OpenDeleteResourceOutput extends Out<typeof Result> {}

/**
 * vms `OpenDeleteResource`: deletes a voice resource. An unknown (or already deleted) `ResourceKey` is
 * `ResourceNotFound`.
 *
 * @example
 * ```ts
 * await volc.send(OpenDeleteResource, { ResourceKey });
 * ```
 */
export const OpenDeleteResource: Operation<OpenDeleteResourceInput, OpenDeleteResourceOutput> = vmsOperation({
  action: "OpenDeleteResource",
  input: params(Params),
  output: result(Result),
});
