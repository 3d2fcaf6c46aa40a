import { CEN_HANDLERS } from "./cen/handlers.js";
import type { ActionHandler } from "./handler.js";
import { STS_HANDLERS } from "./sts/handlers.js";
import { PRIVACY_HANDLERS } from "./vms/privacy-handlers.js";
import { VOICE_HANDLERS } from "./vms/voice-handlers.js";

/** Every action the emulator serves. Adding one: write its handler beside its service, list it there. */
export const HANDLERS: readonly ActionHandler[] = [
  ...PRIVACY_HANDLERS,
  ...VOICE_HANDLERS,
  ...CEN_HANDLERS,
  ...STS_HANDLERS,
];
