import type { AnyOperation } from "../client/operation.js";
import { flatKeyProblem, unflattenParams } from "../client/query-params.js";
import { coerceToSchema } from "../client/schema-walk.js";
import { ValidationError } from "../errors.js";
import { apiError, formatMessage, GatewayErrors } from "./api-error.js";
import type { IncomingRequest } from "./incoming.js";

/** The parameters of a request, and any numbered list that skips a number (`Tags.2` without `Tags.1`). */
export interface DecodedParams {
  params: Record<string, unknown>;
  /** Wire paths of lists with a gap, e.g. `["Tags"]`. */
  gaps: string[];
}

const ROUTING = new Set(["Action", "Version"]);
const utf8 = new TextDecoder("utf-8", { fatal: false });

/**
 * Reads an operation's parameters from where the real service takes them: the query string (GET, and
 * anything besides Action and Version on a POST) and the body, as JSON or as a form
 * (`application/x-www-form-urlencoded`, which older SDKs send). Query and form values are text: they
 * are unflattened (`Tags.1.Key` → `Tags[0].Key`) and given the types the operation's schema wants. JSON
 * values keep their JSON types: a number sent as a JSON string is the caller's mistake to report.
 *
 * @throws ApiError `InvalidParameter` for a body that is neither JSON nor a form.
 */
export function decodeParams(req: IncomingRequest, op: AnyOperation): DecodedParams {
  const flat: [string, string][] = req.query.filter(([key]) => !ROUTING.has(key)).map(([k, v]) => [k, v]);
  let json: Record<string, unknown> = Object.create(null);
  if (req.body.length > 0) {
    const text = utf8.decode(req.body);
    const type = (req.headers["content-type"] ?? "").toLowerCase();
    const isForm =
      type.includes("application/x-www-form-urlencoded") ||
      (type === "" && !text.trimStart().startsWith("{"));
    if (isForm) flat.push(...new URLSearchParams(text).entries());
    else json = parseJsonBody(text);
  }
  const unflattened = readFlat(flat);
  const gaps = findGaps(unflattened, "");
  const params = coerceToSchema(unflattened, op.input) as Record<string, unknown>;
  return { params: Object.assign(Object.create(null), params, json), gaps };
}

/** The flattened parameters as objects; a key that cannot be a parameter is `InvalidParameter`. */
function readFlat(flat: readonly [string, string][]): Record<string, unknown> {
  try {
    return unflattenParams(flat);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const [first] = error.issues;
    throw invalid(first?.path ?? "(query)", `${first?.path}: ${first?.message}.`);
  }
}

/** Refuses a JSON body whose keys, at any depth, would reach an object's prototype. */
function refuseForbiddenKeys(value: unknown, path: string): void {
  if (typeof value !== "object" || value === null) return;
  for (const key of Object.keys(value)) {
    const where = path ? `${path}.${key}` : key;
    const problem = flatKeyProblem(key);
    if (problem !== undefined && !/^\d+$/.test(key)) throw invalid(where, `${where}: ${problem}.`);
    refuseForbiddenKeys((value as Record<string, unknown>)[key], where);
  }
}

function invalid(path: string, detail: string) {
  const spec = GatewayErrors.InvalidParameter;
  return apiError({ ...spec, message: formatMessage(spec.message, path) }, detail);
}

function parseJsonBody(text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw apiError(
      {
        ...GatewayErrors.InvalidParameter,
        message: formatMessage(GatewayErrors.InvalidParameter.message, "(body)"),
      },
      "The body is not valid JSON.",
    );
  }
  refuseForbiddenKeys(parsed, "");
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw apiError(
      {
        ...GatewayErrors.InvalidParameter,
        message: formatMessage(GatewayErrors.InvalidParameter.message, "(body)"),
      },
      "The body must be a JSON object of parameters.",
    );
  }
  return parsed as Record<string, unknown>;
}

/** Wire paths of the lists that have a hole (an index given while an earlier one is not). */
function findGaps(value: unknown, path: string): string[] {
  const out: string[] = [];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) {
        out.push(path);
        break;
      }
    }
    value.forEach((item, i) => {
      out.push(...findGaps(item, `${path}.${i + 1}`));
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value))
      out.push(...findGaps(item, path ? `${path}.${key}` : key));
  }
  return out;
}
