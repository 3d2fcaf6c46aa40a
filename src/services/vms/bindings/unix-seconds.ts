import * as z from "zod/mini";

/**
 * A time in an answer, in Unix seconds (`EnableTime`, `ExpireTime` of a subscription). The docs type it
 * as an integer (Long), but the published sample of `QuerySubscriptionForList` sends it as a numeric
 * string (`"1608196519"`): both are read, and given as a number.
 *
 * @example
 * ```ts
 * const Result = { ExpireTime: z.optional(UnixSecondsAnswer) };
 * ```
 */
export const UnixSecondsAnswer: z.ZodMiniType<number, number | string> = z.pipe(
  z.union([z.number(), z.string().check(z.regex(/^\d{1,15}$/, "expected Unix seconds"))]),
  z.transform((value: number | string) => Number(value)),
);
