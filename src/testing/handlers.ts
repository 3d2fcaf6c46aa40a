import { createCenBandwidthPackageHandler } from "./cen/create-cen-bandwidth-package.js";
import type { ActionHandler } from "./handler.js";
import { assumeRoleHandler } from "./sts/assume-role.js";
import { createNumberPoolHandler } from "./vms/create-number-pool.js";

/** Every action the emulator serves. Adding one: write its handler beside its service, list it here. */
export const HANDLERS: readonly ActionHandler[] = [
  createNumberPoolHandler,
  createCenBandwidthPackageHandler,
  assumeRoleHandler,
];
