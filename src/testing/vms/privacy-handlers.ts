import type { ActionHandler } from "../handler.js";
import { createNumberPoolHandler } from "./pools/create-number-pool.js";

/** The emulated actions of number pools, numbers and privacy-number bindings. */
export const PRIVACY_HANDLERS: readonly ActionHandler[] = [createNumberPoolHandler];
