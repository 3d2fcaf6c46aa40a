import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { DescriptionSchema } from "../../shared/description.js";
import { IdSchema } from "../../shared/free-text.js";
import { integerBetween } from "../../shared/integer.js";
import { ResourceNameSchema } from "../../shared/name.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The bandwidth package to change, e.g. `"cbp-4c2zaavbvh5fx****"`. */
  CenBandwidthPackageId: IdSchema,
  /**
   * New peak bandwidth in Mbps, 2–10000. A prepaid package can only grow; a 95th-percentile package can
   * grow or shrink, never below the inter-region bandwidth allocated from it.
   */
  Bandwidth: z.optional(integerBetween(2, 10000, "Mbps")),
  /**
   * New name, 1–128 characters: starts with a letter, digit or Chinese character; letters, digits,
   * Chinese characters and `. _ -`.
   */
  CenBandwidthPackageName: z.optional(ResourceNameSchema),
  /**
   * New description, 0–255 characters: starts with a letter, digit or Chinese character; letters,
   * digits, Chinese characters, space and `, . _ = - ， 。`.
   */
  Description: z.optional(DescriptionSchema),
};

const Result = {};

/** Parameters of {@link ModifyCenBandwidthPackageAttributes}. */
export interface ModifyCenBandwidthPackageAttributesInput extends In<typeof Params> {}
/** `Result` of {@link ModifyCenBandwidthPackageAttributes}: empty. */
export interface ModifyCenBandwidthPackageAttributesOutput extends Out<typeof Result> {}

/**
 * cen `ModifyCenBandwidthPackageAttributes`: changes a bandwidth package's bandwidth, name or description.
 *
 * @example
 * ```ts
 * await volc.send(ModifyCenBandwidthPackageAttributes, { CenBandwidthPackageId, Bandwidth: 20 });
 * ```
 */
export const ModifyCenBandwidthPackageAttributes: Operation<
  ModifyCenBandwidthPackageAttributesInput,
  ModifyCenBandwidthPackageAttributesOutput
> = cenOperation({
  action: "ModifyCenBandwidthPackageAttributes",
  input: params(Params),
  output: result(Result),
});
