import type * as z from "zod/mini";
import { integerBetween } from "../../shared/integer.js";
import { text } from "../../shared/text-rule.js";

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** Whether `value` is `yyyy-MM-dd HH:mm:ss` naming a real moment (no 31 April, no 24:00:00). */
function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

/**
 * A date and time as the vms task actions take it: `"yyyy-MM-dd HH:mm:ss"`, e.g. `"2026-03-01 09:00:00"`
 * (Beijing time, as the console shows it).
 *
 * @example
 * ```ts
 * const Params = { StartTime: DateTimeSchema };
 * ```
 */
export const DateTimeSchema: z.ZodMiniString<string> = text({
  min: 1,
  max: Number.POSITIVE_INFINITY,
  more: [
    (value) =>
      value === "" || isDateTime(value)
        ? undefined
        : `must be a date and time written "yyyy-MM-dd HH:mm:ss", e.g. "2026-03-01 09:00:00"; got ${JSON.stringify(value.slice(0, 40))}`,
  ],
});

/**
 * `RingAgainTimes`: how many times an unanswered number is called again, 0–5 (default 0).
 *
 * @example
 * ```ts
 * const Params = { RingAgainTimes: z.optional(RingAgainTimesSchema) };
 * ```
 */
export const RingAgainTimesSchema: z.ZodMiniNumber<number> = integerBetween(0, 5, "redials");

/**
 * `RingAgainInterval`: minutes between redials, 5–1440 (default 5).
 *
 * @example
 * ```ts
 * const Params = { RingAgainInterval: z.optional(RingAgainIntervalSchema) };
 * ```
 */
export const RingAgainIntervalSchema: z.ZodMiniNumber<number> = integerBetween(5, 1440, "minutes");
