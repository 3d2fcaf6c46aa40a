/** A parameter as it goes on the wire, before percent-encoding. */
export type QueryValue = string | number | boolean;

/**
 * Flattens parameters into Volcengine's dotted, 1-based query keys:
 * `{ Tags: [{ Key: "k" }] }` → `{ "Tags.1.Key": "k" }`, `{ CenIds: ["a"] }` → `{ "CenIds.1": "a" }`,
 * nested objects as `A.B`. `undefined` and `null` are left out (missing optionals are not sent).
 */
export function flattenParams(params: Readonly<Record<string, unknown>>): Record<string, QueryValue> {
  const out: Record<string, QueryValue> = {};
  for (const key in params) addValue(out, key, params[key]);
  return out;
}

function addValue(out: Record<string, QueryValue>, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) addValue(out, `${name}.${i + 1}`, value[i]);
  } else if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key in record) addValue(out, `${name}.${key}`, record[key]);
  } else {
    out[name] = value as QueryValue;
  }
}

/**
 * The inverse of {@link flattenParams}, for servers and emulators that receive a query: numeric segments
 * become (0-based) array positions. Values stay strings; a schema decides what they mean. A numbered list
 * with a gap (`Tags.2` without `Tags.1`) keeps the gap as a missing element, so a caller can detect it.
 */
export function unflattenParams(flat: Iterable<readonly [string, string]>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of flat) {
    const parts = key.split(".");
    let node: Record<string, unknown> | unknown[] = root;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      const last = i === parts.length - 1;
      const index = /^[1-9]\d*$/.test(part) && i > 0 ? Number(part) - 1 : undefined;
      const slot: string | number = index ?? part;
      if (last) {
        (node as Record<string | number, unknown>)[slot] = value;
        break;
      }
      const nextIsIndex = /^[1-9]\d*$/.test(parts[i + 1] as string);
      let child = (node as Record<string | number, unknown>)[slot];
      if (typeof child !== "object" || child === null) {
        child = nextIsIndex ? [] : {};
        (node as Record<string | number, unknown>)[slot] = child;
      }
      node = child as Record<string, unknown> | unknown[];
    }
  }
  return root;
}
