import { ValidationError, type ValidationIssue } from "../errors.js";

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

/** Path segments that would reach an object's prototype rather than a parameter. */
const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** The largest list position a flattened key may name (`Tags.10000.Key`): far above any documented limit. */
export const MAX_LIST_POSITION = 10_000;

/** Why a flattened key cannot be read, or nothing. Checked for every key before any object is built. */
export function flatKeyProblem(key: string): string | undefined {
  const parts = key.split(".");
  for (const part of parts) {
    if (FORBIDDEN_SEGMENTS.has(part)) {
      return `${JSON.stringify(part)} is not a parameter name (it would reach an object's prototype)`;
    }
    if (part === "") return "has an empty segment";
    if (/^\d+$/.test(part) && Number(part) > MAX_LIST_POSITION) {
      return `list position ${part} is past ${MAX_LIST_POSITION}`;
    }
  }
  return undefined;
}

/**
 * The inverse of {@link flattenParams}, for servers, emulators and command lines that receive flattened
 * keys: numeric segments become (0-based) array positions. Values stay strings; a schema decides what they
 * mean. A numbered list with a gap (`Tags.2` without `Tags.1`) keeps the gap as a missing element, so a
 * caller can detect it. Objects are built without prototypes, and a key whose segment would reach one
 * (`__proto__`, `constructor`, `prototype`) is refused, as is a list position past
 * {@link MAX_LIST_POSITION} (see {@link flatKeyProblem}).
 *
 * @throws {ValidationError} naming every key that cannot be read; nothing is built then.
 */
export function unflattenParams(flat: Iterable<readonly [string, string]>): Record<string, unknown> {
  const pairs = [...flat];
  const issues: ValidationIssue[] = [];
  for (const [key] of pairs) {
    const problem = flatKeyProblem(key);
    if (problem !== undefined) issues.push({ path: key, message: problem });
  }
  if (issues.length > 0) throw new ValidationError(issues, { subject: "Parameter names" });
  const root: Record<string, unknown> = Object.create(null);
  for (const [key, value] of pairs) {
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
        child = nextIsIndex ? [] : Object.create(null);
        (node as Record<string | number, unknown>)[slot] = child;
      }
      node = child as Record<string, unknown> | unknown[];
    }
  }
  return root;
}
