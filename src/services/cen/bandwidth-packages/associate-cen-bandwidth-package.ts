import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The bandwidth package, e.g. `"cbp-4c2zaavbvh5fx****"`. */
  CenBandwidthPackageId: IdSchema,
  /** The CEN to associate it with, e.g. `"cen-7qthudw0ll6jmc****"`. */
  CenId: IdSchema,
};

const Result = {};

/** Parameters of {@link AssociateCenBandwidthPackage}. */
export interface AssociateCenBandwidthPackageInput extends In<typeof Params> {}
/** `Result` of {@link AssociateCenBandwidthPackage}: empty. */
export interface AssociateCenBandwidthPackageOutput extends Out<typeof Result> {}

/**
 * cen `AssociateCenBandwidthPackage`: associates an `Available` bandwidth package with a CEN, which makes
 * it `InUse`. A CEN takes one package per pair of region sets
 * (`InvalidCenBandwidthPackage.RegionSetConflict`).
 *
 * @example
 * ```ts
 * await volc.send(AssociateCenBandwidthPackage, { CenBandwidthPackageId, CenId });
 * ```
 */
export const AssociateCenBandwidthPackage: Operation<
  AssociateCenBandwidthPackageInput,
  AssociateCenBandwidthPackageOutput
> = cenOperation({
  action: "AssociateCenBandwidthPackage",
  input: params(Params),
  output: result(Result),
});
