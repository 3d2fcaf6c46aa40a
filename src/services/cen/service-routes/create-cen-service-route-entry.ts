import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { ServiceCidrSchema } from "../cidr.js";
import { cenOperation } from "../operation.js";
import {
  customModeNeedsInstances,
  PublishModeSchema,
  PublishToInstancesSchema,
  RouteDescriptionSchema,
} from "../routes.js";

const Params = {
  /** The CEN. */
  CenId: IdSchema,
  /** The cloud service's addresses: a CIDR block inside `100.64.0.0/10` or `fd00:64::/32`. */
  DestinationCidrBlock: ServiceCidrSchema,
  /** Region of the cloud service, e.g. `"cn-beijing"`. */
  ServiceRegionId: IdSchema,
  /** A VPC in that region, attached to the CEN, through which the service is reached. */
  ServiceVpcId: IdSchema,
  /** Description, 0–255 characters. */
  Description: z.optional(RouteDescriptionSchema),
  /** `"LocalDCGW"` (default: the direct-connect gateways of the region) or `"Custom"` (beta). */
  PublishMode: z.optional(PublishModeSchema),
  /**
   * With `PublishMode` `Custom` (and only needed then): at most 100 instances to publish the route to,
   * sent as `PublishToInstances.N.InstanceId`, `.InstanceRegionId`, `.InstanceType`.
   */
  PublishToInstances: z.optional(PublishToInstancesSchema),
};

const Result = {};

/** Parameters of {@link CreateCenServiceRouteEntry}. */
export interface CreateCenServiceRouteEntryInput extends In<typeof Params> {}
/** `Result` of {@link CreateCenServiceRouteEntry}: empty. */
export interface CreateCenServiceRouteEntryOutput extends Out<typeof Result> {}

/**
 * cen `CreateCenServiceRouteEntry`: makes a cloud service (its `100.64.0.0/10` or `fd00:64::/32`
 * addresses) reachable across the CEN through an attached VPC.
 *
 * @example
 * ```ts
 * await volc.send(CreateCenServiceRouteEntry, {
 *   CenId, DestinationCidrBlock: "100.64.0.0/11", ServiceRegionId: "cn-beijing", ServiceVpcId: "vpc-1",
 * });
 * ```
 */
export const CreateCenServiceRouteEntry: Operation<
  CreateCenServiceRouteEntryInput,
  CreateCenServiceRouteEntryOutput
> = cenOperation({
  action: "CreateCenServiceRouteEntry",
  input: params(Params).check(customModeNeedsInstances),
  output: result(Result),
});
