import type { ActionHandler } from "../handler.js";
import { assumeRoleHandler } from "./assume-role.js";

/** The emulated actions of sts. */
export const STS_HANDLERS: readonly ActionHandler[] = [assumeRoleHandler];
