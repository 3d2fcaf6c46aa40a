import * as z from "zod/mini";
import type { AnyOperation } from "../client/operation.js";
import { schemaAt } from "../client/schema-walk.js";
import { ROOT_PATH, validateInput } from "../client/validate.js";
import { ValidationError, type ValidationIssue } from "../errors.js";
import { type ApiError, type ApiErrorSpec, apiError, formatMessage, GatewayErrors } from "./api-error.js";

/**
 * What kind of problem an issue is, judged from the schema and the value rather than from its message:
 * - `missing`: a known parameter with no value;
 * - `unknown`: a parameter the operation does not have;
 * - `gap`: a numbered list that skips a number (`Tags.2` without `Tags.1`);
 * - `cross-field`: the value passes its own schema but breaks a rule across fields (Asia to Asia, a
 *   Period not sold with that PeriodUnit);
 * - `invalid`: the value breaks its own rule.
 */
export type IssueKind = "missing" | "unknown" | "gap" | "cross-field" | "invalid";

/** A validation issue with what the documented error code depends on. */
export interface ServerIssue extends ValidationIssue {
  kind: IssueKind;
  /** The value found at the issue's path. */
  value: unknown;
}

/**
 * One line of an operation's table from issue to documented error: issues whose wire path matches
 * `path` (and whose kind is in `kinds`, by default `invalid` and `cross-field`, and for which `when`
 * holds) are answered with `error`.
 */
export interface IssueRule {
  path: RegExp;
  kinds?: readonly IssueKind[];
  when?: (issue: ServerIssue) => boolean;
  error: ApiErrorSpec;
}

const DEFAULT_KINDS: readonly IssueKind[] = ["invalid", "cross-field"];

/**
 * Checks a request's parameters with the operation's own schema (the SDK's `validateInput`, so no rule
 * is written twice) and throws the documented error for the first problem: a missing parameter first,
 * as the gateway reports those before anything else, then the first issue in schema order.
 *
 * @returns the validated parameters.
 */
export function checkParams(
  op: AnyOperation,
  params: Record<string, unknown>,
  gaps: readonly string[],
  rules: readonly IssueRule[],
): Record<string, unknown> {
  const firstGap = gaps[0];
  if (firstGap !== undefined) {
    throw toApiError(
      {
        path: firstGap,
        message: `${firstGap}.N must be numbered from 1 without gaps`,
        kind: "gap",
        value: undefined,
      },
      rules,
    );
  }
  try {
    return validateInput(op, params) as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const issues = error.issues.map((issue) => classify(op, params, issue));
    const first = issues.find((i) => i.kind === "missing") ?? issues[0];
    if (first === undefined) throw error;
    throw toApiError(first, rules);
  }
}

function toApiError(issue: ServerIssue, rules: readonly IssueRule[]): ApiError {
  const detail = sentence(`${issue.path}: ${issue.message}`);
  for (const rule of rules) {
    if (!rule.path.test(issue.path) || !(rule.kinds ?? DEFAULT_KINDS).includes(issue.kind)) continue;
    if (rule.when && !rule.when(issue)) continue;
    return apiError({ ...rule.error, message: formatMessage(rule.error.message, issue.path) }, detail);
  }
  const spec = issue.kind === "missing" ? GatewayErrors.MissingParameter : GatewayErrors.InvalidParameter;
  return apiError(
    { ...spec, message: formatMessage(spec.message, issue.path) },
    issue.kind === "missing" ? "" : detail,
  );
}

/** Ends a detail with a full stop, unless it already ends with punctuation. */
function sentence(text: string): string {
  return /[.?!。]$/.test(text) ? text : `${text}.`;
}

/** Judges an issue's kind from the operation's schema and the value at its path. */
function classify(op: AnyOperation, params: Record<string, unknown>, issue: ValidationIssue): ServerIssue {
  const path = toSchemaPath(issue.path);
  const value = valueAt(params, path);
  const schema = schemaAt(op.input, path);
  let kind: IssueKind;
  if (schema === undefined) kind = "unknown";
  else if (value === undefined) kind = "missing";
  // A value its own schema accepts can only be wrong together with another field.
  else if (path.length > 0 && z.safeParse(schema, value).success) kind = "cross-field";
  else kind = "invalid";
  return { ...issue, kind, value };
}

/** `Tags.2.Key` → `["Tags", 1, "Key"]`: list positions back to 0-based indexes. */
function toSchemaPath(wire: string): (string | number)[] {
  if (wire === ROOT_PATH) return [];
  return wire.split(".").map((part) => (/^[1-9]\d*$/.test(part) ? Number(part) - 1 : part));
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const part of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}
