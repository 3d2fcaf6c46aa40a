import { assumeRoleHandler } from "./assume-role.js";
import { createCenBandwidthPackageHandler } from "./create-cen-bandwidth-package.js";
import { createNumberPoolHandler } from "./create-number-pool.js";
import type { ActionHandler } from "./handler.js";

/** Every action the emulator serves. Adding one: write its handler, list it here. */
export const HANDLERS: readonly ActionHandler[] = [
  createNumberPoolHandler,
  createCenBandwidthPackageHandler,
  assumeRoleHandler,
];
