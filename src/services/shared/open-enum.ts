import * as z from "zod/mini";

/**
 * A string field of a result whose documented values are listed (a `Status`, say), typed so that
 * editors offer those values while a value the service adds later still passes the check and the type.
 *
 * @example
 * ```ts
 * const Result = { Status: openEnum<"Creating" | "Available" | "Deleting">() };
 * ```
 */
export function openEnum<Known extends string>(): z.ZodMiniType<Known | (string & {})> {
  return z.string();
}
