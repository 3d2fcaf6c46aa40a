import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { integer } from "../../shared/integer.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The inter-region bandwidth to change, e.g. `"cirb-3tex2x1cwd4c6c0v****"`. */
  InterRegionBandwidthId: IdSchema,
  /**
   * New bandwidth in Mbps; the bandwidths of a package may not add up to more than the package's
   * (`LimitExceeded.InterRegionBandwidth`).
   */
  Bandwidth: z.optional(integer()),
  /** Another package to allocate from (in the official SDKs; not in the docs). */
  CenBandwidthPackageId: z.optional(IdSchema),
};

const Result = {};

/** Parameters of {@link ModifyCenInterRegionBandwidthAttributes}. */
export interface ModifyCenInterRegionBandwidthAttributesInput extends In<typeof Params> {}
/** `Result` of {@link ModifyCenInterRegionBandwidthAttributes}: empty. */
export interface ModifyCenInterRegionBandwidthAttributesOutput extends Out<typeof Result> {}

/**
 * cen `ModifyCenInterRegionBandwidthAttributes`: changes an inter-region bandwidth's bandwidth, or the
 * package it is allocated from.
 *
 * @example
 * ```ts
 * await volc.send(ModifyCenInterRegionBandwidthAttributes, { InterRegionBandwidthId, Bandwidth: 8 });
 * ```
 */
export const ModifyCenInterRegionBandwidthAttributes: Operation<
  ModifyCenInterRegionBandwidthAttributesInput,
  ModifyCenInterRegionBandwidthAttributesOutput
> = cenOperation({
  action: "ModifyCenInterRegionBandwidthAttributes",
  input: params(Params),
  output: result(Result),
});
