import type * as z from "zod/mini";
import { MAX_REPORTED_ISSUES, ValidationError, type ValidationIssue } from "../errors.js";
import type { AnyOperation, InputOf, Operation } from "./operation.js";
import { defOf, unwrapSchema as unwrap } from "./schema-walk.js";

/**
 * Path of an issue about the input as a whole (not an object, say).
 *
 * Issue paths ({@link ValidationIssue.path}) are stable and follow the wire: names as the API documents
 * them, list items 1-based, joined by dots, exactly like the query keys of a GET call. So `Tags.2.Key` is
 * the key of the second tag, `Period` a top-level parameter, and `(input)` the input itself.
 */
export const ROOT_PATH = "(input)";

/**
 * The message of an issue the schemas leave to zod (a missing parameter, a wrong type, a value outside
 * an enum…), worded for a parameter (`"input"`) or for a field of an answer (`"answer"`). Written here
 * rather than taken from zod's English locale: the same words in fewer bytes.
 */
function defaultMessage(issue: z.core.$ZodRawIssue, side: "input" | "answer"): string {
  const atRoot = (issue.path?.length ?? 0) === 0;
  if (side === "input" && issue.code === "invalid_type" && atRoot) {
    return `the input must be an object of parameters; got ${kindOf(issue.input)}`;
  }
  // A required field left out fails as a wrong type (or, for an enum, a wrong value) of `undefined`.
  if (issue.input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value")) {
    return side === "input" ? "required parameter is missing" : "is missing";
  }
  switch (issue.code) {
    case "invalid_type": {
      const expected = issue.expected === "int" ? "integer" : issue.expected;
      const article = /^[aeiou]/.test(expected) ? "an" : "a";
      return `${side === "input" ? "must be" : "expected"} ${article} ${expected}; got ${kindOf(issue.input)}`;
    }
    case "invalid_value":
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}; got ${kindOf(issue.input)}`;
    case "too_big":
    case "too_small":
      return `must be ${issue.code === "too_big" ? "at most" : "at least"} ${String(issue.maximum ?? issue.minimum)}`;
    case "unrecognized_keys":
      return "unknown parameter";
    default:
      return "is invalid";
  }
}

/**
 * Error map handed to every parse (never set globally with `z.config`, which would change the messages
 * of the caller's own zod schemas). The schemas give each documented rule its own message; this covers
 * what zod itself finds: missing parameters, wrong types, unknown keys.
 */
const PARSE_OPTIONS = { error: (issue: z.core.$ZodRawIssue) => defaultMessage(issue, "input") };
/** What a run of a schema takes: synchronous, with the messages of {@link PARSE_OPTIONS}. */
const RUN_CONTEXT: z.core.ParseContextInternal<z.core.$ZodIssue> = { ...PARSE_OPTIONS, async: false };
/** The same messages, worded for an answer: a field the server left out is not the caller's parameter. */
const ANSWER_PARSE_OPTIONS = { error: (issue: z.core.$ZodRawIssue) => defaultMessage(issue, "answer") };

/**
 * Checks an operation's input against every documented rule of its schema and returns a fresh copy of
 * it, ready to serialize (the schemas transform nothing, so it has the input's shape; the caller may
 * fill in fields such as the idempotency token without touching the value it was given).
 *
 * @throws {ValidationError} listing every problem at once, each with its wire path (see {@link ROOT_PATH})
 * and its own message; unknown parameters come with the nearest known name.
 *
 * @example
 * ```ts
 * validateInput(CreateCenBandwidthPackage, { LocalGeographicRegionSetId: "China", PeerGeographicRegionSetId: "China", Bandwith: 5 });
 * // ValidationError: CreateCenBandwidthPackage input is invalid (1 problem); nothing was sent:
 * //   - Bandwith: unknown parameter; did you mean Bandwidth?
 * ```
 */
export function validateInput<Op extends AnyOperation>(op: Op, input: unknown): InputOf<Op> {
  const context = { service: op.service, action: op.action };
  let result: ReturnType<typeof op.input.safeParse>;
  try {
    // The hot path: a valid input costs one run of the schema, without safeParse's per-call wrapping.
    const run = op.input._zod.run({ value: input, issues: [] }, RUN_CONTEXT) as z.core.ParsePayload;
    if (run.issues.length === 0) return run.value as InputOf<Op>;
    result = op.input.safeParse(input, PARSE_OPTIONS);
  } catch (error) {
    // A getter that throws, a Proxy whose traps throw: the input cannot be read, which is the caller's to fix.
    const reason = error instanceof Error ? error.message : String(error);
    throw new ValidationError(
      [{ path: ROOT_PATH, message: `could not be read (reading it threw: ${reason.slice(0, 200)})` }],
      context,
    );
  }
  // Output and input types are the same shape (no transforms); zod types them apart, hence the cast.
  if (result.success) return result.data as InputOf<Op>;
  throw new ValidationError(toValidationIssues(op.input, result.error.issues), context);
}

/**
 * Whether a value passes a schema: the cheap question, asked first of every input and answer (it skips
 * safeParse's per-call wrapping and builds no error; only a value that fails is parsed again for its
 * messages).
 */
export function fits(schema: z.core.$ZodType, value: unknown): boolean {
  const run = schema._zod.run({ value, issues: [] }, RUN_CONTEXT) as z.core.ParsePayload;
  return run.issues.length === 0;
}

/**
 * Checks an answer's `Result` against an output schema with messages worded for answers ("is missing",
 * "expected a string; got number 123"); returns zod's result.
 */
export function parseAnswer<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
): ReturnType<z.ZodMiniType<T>["safeParse"]> {
  return schema.safeParse(value, ANSWER_PARSE_OPTIONS);
}

/**
 * Turns zod issues into {@link ValidationIssue}s with wire paths; one issue per unknown key, with a
 * suggestion read from `schema`. Used by {@link validateInput}; exported for the emulator.
 *
 * @example
 * ```ts
 * const r = op.input.safeParse(params);
 * if (!r.success) toValidationIssues(op.input, r.error.issues); // [{ path: "Tags.2.Key", message: "…" }]
 * ```
 */
export function toValidationIssues(
  schema: z.core.$ZodType,
  issues: readonly z.core.$ZodIssue[],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") {
      out.push({ path: formatIssuePath(issue.path), message: issue.message });
      continue;
    }
    const known = parameterNamesAt(schema, issue.path);
    // Hostile input can carry a million unknown keys: name the first few; the rest only count.
    issue.keys.forEach((key, index) => {
      const path = formatIssuePath([...issue.path, key]);
      out.push({
        path,
        message: index < MAX_REPORTED_ISSUES ? unknownKeyMessage(key, known) : "unknown parameter",
      });
    });
  }
  return out;
}

/**
 * A zod path in wire form: names as they are, list indexes 1-based, joined by dots; {@link ROOT_PATH}
 * for the empty path.
 *
 * @example
 * ```ts
 * formatIssuePath(["Tags", 1, "Key"]); // "Tags.2.Key"
 * ```
 */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return ROOT_PATH;
  return path.map((part) => (typeof part === "number" ? String(part + 1) : String(part))).join(".");
}

/** Names the nearest known parameter, or says how to write a flattened wire key (`Tags.1.Key`). */
function unknownKeyMessage(key: string, known: readonly string[]): string {
  const near = nearestName(key, known);
  if (near !== undefined) return `unknown parameter; did you mean ${near}?`;
  const head = key.split(".")[0] ?? "";
  if (head !== key && known.includes(head)) {
    return `unknown parameter; pass ${head} as a list (e.g. ${head}: [{ … }]), the client flattens it to ${key}`;
  }
  return "unknown parameter";
}

/**
 * The parameter names of the object schema found at `path` inside `schema`, or none. Walks the wrappers
 * operation schemas use: `optional`/`nullable`/`default`… (`def.innerType`) and arrays (`def.element`).
 */
function parameterNamesAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.core.$ZodType | undefined = unwrap(schema);
  for (const part of path) {
    if (node === undefined) return [];
    const def = defOf(node);
    if (typeof part === "number") node = def.type === "array" ? unwrap(def.element) : undefined;
    else node = def.type === "object" ? unwrap(def.shape[String(part)]) : undefined;
  }
  if (node === undefined) return [];
  const def = defOf(node);
  return def.type === "object" ? Object.keys(def.shape) : [];
}

/**
 * The known name nearest to `key`, if near enough to be a likely typo: compared case-insensitively
 * (so `bandwidth` finds `Bandwidth`), within an edit distance of at most 3 and at most a third of the
 * known name's length (rounded up), so short names do not match everything.
 */
export function nearestName(key: string, known: readonly string[]): string | undefined {
  const wanted = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of known) {
    const distance = editDistance(wanted, name.toLowerCase());
    if (distance < bestDistance && distance <= Math.min(3, Math.ceil(name.length / 3))) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

/** Damerau-Levenshtein distance (optimal string alignment: a swap of neighbours counts as one edit). */
function editDistance(a: string, b: string): number {
  // rows[i][j]: distance between the first i characters of a and the first j of b.
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i]!;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, at(i - 2, j - 2) + 1);
      row[j] = d;
    }
  }
  return at(a.length, b.length);
}

/** What was given instead, for a type message: `the string "10"`, `number 5`, `an array`… */
function kindOf(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string")
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return `${typeof value} ${String(value)}`;
  }
  return typeof value === "object" ? "an object" : typeof value;
}
