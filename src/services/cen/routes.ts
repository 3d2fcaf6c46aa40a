import * as z from "zod/mini";
import { crossFieldCheck } from "../shared/cross-field.js";
import { IdSchema } from "../shared/free-text.js";
import { type BoundedList, boundedList } from "../shared/list.js";
import { text } from "../shared/text-rule.js";
import { InstanceTypeSchema } from "./instance-type.js";

/** The description of a service or summary route: 0–255 characters. */
export const RouteDescriptionSchema: z.ZodMiniString<string> = text({ min: 0, max: 255 });

/**
 * How a service route is published (`PublishMode`): to the direct-connect gateways of its region (the
 * default), or to the instances listed in `PublishToInstances` (a beta).
 */
export const PublishMode = {
  /** To the direct-connect gateways in the service's region (the default). */
  LocalDCGW: "LocalDCGW",
  /** To the instances in `PublishToInstances` (beta). */
  Custom: "Custom",
} as const;
/** `"LocalDCGW"` or `"Custom"`. */
export type PublishMode = (typeof PublishMode)[keyof typeof PublishMode];

/** `PublishMode`: `"LocalDCGW"` or `"Custom"`. */
export const PublishModeSchema = z.enum(PublishMode, {
  error: (issue) =>
    issue.input === undefined
      ? undefined
      : `must be "LocalDCGW" or "Custom"; got ${JSON.stringify(issue.input)}`,
});

/** The fields of one instance a service route is published to. */
export type PublishToInstanceFields = {
  /** Id of the instance, e.g. `"vpc-2fe5dk7mzg4pc59gp68bbxxxx"`. */
  InstanceId: z.ZodMiniString<string>;
  /** Region of the instance, e.g. `"cn-beijing"`. */
  InstanceRegionId: z.ZodMiniString<string>;
  /** `"VPC"` or `"DCGW"`. */
  InstanceType: typeof InstanceTypeSchema;
};

const PublishToInstance: PublishToInstanceFields = {
  InstanceId: IdSchema,
  InstanceRegionId: IdSchema,
  InstanceType: InstanceTypeSchema,
};

/** `PublishToInstances`: at most 100 instances, sent as `PublishToInstances.N.InstanceId` etc. */
export const PublishToInstancesSchema: BoundedList<z.ZodMiniObject<PublishToInstanceFields, z.core.$strict>> =
  boundedList(z.strictObject(PublishToInstance), 100, "instances");

/** `PublishMode` `Custom` needs the instances it publishes to. */
export const customModeNeedsInstances = crossFieldCheck<{
  PublishMode?: PublishMode;
  PublishToInstances?: unknown[];
}>((fields, report) => {
  const instances = fields.PublishToInstances;
  if (fields.PublishMode === "Custom" && (!Array.isArray(instances) || instances.length === 0)) {
    report("PublishToInstances", "is required with PublishMode Custom: name the instances to publish to");
  }
});
