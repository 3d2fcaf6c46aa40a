import type { HandlerContext } from "../../handler.js";
import { keyOf } from "../store.js";

/**
 * The route entries a VPC brings when it is attached, so that there is something to describe, publish
 * and withdraw: the system route of its CIDR block (`10.N.0.0/16`, N stable for the VPC's id), published.
 */
export function seedRouteEntries(
  ctx: HandlerContext,
  vpc: { CenId: string; InstanceId: string; InstanceRegionId: string },
): void {
  let n = 0;
  for (const c of vpc.InstanceId) n = (n * 31 + c.charCodeAt(0)) % 256;
  const cidr = `10.${n}.0.0/16`;
  ctx.state.cen.routeEntries.insert(keyOf(vpc.CenId, vpc.InstanceId, cidr), {
    CenId: vpc.CenId,
    DestinationCidrBlock: cidr,
    InstanceId: vpc.InstanceId,
    InstanceRegionId: vpc.InstanceRegionId,
    InstanceType: "VPC",
    PublishStatus: "Published",
    Status: "Available",
    Type: "System",
    AsPath: [],
  });
}
