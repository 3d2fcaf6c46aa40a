import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { ServiceCidrSchema } from "../cidr.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The CEN. */
  CenId: IdSchema,
  /** The service route's CIDR block, inside `100.64.0.0/10` or `fd00:64::/32`. */
  DestinationCidrBlock: ServiceCidrSchema,
  /** Region of the cloud service, e.g. `"cn-beijing"`. */
  ServiceRegionId: IdSchema,
};

const Result = {};

/** Parameters of {@link DeleteCenServiceRouteEntry}. */
export interface DeleteCenServiceRouteEntryInput extends In<typeof Params> {}
/** `Result` of {@link DeleteCenServiceRouteEntry}: empty. */
export interface DeleteCenServiceRouteEntryOutput extends Out<typeof Result> {}

/**
 * cen `DeleteCenServiceRouteEntry`: deletes a service route.
 *
 * @example
 * ```ts
 * await volc.send(DeleteCenServiceRouteEntry, { CenId, DestinationCidrBlock: "100.64.0.0/11", ServiceRegionId: "cn-beijing" });
 * ```
 */
export const DeleteCenServiceRouteEntry: Operation<
  DeleteCenServiceRouteEntryInput,
  DeleteCenServiceRouteEntryOutput
> = cenOperation({ action: "DeleteCenServiceRouteEntry", input: params(Params), output: result(Result) });
