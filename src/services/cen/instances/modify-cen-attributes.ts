import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { DescriptionSchema } from "../../shared/description.js";
import { IdSchema } from "../../shared/free-text.js";
import { ResourceNameSchema } from "../../shared/name.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The CEN to change, e.g. `"cen-7qthudw0ll6jmc****"`. */
  CenId: IdSchema,
  /**
   * New name, 1–128 characters: starts with a letter, digit or Chinese character; letters, digits,
   * Chinese characters and `. _ -`.
   */
  CenName: z.optional(ResourceNameSchema),
  /**
   * New description, 0–255 characters: starts with a letter, digit or Chinese character; letters,
   * digits, Chinese characters, space and `, . _ = - ， 。`.
   */
  Description: z.optional(DescriptionSchema),
};

const Result = {};

/** Parameters of {@link ModifyCenAttributes}. */
export interface ModifyCenAttributesInput extends In<typeof Params> {}
/** `Result` of {@link ModifyCenAttributes}: empty. */
export interface ModifyCenAttributesOutput extends Out<typeof Result> {}

/**
 * cen `ModifyCenAttributes`: renames a CEN instance or changes its description.
 *
 * @example
 * ```ts
 * await volc.send(ModifyCenAttributes, { CenId, CenName: "prod-network", Description: "生产网络" });
 * ```
 */
export const ModifyCenAttributes: Operation<ModifyCenAttributesInput, ModifyCenAttributesOutput> =
  cenOperation({ action: "ModifyCenAttributes", input: params(Params), output: result(Result) });
