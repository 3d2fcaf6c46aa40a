import { ValidationError, type ValidationIssue } from "../errors.js";
import type { SendOptions, VolcClientOptions } from "./options.js";

/** setTimeout takes at most this many ms; a longer delay silently becomes 1 ms. */
const MAX_MS = 2_147_483_647;

/** Each checked option: whether a value is acceptable, and what it must be. */
const MS = `a number of milliseconds, 1–${MAX_MS}`;
const RULES: Readonly<Record<string, readonly [(value: unknown) => boolean, string]>> = {
  timeoutMs: [(v) => isMs(v, 1), MS],
  deadlineMs: [(v) => isMs(v, 1), MS],
  maxAttempts: [
    (v) => Number.isSafeInteger(v) && (v as number) >= 1,
    "a whole number of attempts, at least 1",
  ],
  retryDelay: [
    (v) => typeof v === "function" || (isObject(v) && isMs(v.baseMs ?? 0, 0) && isMs(v.capMs ?? 0, 0)),
    `{ baseMs, capMs } (0–${MAX_MS} ms each) or a function`,
  ],
  signal: [(v) => typeof (v as AbortSignal)?.addEventListener === "function", "an AbortSignal"],
  endpoint: [(v) => endpointProblem(v) === undefined, ""],
  region: [(v) => typeof v === "string" && REGION.test(v), 'a region id such as "cn-beijing"'],
  endpoints: [
    (v) => isObject(v) && Object.values(v).every((e) => endpointProblem(e) === undefined),
    "an object of http(s) URLs by service name",
  ],
};

/** A region id: letters, digits, `_` and `-`. */
export const REGION = /^[\w-]+$/;

/**
 * Checks the options of a client when it is built, or of one call (`subject`), so that a mistake fails
 * at once with the option's name, rather than as a raw `TypeError` or a 2 ms timeout at the first call.
 *
 * @throws {ValidationError} listing every bad option.
 */
export function checkOptions(
  options: VolcClientOptions | SendOptions,
  subject: string,
  action?: string,
): void {
  if (!isObject(options)) {
    throw new ValidationError([{ path: "(options)", message: "must be an object" }], { subject, action });
  }
  const issues: ValidationIssue[] = [];
  for (const name in RULES) {
    const value = (options as Record<string, unknown>)[name];
    const [ok, wanted] = RULES[name] as (typeof RULES)[string];
    if (value === undefined || ok(value)) continue;
    const message =
      name === "endpoint" ? (endpointProblem(value) as string) : `must be ${wanted}; got ${shown(value)}`;
    issues.push({ path: name, message });
  }
  if (issues.length > 0) throw new ValidationError(issues, { subject, action });
}

/** Why an endpoint cannot be used, or nothing. */
export function endpointProblem(endpoint: unknown): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint as string);
  } catch {
    return `must be an absolute http(s) URL such as "https://open.volcengineapi.com"; got ${shown(endpoint)}`;
  }
  if (!/^https?:$/.test(url.protocol))
    return `must use http or https; got ${shown(url.protocol.slice(0, -1))}`;
  // A user name or password would only leak: requests are signed.
  if (url.username || url.password) return "must not hold a user name or password";
  if (url.search || url.hash) return "must not have a query string or a fragment";
  return undefined;
}

function isMs(value: unknown, min: number): boolean {
  return typeof value === "number" && value >= min && value <= MAX_MS;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** A rejected option value, briefly, never quoting an object (it may hold secrets). */
function shown(value: unknown): string {
  return typeof value === "string"
    ? JSON.stringify(value.slice(0, 60))
    : isObject(value)
      ? "an object"
      : String(value);
}
