import * as z from "zod/mini";
import { FreeTextSchema } from "../../shared/free-text.js";
import { integer } from "../../shared/integer.js";
import { type BoundedList, boundedList } from "../../shared/list.js";
import { text } from "../../shared/text-rule.js";
import { codeIn } from "../code-set.js";
import type { AudioRecordFlag, CallDisplayType, Flag } from "./codes.js";

// Parameter rules shared by the privacy-number binding operations (SERVICES.md §B.3). Each operation
// writes its own fields, with their descriptions, and takes these schemas for them.

/** 2038-01-01 00:00:00 Beijing time (UTC+8), in Unix seconds: every `ExpireTime` must come before it. */
export const EXPIRE_TIME_LIMIT = 2_145_888_000;

/**
 * `ExpireTime`: when a binding ends, in Unix **seconds**, more than a minute from now and before
 * 2038-01-01 00:00:00 (UTC+8). "Now" is the caller's clock when the input is checked.
 *
 * @example
 * ```ts
 * const Params = { ExpireTime: ExpireTimeSchema };
 * ```
 */
export const ExpireTimeSchema: z.ZodMiniNumber<number> = integer().check(
  z.superRefine((value, ctx) => {
    if (!Number.isSafeInteger(value)) return;
    const report = (message: string) => ctx.addIssue({ code: "custom", message, input: value });
    const now = Math.floor(Date.now() / 1000);
    if (value >= EXPIRE_TIME_LIMIT) {
      const hint = value > 1e11 ? ", which looks like milliseconds: give seconds" : "";
      report(
        `must be before 2038-01-01 00:00:00 (UTC+8), in Unix seconds below ${EXPIRE_TIME_LIMIT}; got ${value}${hint}`,
      );
    } else if (value <= now + 60) {
      report(`must be more than a minute from now, in Unix seconds above ${now + 60}; got ${value}`);
    }
  }),
);

/** `AudioRecordFlag`: `0` off, `1` on (the API's default). */
export const AudioRecordFlagSchema: z.ZodMiniType<AudioRecordFlag, AudioRecordFlag> = codeIn(
  [0, 1],
  "0 (off) or 1 (on)",
);

/** An on/off switch documented as `0` or `1` (`AxConflictAxbFlag`, `RandomFlag`, `AutoCreateFlag`…). */
export const FlagSchema: z.ZodMiniType<Flag, Flag> = codeIn([0, 1], "0 (off) or 1 (on)");

/** `CallDisplayType`: `1`–`4`. */
export const CallDisplayTypeSchema: z.ZodMiniType<CallDisplayType, CallDisplayType> = codeIn(
  [1, 2, 3, 4],
  "1 (no pass-through), 2 (A sees B), 3 (B sees A) or 4 (both see the real numbers)",
);

/** `CityCodeByPhoneNo`: `"A"` or `"B"`. */
export const CityCodeByPhoneNoSchema = z.enum(["A", "B"], {
  error: (issue) =>
    issue.input === undefined
      ? undefined
      : `must be "A" (the city of PhoneNoA) or "B" (the city of PhoneNoB); got ${JSON.stringify(issue.input)}`,
});

/** A city's area code as vms takes it (`"010"`); the API documents no format beyond examples. */
export const CityCodeSchema: z.ZodMiniString<string> = FreeTextSchema;

/** At most this many cities in a `DegradeCityList`. */
export const MAX_DEGRADE_CITIES = 5;

/** `DegradeCityList`: at most 5 area codes (`"010"`), or `"PNPC"` for the provincial capital. */
export const DegradeCityListSchema: BoundedList<typeof CityCodeSchema> = boundedList(
  CityCodeSchema,
  MAX_DEGRADE_CITIES,
  "cities",
);

/** `UserData`: the caller's own data, carried back in call records; at most 2048 characters. */
export const UserDataSchema: z.ZodMiniString<string> = text({ min: 0, max: 2048 });

/** `OutId`: the caller's own id for the binding (an order number, say); at most 128 characters. */
export const OutIdSchema: z.ZodMiniString<string> = text({ min: 0, max: 128 });

/** A duration in seconds (`EnableDuration`, `YbEnableDuration`); the API documents no range. */
export const SecondsSchema: z.ZodMiniNumber<number> = integer();

/** `VoiceCode`: JSON text, e.g. `{"axCallerVoiceCode":"…"}`. */
export const VoiceCodeSchema: z.ZodMiniString<string> = text({
  min: 0,
  max: Number.POSITIVE_INFINITY,
  multiline: true,
  more: [(value) => (isJson(value) ? undefined : 'must be JSON text, e.g. {"axCallerVoiceCode":"…"}')],
});

function isJson(value: string): boolean {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}
