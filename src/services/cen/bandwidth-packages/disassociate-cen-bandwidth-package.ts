import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The bandwidth package, e.g. `"cbp-4c2zaavbvh5fx****"`. */
  CenBandwidthPackageId: IdSchema,
  /** The CEN the package is associated with. */
  CenId: IdSchema,
};

const Result = {};

/** Parameters of {@link DisassociateCenBandwidthPackage}. */
export interface DisassociateCenBandwidthPackageInput extends In<typeof Params> {}
/** `Result` of {@link DisassociateCenBandwidthPackage}: empty. */
export interface DisassociateCenBandwidthPackageOutput extends Out<typeof Result> {}

/**
 * cen `DisassociateCenBandwidthPackage`: disassociates a bandwidth package from its CEN, which makes it
 * `Available` again. Refused (`InvalidCenBandwidthPackage.InUse`) while inter-region bandwidth is
 * allocated from it.
 *
 * @example
 * ```ts
 * await volc.send(DisassociateCenBandwidthPackage, { CenBandwidthPackageId, CenId });
 * ```
 */
export const DisassociateCenBandwidthPackage: Operation<
  DisassociateCenBandwidthPackageInput,
  DisassociateCenBandwidthPackageOutput
> = cenOperation({
  action: "DisassociateCenBandwidthPackage",
  input: params(Params),
  output: result(Result),
});
