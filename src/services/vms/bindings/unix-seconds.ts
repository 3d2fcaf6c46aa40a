import * as z from "zod/mini";

/**
 * A time in an answer, in Unix seconds (`EnableTime`, `ExpireTime` of a subscription). The docs type it
 * as an integer (Long), but the published sample of `QuerySubscriptionForList` sends it as a numeric
 * string (`"1608196519"`): both forms are accepted, and typed as both (answers are handed over as they
 * came; `Number(value)` reads either).
 *
 * @example
 * ```ts
 * const Result = { ExpireTime: z.optional(UnixSecondsAnswer) };
 * ```
 */
export const UnixSecondsAnswer: z.ZodMiniType<number | string, number | string> = z.union([
  z.number(),
  z.string().check(z.regex(/^\d{1,15}$/, "expected Unix seconds")),
]);
