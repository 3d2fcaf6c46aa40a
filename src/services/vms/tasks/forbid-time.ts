import * as z from "zod/mini";
import { integerBetween } from "../../shared/integer.js";
import { text } from "../../shared/text-rule.js";

const PERIOD = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;

/** One no-call period of a day, `"HH:mm-HH:mm"` (e.g. `"12:00-14:00"`). */
const PeriodSchema = text({
  min: 1,
  max: Number.POSITIVE_INFINITY,
  more: [
    (value) =>
      value === "" || PERIOD.test(value)
        ? undefined
        : `must be a period written "HH:mm-HH:mm", e.g. "12:00-14:00"; got ${JSON.stringify(value.slice(0, 40))}`,
  ],
});

/**
 * The fields of one no-call rule (`ForbidTimeList[]`). Written out as a named type so that their
 * descriptions reach the published types of every operation that takes them.
 */
export type ForbidTimeFields = {
  /** At least one period of the day when no call is placed, each `"HH:mm-HH:mm"`, e.g. `["12:00-14:00"]`. */
  Times: z.ZodMiniArray<z.ZodMiniString<string>>;
  /** The days the periods hold on, 1 (Sunday) to 7 (Saturday); every day when left out. See {@link Weekday}. */
  Weekdays: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniNumber<number>>>;
};

const ForbidTimeParams: ForbidTimeFields = {
  Times: z.array(PeriodSchema).check(
    z.superRefine<unknown[]>(
      (periods, ctx) => {
        if (periods.length === 0)
          ctx.addIssue({ code: "custom", message: "must hold at least one period", input: periods });
      },
      { when: (payload) => Array.isArray(payload.value) },
    ),
  ),
  Weekdays: z.optional(z.array(integerBetween(1, 7, "(1 is Sunday, 7 Saturday)"))),
};

/**
 * One no-call rule: periods of the day, on some days of the week. A period that does not read as
 * `HH:mm-HH:mm` is what the service answers `ForbidTimeParseFail` for.
 *
 * @example
 * ```ts
 * const Params = { ForbidTimeList: z.optional(z.array(ForbidTimeSchema)) };
 * ```
 */
export const ForbidTimeSchema: z.ZodMiniObject<ForbidTimeFields, z.core.$strict> =
  z.strictObject(ForbidTimeParams);
