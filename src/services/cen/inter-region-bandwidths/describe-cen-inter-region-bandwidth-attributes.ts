import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { openEnum } from "../../shared/open-enum.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { cenOperation } from "../operation.js";
import type { InterRegionBandwidthStatus } from "../statuses.js";

const Params = {
  /** The inter-region bandwidth to describe, e.g. `"cirb-3tex2x1cwd4c6c0v****"`. */
  InterRegionBandwidthId: IdSchema,
};

const Result = {
  /** Id of the inter-region bandwidth. */
  InterRegionBandwidthId: z.string(),
  /** The CEN. */
  CenId: z.optional(z.string()),
  /** The package it is allocated from. */
  CenBandwidthPackageId: z.optional(z.string()),
  /** One region of the pair. */
  LocalRegionId: z.optional(z.string()),
  /** The other region. */
  PeerRegionId: z.optional(z.string()),
  /** Bandwidth in Mbps. */
  Bandwidth: z.optional(z.number()),
  /** `Creating`, `Deleting`, `Pending` or `Available`. */
  Status: z.optional(openEnum<InterRegionBandwidthStatus>()),
  /** When it was created, ISO 8601 with offset. */
  CreationTime: z.optional(z.string()),
  /** When it last changed, ISO 8601 with offset. */
  UpdateTime: z.optional(z.string()),
};

/** Parameters of {@link DescribeCenInterRegionBandwidthAttributes}. */
export interface DescribeCenInterRegionBandwidthAttributesInput extends In<typeof Params> {}
/** `Result` of {@link DescribeCenInterRegionBandwidthAttributes}. */
export interface DescribeCenInterRegionBandwidthAttributesOutput extends Out<typeof Result> {}

/**
 * cen `DescribeCenInterRegionBandwidthAttributes`: one inter-region bandwidth and its status.
 *
 * @example
 * ```ts
 * const { Status, Bandwidth } = await volc.send(DescribeCenInterRegionBandwidthAttributes, { InterRegionBandwidthId });
 * ```
 */
export const DescribeCenInterRegionBandwidthAttributes: Operation<
  DescribeCenInterRegionBandwidthAttributesInput,
  DescribeCenInterRegionBandwidthAttributesOutput
> = cenOperation({
  action: "DescribeCenInterRegionBandwidthAttributes",
  input: params(Params),
  output: result(Result),
  idempotent: true,
});
