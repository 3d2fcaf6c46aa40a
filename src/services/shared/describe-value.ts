/**
 * A short rendering of a rejected value for an issue message: strings quoted (so `"10"` reads apart from
 * `10`) and cut at 40 characters, containers named rather than dumped.
 *
 * @example
 * ```ts
 * describeValue("10"); // '"10"'
 * describeValue(1.5);  // '1.5'
 * ```
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}
