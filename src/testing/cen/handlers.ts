import type { ActionHandler } from "../handler.js";
import { createCenBandwidthPackageHandler } from "./create-cen-bandwidth-package.js";

/** The emulated actions of cen. */
export const CEN_HANDLERS: readonly ActionHandler[] = [createCenBandwidthPackageHandler];
