import * as z from "zod/mini";
import { ValidationError, type ValidationIssue } from "../errors.js";
import type { AnyOperation, OperationMethod } from "./operation.js";
import type { SendOptions } from "./options.js";
import { flatKeyProblem } from "./query-params.js";
import type { Sender } from "./sender.js";

/** What `volc.call` sends: an action that has no typed operation (yet). */
export interface CallSpec {
  /** Service name as signed, e.g. `"vpc"`. */
  service: string;
  /** API version, e.g. `"2020-04-01"`. */
  version: string;
  /** Action name, e.g. `"DescribeVpcs"`. */
  action: string;
  /** `"GET"` (the default): parameters flattened into the query. `"POST"`: parameters as a JSON body. */
  method?: OperationMethod | undefined;
  /** The documented host, used when no endpoint rule gives another. Default `open.volcengineapi.com`. */
  host?: string | undefined;
  /** True when the action is safe to repeat (a read): then it is retried on any transient failure. */
  idempotent?: boolean | undefined;
}

/** Service, action and version names (`vpc`, `DescribeVpcs`, `2020-04-01`): letters, digits and `_ . -`. */
const NAME = /^[\w.-]{1,128}$/;
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$/;
/** A `call` checks nothing in the answer: it hands over `Result` as it came. */
const ANY_RESULT = z.unknown();

/**
 * Sends any action, typed or not yet: `{ service, version, action, method?, host?, idempotent? }` and its
 * parameters (what `volc.call` does in `volcengine-ts`). They are checked only as an object of
 * parameters (strings, numbers, booleans, lists and objects of them), flattened into the query for GET
 * (the default) and sent as JSON for POST, signed, and retried only when the request cannot have taken
 * effect (or on any transient failure when `idempotent: true`). The host follows the client's endpoint
 * rules, with `host` (default `open.volcengineapi.com`) as the documented one. Errors are typed as for
 * `send`; the result is the answer's `Result`, unchecked.
 *
 * @example
 * ```ts
 * import { callAction, VolcClient } from "volcengine-ts/fetch";
 * const vpcs = await callAction(volc, { service: "vpc", version: "2020-04-01", action: "DescribeVpcs", idempotent: true }, { PageSize: 10 });
 * ```
 */
export async function callAction(
  client: Sender,
  spec: CallSpec,
  params: Readonly<Record<string, unknown>> = {},
  options?: SendOptions,
): Promise<unknown> {
  const op = callOperation(spec);
  // The operation's schemas accept anything: the parameters were checked here, and the answer is not.
  return client.send(op, checkCallParams(op, params), options);
}

/**
 * The operation a `call` sends, from its spec.
 *
 * @throws {ValidationError} naming each field of the spec that cannot work.
 */
export function callOperation(spec: CallSpec): AnyOperation {
  const s = (spec ?? {}) as Partial<CallSpec>;
  const issues: ValidationIssue[] = [];
  for (const field of ["service", "version", "action"] as const) {
    if (typeof s[field] !== "string" || !NAME.test(s[field])) {
      issues.push({ path: field, message: "must be 1–128 letters, digits and _ . -" });
    }
  }
  if (s.method !== undefined && s.method !== "GET" && s.method !== "POST") {
    issues.push({ path: "method", message: 'must be "GET" or "POST"' });
  }
  if (s.host !== undefined && (typeof s.host !== "string" || !HOST.test(s.host))) {
    issues.push({ path: "host", message: 'must be a host name such as "open.volcengineapi.com"' });
  }
  if (issues.length > 0) throw new ValidationError(issues, { subject: "call" });
  return {
    service: s.service as string,
    version: s.version as string,
    action: s.action as string,
    method: s.method ?? "GET",
    host: s.host ?? "open.volcengineapi.com",
    idempotent: s.idempotent === true,
    input: ANY_RESULT,
    output: ANY_RESULT,
  };
}

/**
 * Checks a `call`'s parameters as an object of parameters: names that can go on the wire, values that
 * are strings, finite numbers, booleans, or lists and objects of them (`null` and `undefined` are left
 * out, as missing optionals). Returns a copy to send.
 *
 * @throws {ValidationError} listing each value that cannot be sent, by its wire path.
 */
export function checkCallParams(op: AnyOperation, params: unknown): Record<string, unknown> {
  const issues: ValidationIssue[] = [];
  const walk = (value: unknown, path: string, depth: number): void => {
    if (issues.length >= 50) return;
    const problem = path === "" ? undefined : flatKeyProblem(path);
    if (problem !== undefined) {
      issues.push({ path, message: problem });
      return;
    }
    if (value === null || value === undefined || typeof value === "string" || typeof value === "boolean")
      return;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) issues.push({ path, message: `must be a finite number; got ${value}` });
      return;
    }
    if (typeof value !== "object" || depth > 20) {
      issues.push({
        path,
        message: `cannot be sent: ${depth > 20 ? "nested too deep" : `a ${typeof value}`}`,
      });
      return;
    }
    const at = (key: string) => (path === "" ? key : `${path}.${key}`);
    const entries = Array.isArray(value)
      ? value.map((item, i) => [String(i + 1), item] as const)
      : Object.entries(value as Record<string, unknown>);
    for (const [key, item] of entries) walk(item, at(key), depth + 1);
  };
  if (typeof params !== "object" || params === null || Array.isArray(params)) {
    issues.push({ path: "(input)", message: "the parameters must be an object" });
  } else {
    walk(params, "", 0);
  }
  const context = { service: op.service, action: op.action };
  if (issues.length > 0) throw new ValidationError(issues, context);
  return { ...(params as Record<string, unknown>) };
}
