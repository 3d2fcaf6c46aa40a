/** What the emulator keeps for calls, call records, tasks, voice resources and qualifications. */
export class VoiceStore {
  // biome-ignore lint/complexity/noUselessConstructor: the tables of the voice families take the clock.
  constructor(_now: () => number, _transitionMs: () => number) {}

  /** Forgets every resource. */
  clear(): void {}
}
