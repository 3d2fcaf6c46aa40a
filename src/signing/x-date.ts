/**
 * The `X-Date` timestamp: `YYYYMMDDTHHMMSSZ` in UTC (SPEC §1.7).
 */

/** "00" … "99", so that formatting a date is a few array reads and one template. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : `${n}`));

/** One-entry memo: requests signed within the same second share their X-Date. Holds no secret. */
let lastSecond = Number.NaN;
let lastXDate = "";

/**
 * Formats `date` as an `X-Date` value, `YYYYMMDDTHHMMSSZ` in UTC (milliseconds dropped).
 *
 * @throws RangeError when `date` is invalid or its year is outside 0000–9999.
 * @example
 * ```ts
 * formatXDate(new Date("2025-01-02T03:04:05.678Z")); // "20250102T030405Z"
 * ```
 */
export function formatXDate(date: Date): string {
  const second = Math.floor(date.getTime() / 1000);
  if (second === lastSecond) return lastXDate;
  if (Number.isNaN(second)) throw new RangeError("Cannot sign with an invalid Date");
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`X-Date needs a four-digit year; got ${year}`);
  const xDate =
    TWO_DIGITS[Math.floor(year / 100)]! +
    TWO_DIGITS[year % 100]! +
    TWO_DIGITS[date.getUTCMonth() + 1]! +
    TWO_DIGITS[date.getUTCDate()]! +
    "T" +
    TWO_DIGITS[date.getUTCHours()]! +
    TWO_DIGITS[date.getUTCMinutes()]! +
    TWO_DIGITS[date.getUTCSeconds()]! +
    "Z";
  lastSecond = second;
  lastXDate = xDate;
  return xDate;
}

const X_DATE_PATTERN = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/**
 * Parses an `X-Date` value strictly (`YYYYMMDDTHHMMSSZ`, a real calendar date and time of day);
 * `undefined` for anything else, so a server can answer `InvalidTimestamp` instead of throwing.
 *
 * @example
 * ```ts
 * parseXDate("20250102T030405Z")?.toISOString(); // "2025-01-02T03:04:05.000Z"
 * parseXDate("20250230T000000Z");                // undefined (no 30 February)
 * ```
 */
export function parseXDate(s: string): Date | undefined {
  const m = X_DATE_PATTERN.exec(s);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hours = Number(m[4]);
  const minutes = Number(m[5]);
  const seconds = Number(m[6]);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years 0–99 as 1900–1999
  date.setUTCHours(hours, minutes, seconds, 0);
  // Reject what Date would silently roll over (month 13, 30 February, 24:00:00, second 60).
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day ||
    date.getUTCHours() !== hours ||
    date.getUTCMinutes() !== minutes ||
    date.getUTCSeconds() !== seconds
  ) {
    return undefined;
  }
  return date;
}
