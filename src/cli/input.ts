import type * as z from "zod/mini";
import { unflattenParams } from "../client/query-params.js";
import { coerceToSchema, defOf, schemaAt } from "../client/schema-walk.js";
import type { WaiterParamDocs } from "./catalog.js";
import { UsageError } from "./usage-error.js";

/** How a parameter's text is read when no schema says it: by the type the catalog recorded. */
export type ParamKinds = Readonly<Record<string, WaiterParamDocs["type"]>>;

/**
 * The input of a call from its flags, on top of `--cli-input-json` (`base`, whose top-level parameters
 * the flags replace):
 *
 * - dotted names build nested values as on the wire (`--Tags.1.Key env` → `{ Tags: [{ Key: "env" }] }`);
 * - a JSON array or object is read as JSON where the schema expects a list or an object
 *   (`--Tags '[{"Key":"env"}]'`);
 * - text becomes a number or a boolean where the schema expects one (`--Bandwidth 10`).
 *
 * Anything else stays as given, for the SDK's own validation to judge with its own messages.
 *
 * @throws {UsageError} when a JSON value does not parse.
 */
export function buildInput(
  params: readonly (readonly [string, string])[],
  base: Readonly<Record<string, unknown>> | undefined,
  schema: z.core.$ZodType | ParamKinds,
): Record<string, unknown> {
  const pairs = params.map(([name, text]) => [name, readValue(name, text, schema)] as const);
  const flags = unflattenParams(pairs as unknown as [string, string][]);
  const merged: Record<string, unknown> = { ...base };
  for (const key of Object.keys(flags)) merged[key] = flags[key];
  if (isZodSchema(schema)) return coerceToSchema(merged, schema) as Record<string, unknown>;
  for (const key of Object.keys(merged)) merged[key] = coerceByKind(merged[key], schema[key]);
  return merged;
}

function isZodSchema(schema: z.core.$ZodType | ParamKinds): schema is z.core.$ZodType {
  return typeof (schema as { _zod?: unknown })._zod === "object";
}

function readValue(name: string, text: string, schema: z.core.$ZodType | ParamKinds): unknown {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return text;
  const wanted = expectedKind(name, schema);
  if (wanted !== "array" && wanted !== "object") return text;
  try {
    return JSON.parse(trimmed);
  } catch (error) {
    throw new UsageError(
      `--${name} takes a JSON ${wanted === "array" ? "array" : "object"} here, and this one does not parse: ${(error as Error).message}`,
    );
  }
}

/** Whether the parameter at a flag's dotted name is a list or an object, as far as the schema says. */
function expectedKind(name: string, schema: z.core.$ZodType | ParamKinds): string | undefined {
  const path = name.split(".").map((part) => (/^[1-9]\d*$/.test(part) ? Number(part) - 1 : part));
  if (!isZodSchema(schema)) return path.length === 1 ? schema[name] : undefined;
  const node = schemaAt(schema, path);
  if (node === undefined) return undefined;
  const type = defOf(node).type;
  return type === "array" ? "array" : type === "object" || type === "record" ? "object" : undefined;
}

function coerceByKind(value: unknown, kind: WaiterParamDocs["type"] | undefined): unknown {
  if (typeof value !== "string") return value;
  if (kind === "number" && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (kind === "boolean" && (value === "true" || value === "false")) return value === "true";
  return value;
}

/**
 * The object given to `--cli-input-json`: inline JSON (`'{"CenId":"cen-1"}'`), `-` for standard input,
 * or a file (`file://input.json` or a plain path).
 *
 * @throws {UsageError} when it cannot be read or is not a JSON object.
 */
export async function readCliInputJson(
  value: string,
  readStdin: () => Promise<string>,
): Promise<Record<string, unknown>> {
  let text: string;
  if (value.trim().startsWith("{")) text = value;
  else if (value === "-") text = await readStdin();
  else {
    const path = value.startsWith("file://") ? value.slice(7) : value;
    const { readFile } = await import("node:fs/promises");
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      throw new UsageError(
        `--cli-input-json: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? "error"}`,
      );
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--cli-input-json is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new UsageError("--cli-input-json must be a JSON object of parameters");
  }
  return parsed as Record<string, unknown>;
}
