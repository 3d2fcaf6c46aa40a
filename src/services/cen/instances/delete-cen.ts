import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The CEN to delete, e.g. `"cen-7qthudw0ll6jmc****"`. */
  CenId: IdSchema,
};

const Result = {};

/** Parameters of {@link DeleteCen}. */
export interface DeleteCenInput extends In<typeof Params> {}
/** `Result` of {@link DeleteCen}: empty. */
export interface DeleteCenOutput extends Out<typeof Result> {}

/**
 * cen `DeleteCen`: deletes a CEN instance. It must have no attached instance, no associated bandwidth
 * package and no summary route left (`InvalidCen.InUse` otherwise). It is `Deleting` for a while: wait
 * with `waitUntilCenDeleted`.
 *
 * @example
 * ```ts
 * await volc.send(DeleteCen, { CenId });
 * await waitUntilCenDeleted(volc, { CenId });
 * ```
 */
export const DeleteCen: Operation<DeleteCenInput, DeleteCenOutput> = cenOperation({
  action: "DeleteCen",
  input: params(Params),
  output: result(Result),
});
