import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The bandwidth package, e.g. `"cbp-4c2zaavbvh5fx****"`. */
  CenBandwidthPackageId: IdSchema,
  /** The CEN to associate the package with instead. */
  CenId: IdSchema,
};

const Result = {};

/** Parameters of {@link ModifyCenBandwidthPackageAssociation}. */
export interface ModifyCenBandwidthPackageAssociationInput extends In<typeof Params> {}
/** `Result` of {@link ModifyCenBandwidthPackageAssociation}: empty. */
export interface ModifyCenBandwidthPackageAssociationOutput extends Out<typeof Result> {}

/**
 * cen `ModifyCenBandwidthPackageAssociation`: moves an associated bandwidth package to another CEN (added
 * to the official SDKs in 2025, not yet documented). Refused (`InvalidCenBandwidthPackage.InUse`) while
 * inter-region bandwidth is allocated from it.
 *
 * @example
 * ```ts
 * await volc.send(ModifyCenBandwidthPackageAssociation, { CenBandwidthPackageId, CenId });
 * ```
 */
export const ModifyCenBandwidthPackageAssociation: Operation<
  ModifyCenBandwidthPackageAssociationInput,
  ModifyCenBandwidthPackageAssociationOutput
> = cenOperation({
  action: "ModifyCenBandwidthPackageAssociation",
  input: params(Params),
  output: result(Result),
});
