import type { ActionHandler } from "../handler.js";
import { ATTACHED_INSTANCE_HANDLERS } from "./attached-instances/handlers.js";
import { createCenBandwidthPackageHandler } from "./bandwidth-packages/create-cen-bandwidth-package.js";
import { BANDWIDTH_PACKAGE_HANDLERS } from "./bandwidth-packages/handlers.js";
import { GRANT_HANDLERS } from "./grants/handlers.js";
import { INSTANCE_HANDLERS } from "./instances/handlers.js";
import { INTER_REGION_BANDWIDTH_HANDLERS } from "./inter-region-bandwidths/handlers.js";
import { ROUTE_ENTRY_HANDLERS } from "./route-entries/handlers.js";
import { SERVICE_ROUTE_HANDLERS } from "./service-routes/handlers.js";
import { SUMMARY_ROUTE_HANDLERS } from "./summary-routes/handlers.js";
import { TAG_HANDLERS } from "./tags/handlers.js";
import { TRAFFIC_HANDLERS } from "./traffic/handlers.js";

/** The emulated actions of cen: all 43, by family. */
export const CEN_HANDLERS: readonly ActionHandler[] = [
  ...INSTANCE_HANDLERS,
  ...ATTACHED_INSTANCE_HANDLERS,
  createCenBandwidthPackageHandler,
  ...BANDWIDTH_PACKAGE_HANDLERS,
  ...INTER_REGION_BANDWIDTH_HANDLERS,
  ...ROUTE_ENTRY_HANDLERS,
  ...SERVICE_ROUTE_HANDLERS,
  ...SUMMARY_ROUTE_HANDLERS,
  ...GRANT_HANDLERS,
  ...TAG_HANDLERS,
  ...TRAFFIC_HANDLERS,
];
