import * as z from "zod/mini";

/**
 * Kinds of network instance a CEN connects (`InstanceType`): a VPC or a direct-connect gateway.
 *
 * @example
 * ```ts
 * volc.send(AttachInstanceToCen, { CenId, InstanceId: "vpc-1", InstanceRegionId: "cn-beijing", InstanceType: InstanceType.VPC });
 * ```
 */
export const InstanceType = {
  /** A virtual private cloud. */
  VPC: "VPC",
  /** A direct-connect gateway. */
  DCGW: "DCGW",
} as const;
/** `"VPC"` or `"DCGW"`. */
export type InstanceType = (typeof InstanceType)[keyof typeof InstanceType];

/** `InstanceType`: `"VPC"` or `"DCGW"`. */
export const InstanceTypeSchema = z.enum(InstanceType, {
  error: (issue) =>
    issue.input === undefined ? undefined : `must be "VPC" or "DCGW"; got ${JSON.stringify(issue.input)}`,
});

/** `InstanceType` where only VPCs qualify (publishing route entries): `"VPC"`. */
export const VpcOnlySchema = z.literal("VPC", {
  error: (issue) =>
    issue.input === undefined
      ? undefined
      : `must be "VPC": only the system route table of a VPC can be published; got ${JSON.stringify(issue.input)}`,
});
