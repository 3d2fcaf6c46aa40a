import { Describe95Traffic } from "../../../services/cen/traffic/describe-95-traffic.js";
import { defineHandler } from "../../handler.js";
import { packageOf } from "../lookups.js";
import { isoTime } from "../time.js";

/**
 * cen `Describe95Traffic`: for a bandwidth package (`InvalidCenBandwidthPackage.NotFound` otherwise), the
 * day's 24 hourly intervals, each billed at 0 Mbps: the emulator carries no traffic. `Day` and
 * `ResourceType` are undocumented and taken as they come; the intervals start at the emulator's clock.
 */
export const describe95TrafficHandler = defineHandler({
  operation: Describe95Traffic,
  issueRules: [],
  handle(input, ctx) {
    const pkg = packageOf(ctx, input.InstanceId);
    const hour = 3600_000;
    const start = Math.floor(ctx.nowMs / hour) * hour - 24 * hour;
    return {
      TrafficData: {
        InstanceId: pkg.CenBandwidthPackageId,
        Bandwidth: pkg.Bandwidth,
        GuaranteedRatio: 100,
        TrafficDetailDatas: Array.from({ length: 24 }, (_, i) => ({
          BillBandwidth: "0",
          StartTime: isoTime(start + i * hour),
          EndTime: isoTime(start + (i + 1) * hour),
        })),
      },
    };
  },
});

/** The emulated action of 95th-percentile traffic. */
export const TRAFFIC_HANDLERS = [describe95TrafficHandler];
