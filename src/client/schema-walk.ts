import type * as z from "zod/mini";

/** A schema's definition, typed as the union of zod's built-in kinds so that `def.type` narrows it. */
export function defOf(schema: z.core.$ZodType): z.core.$ZodTypes["_zod"]["def"] {
  return (schema as z.core.$ZodTypes)._zod.def;
}

/**
 * Peels the wrappers (`optional`, `nullable`, `default`, `readonly`, a pipe…) off a schema, down to the
 * schema that says what the value is. A pipe is read by its input side (what goes on the wire), unless
 * that side is only a guard (a `custom` check run first, such as a list's size bound): then by its output.
 */
export function unwrapSchema(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let node = schema;
  while (node !== undefined) {
    const def = defOf(node);
    if ("innerType" in def) node = def.innerType;
    else if (def.type === "pipe") node = defOf(def.in).type === "custom" ? def.out : def.in;
    else return node;
  }
  return node;
}

/**
 * The schema of the parameter at `path` (object keys and 0-based list indexes), or `undefined` when the
 * operation has no such parameter.
 */
export function schemaAt(
  schema: z.core.$ZodType,
  path: readonly (string | number)[],
): z.core.$ZodType | undefined {
  let node = unwrapSchema(schema);
  for (const part of path) {
    if (node === undefined) return undefined;
    const def = defOf(node);
    if (typeof part === "number") node = def.type === "array" ? unwrapSchema(def.element) : undefined;
    else
      node =
        def.type === "object" && Object.hasOwn(def.shape, part) ? unwrapSchema(def.shape[part]) : undefined;
  }
  return node;
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

/**
 * Gives text values the type the schema wants, as a server does with a query or a form body, where
 * every value arrives as a string: `"10"` becomes `10` where a number (or a numeric literal or enum) is
 * expected, `"true"`/`"false"` become booleans where a boolean is. Anything that does not read cleanly
 * stays a string, for the schema to reject with its own message. Unknown keys are left as they are.
 */
export function coerceToSchema(value: unknown, schema: z.core.$ZodType | undefined): unknown {
  const node = unwrapSchema(schema);
  if (node === undefined) return value;
  const def = defOf(node);
  if (typeof value === "string") {
    if (wantsNumber(def) && NUMERIC.test(value)) return Number(value);
    if (def.type === "boolean" && (value === "true" || value === "false")) return value === "true";
    return value;
  }
  if (Array.isArray(value) && def.type === "array") {
    // `map` keeps holes, so a numbered list with a gap still shows it to the validation that follows.
    return value.map((item: unknown) => coerceToSchema(item, def.element));
  }
  if (isRecord(value) && def.type === "object") {
    // No prototype: a key named "__proto__" stays a key (and is refused as unknown).
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value)) {
      out[key] = Object.hasOwn(def.shape, key) ? coerceToSchema(value[key], def.shape[key]) : value[key];
    }
    return out;
  }
  return value;
}

function wantsNumber(def: z.core.$ZodTypes["_zod"]["def"]): boolean {
  if (def.type === "number") return true;
  if (def.type === "literal") return def.values.length > 0 && def.values.every((v) => typeof v === "number");
  if (def.type === "enum") {
    const values = Object.values(def.entries);
    return values.length > 0 && values.every((v) => typeof v === "number");
  }
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
