import { randomBytes, randomInt } from "node:crypto";

/** Beijing time, in which Volcengine request ids spell their timestamp. */
const UTC_PLUS_8_MS = 8 * 3600_000;

/**
 * Makes request ids shaped like Volcengine's (`20250605154603129051249208DE04B5`): the Beijing time to
 * the millisecond, nine digits and six hex digits. The nine digits count up, so no two ids from one
 * generator are equal, even within a millisecond.
 */
export class RequestIdGenerator {
  #counter = randomInt(0, 500_000_000);

  /** A new id, timestamped from `nowMs`. */
  next(nowMs: number): string {
    const stamp = new Date(nowMs + UTC_PLUS_8_MS)
      .toISOString()
      .replace(/[-:T.Z]/g, "")
      .slice(0, 17);
    this.#counter = (this.#counter + 1) % 1_000_000_000;
    const serial = String(this.#counter).padStart(9, "0");
    return `${stamp}${serial}${randomBytes(3).toString("hex").toUpperCase()}`;
  }
}
