/** vms writes its times as `yyyy-MM-dd HH:mm:ss` in Beijing time (UTC+8). */
const BEIJING_OFFSET_MS = 8 * 3600_000;

/** `ms` since the epoch as vms writes a time, e.g. `"2026-03-01 09:00:00"`. */
export function toBeijingText(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");
}

/** A `yyyy-MM-dd HH:mm:ss` Beijing time as ms since the epoch. */
export function fromBeijingText(text: string): number {
  return Date.parse(`${text.replace(" ", "T")}+08:00`);
}

/** `ms` since the epoch as whole Unix seconds, as the call records carry their times. */
export function unixSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}
