import type { ActionHandler } from "../handler.js";

/** The emulated actions of calls, call records, tasks, voice resources and qualifications. */
export const VOICE_HANDLERS: readonly ActionHandler[] = [];
