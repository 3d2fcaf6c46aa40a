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
  /** The service route's CIDR block, inside `100.64.0.0/10` or `fd00:64::/32`. */
  DestinationCidrBlock: ServiceCidrSchema,
  /** Region of the cloud service, e.g. `"cn-beijing"`. */
  ServiceRegionId: IdSchema,
  /** New description, 0–255 characters. */
  Description: z.optional(RouteDescriptionSchema),
  /** `"LocalDCGW"` (the direct-connect gateways of the region) or `"Custom"` (beta). */
  PublishMode: z.optional(PublishModeSchema),
  /** With `PublishMode` `Custom`: at most 100 instances to publish the route to. */
  PublishToInstances: z.optional(PublishToInstancesSchema),
};

const Result = {};

/** Parameters of {@link ModifyCenServiceRouteEntryAttributes}. */
export interface ModifyCenServiceRouteEntryAttributesInput extends In<typeof Params> {}
/** `Result` of {@link ModifyCenServiceRouteEntryAttributes}: empty. */
export interface ModifyCenServiceRouteEntryAttributesOutput extends Out<typeof Result> {}

/**
 * cen `ModifyCenServiceRouteEntryAttributes`: changes a service route's description or where it is
 * published.
 *
 * @example
 * ```ts
 * await volc.send(ModifyCenServiceRouteEntryAttributes, {
 *   CenId, DestinationCidrBlock: "100.64.0.0/11", ServiceRegionId: "cn-beijing", Description: "object storage",
 * });
 * ```
 */
export const ModifyCenServiceRouteEntryAttributes: Operation<
  ModifyCenServiceRouteEntryAttributesInput,
  ModifyCenServiceRouteEntryAttributesOutput
> = cenOperation({
  action: "ModifyCenServiceRouteEntryAttributes",
  input: params(Params).check(customModeNeedsInstances),
  output: result(Result),
});
