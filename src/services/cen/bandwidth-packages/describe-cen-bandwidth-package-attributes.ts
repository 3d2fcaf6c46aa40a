import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { cenOperation } from "../operation.js";
import { Package, type PackageFields } from "./package-fields.js";

const Params = {
  /** The bandwidth package to describe, e.g. `"cbp-4c2zaavbvh5fx****"`. */
  CenBandwidthPackageId: IdSchema,
};

const Own = {
  /** Business status: `Normal`, or a lock state. */
  BusinessStatus: z.optional(z.string()),
};
const Result: PackageFields & typeof Own = { ...Package, ...Own };

/** Parameters of {@link DescribeCenBandwidthPackageAttributes}. */
export interface DescribeCenBandwidthPackageAttributesInput extends In<typeof Params> {}
/** `Result` of {@link DescribeCenBandwidthPackageAttributes}. */
export interface DescribeCenBandwidthPackageAttributesOutput extends Out<typeof Result> {}

/**
 * cen `DescribeCenBandwidthPackageAttributes`: one bandwidth package, its status, remaining bandwidth and
 * expiry.
 *
 * @example
 * ```ts
 * const { Status, RemainingBandwidth } = await volc.send(DescribeCenBandwidthPackageAttributes, { CenBandwidthPackageId });
 * ```
 */
export const DescribeCenBandwidthPackageAttributes: Operation<
  DescribeCenBandwidthPackageAttributesInput,
  DescribeCenBandwidthPackageAttributesOutput
> = cenOperation({
  action: "DescribeCenBandwidthPackageAttributes",
  input: params(Params),
  output: result(Result),
  idempotent: true,
});
