import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The bandwidth package to delete, e.g. `"cbp-4c2zaavbvh5fx****"`. */
  CenBandwidthPackageId: IdSchema,
};

const Result = {};

/** Parameters of {@link DeleteCenBandwidthPackage}. */
export interface DeleteCenBandwidthPackageInput extends In<typeof Params> {}
/** `Result` of {@link DeleteCenBandwidthPackage}: empty. */
export interface DeleteCenBandwidthPackageOutput extends Out<typeof Result> {}

/**
 * cen `DeleteCenBandwidthPackage`: deletes a bandwidth package. Refused while it is associated with a CEN
 * or has inter-region bandwidth allocated (`InvalidCenBandwidthPackage.InUse`), and for a prepaid package
 * that has not expired (`InvalidCenBandwidthPackage.InvalidStatus`: let it lapse with
 * `SetCenBandwidthPackageRenewal` `RenewType: "NoRenew"`). Wait for it with
 * `waitUntilCenBandwidthPackageDeleted`.
 *
 * @example
 * ```ts
 * await volc.send(DeleteCenBandwidthPackage, { CenBandwidthPackageId });
 * ```
 */
export const DeleteCenBandwidthPackage: Operation<
  DeleteCenBandwidthPackageInput,
  DeleteCenBandwidthPackageOutput
> = cenOperation({ action: "DeleteCenBandwidthPackage", input: params(Params), output: result(Result) });
