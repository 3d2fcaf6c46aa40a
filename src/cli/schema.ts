import * as z from "zod/mini";
import type { AnyOperation } from "../client/operation.js";
import type { OperationDocs } from "./catalog.js";

/** A JSON Schema node, as far as the command line reads one. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  [key: string]: unknown;
}

/**
 * The JSON Schema of an operation's input, from zod's own conversion (lists read by their items, not by
 * the size guard in front of them), with each parameter's description from the catalog attached, nested
 * ones included (`Tags.N.Key`), and the operation's summary as the schema's description. Rules that JSON
 * Schema cannot say (character sets, cross-field rules) are in the descriptions, as the TSDoc words them.
 */
export function inputJsonSchema(op: AnyOperation, docs: OperationDocs | undefined): JsonSchema {
  const schema = z.toJSONSchema(op.input as z.core.$ZodType, {
    io: "output",
    unrepresentable: "any",
    reused: "inline",
  }) as JsonSchema;
  schema.title = `${op.service} ${op.action}`;
  if (docs?.summary) schema.description = docs.summary;
  if (docs) attach(schema, "", docs.params);
  return schema;
}

function attach(node: JsonSchema, prefix: string, params: Readonly<Record<string, string>>): void {
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const path = prefix + name;
    const description = params[path];
    if (description) child.description = description;
    attach(child, `${path}.`, params);
    if (child.items) attach(child.items, `${path}.N.`, params);
  }
}

/** One line of an action's `--help`: a flag, its type, whether it is required, what it is. */
export interface ParamRow {
  flag: string;
  type: string;
  required: boolean;
  description: string;
}

/**
 * The flags an input schema takes, flattened as they are typed on the command line: `--Tags.N.Key`
 * for the fields of a list of objects, `--CenIds.N` for a list of scalars, besides `--Tags` itself
 * (which takes JSON).
 */
export function paramRows(schema: JsonSchema): ParamRow[] {
  const rows: ParamRow[] = [];
  walk(schema, "", true, rows);
  return rows;
}

function walk(node: JsonSchema, prefix: string, parentRequired: boolean, rows: ParamRow[]): void {
  const required = new Set(node.required ?? []);
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const flag = prefix + name;
    const isRequired = parentRequired && required.has(name);
    rows.push({ flag, type: typeName(child), required: isRequired, description: child.description ?? "" });
    if (child.properties) walk(child, `${flag}.`, isRequired, rows);
    const items = child.items;
    if (items?.properties) walk(items, `${flag}.N.`, false, rows);
  }
}

/** `string`, `integer`, `"China" | "Asia"`, `list of object`… */
export function typeName(node: JsonSchema): string {
  const name = baseType(node);
  return node.type === "array" || node.type === "object" ? `${name} (JSON)` : name;
}

function baseType(node: JsonSchema): string {
  if (node.enum) return node.enum.map((value) => JSON.stringify(value)).join(" | ");
  if (node.type === "array") return `list of ${node.items ? baseType(node.items) : "any"}`;
  if (Array.isArray(node.type)) return node.type.join(" | ");
  return node.type ?? "any";
}
