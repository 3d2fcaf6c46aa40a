import { PrivacyStore } from "./privacy-store.js";
import { VoiceStore } from "./voice-store.js";

export type { NumberPoolRecord } from "./privacy-store.js";

/** Everything the emulator keeps for vms. */
export class VmsStore {
  /** Number pools, numbers and privacy-number bindings. */
  readonly privacy: PrivacyStore;
  /** Calls, call records, tasks, voice resources and qualifications. */
  readonly voice: VoiceStore;

  constructor(now: () => number, transitionMs: () => number) {
    this.privacy = new PrivacyStore(now, transitionMs);
    this.voice = new VoiceStore(now, transitionMs);
  }

  /** Forgets every resource. */
  clear(): void {
    this.privacy.clear();
    this.voice.clear();
  }
}
