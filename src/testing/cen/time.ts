// The times cen answers with: creation and update times in ISO 8601 with the UTC+8 offset
// (`2021-04-09T08:36:47+08:00`), billing times as `2021-05-07 23:59:59` (Beijing time, no zone).

const UTC_PLUS_8_MS = 8 * 3600_000;

/** `2021-04-09T08:36:47+08:00`. */
export function isoTime(ms: number): string {
  return `${new Date(ms + UTC_PLUS_8_MS).toISOString().slice(0, 19)}+08:00`;
}

/** `2021-05-07 23:59:59`. */
export function billingTime(ms: number): string {
  return new Date(ms + UTC_PLUS_8_MS).toISOString().slice(0, 19).replace("T", " ");
}

/**
 * The end (23:59:59, Beijing time) of the day `period` months or years after `fromMs`: when a prepaid
 * package bought or renewed then expires. A day past the end of the target month is its last day.
 */
export function addPeriod(fromMs: number, period: number, unit: string): number {
  const from = new Date(fromMs + UTC_PLUS_8_MS);
  const months = from.getUTCMonth() + (unit === "Year" ? 12 * period : period);
  const lastDay = new Date(Date.UTC(from.getUTCFullYear(), months + 1, 0)).getUTCDate();
  const day = Math.min(from.getUTCDate(), lastDay);
  return Date.UTC(from.getUTCFullYear(), months, day, 23, 59, 59) - UTC_PLUS_8_MS;
}
