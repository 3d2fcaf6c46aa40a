import { ValidationError, type ValidationIssue } from "../errors.js";
import type { RetryOptions, SendOptions, VolcClientOptions } from "./options.js";

/** setTimeout takes at most this many ms; a longer delay silently becomes 1 ms. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Checks the client's options when it is built, so that a mistake fails at once, with the option's
 * name, rather than as a raw `TypeError` or a 2 ms timeout at the first call.
 *
 * @throws {ValidationError} listing every bad option (subject "VolcClient options").
 */
export function checkClientOptions(options: VolcClientOptions): void {
  const issues: ValidationIssue[] = [];
  if (typeof options !== "object" || options === null) {
    throw new ValidationError([{ path: "(options)", message: "must be an object of options" }], {
      subject: "VolcClient options",
    });
  }
  checkRetryOptions(options, issues);
  const { endpoint, region, transport, onAttempt, now, random } = options;
  if (endpoint !== undefined) {
    const problem = endpointProblem(endpoint);
    if (problem) issues.push({ path: "endpoint", message: problem });
  }
  if (region !== undefined && (typeof region !== "string" || !/^[A-Za-z0-9_-]+$/.test(region))) {
    issues.push({
      path: "region",
      message: `must be a region id such as "cn-beijing" (letters, digits, - and _); got ${shown(region)}`,
    });
  }
  if (transport !== undefined && typeof (transport as { send?: unknown })?.send !== "function") {
    issues.push({ path: "transport", message: "must be a Transport (an object with a send method)" });
  }
  for (const [name, value] of [
    ["onAttempt", onAttempt],
    ["now", now],
    ["random", random],
  ] as const) {
    if (value !== undefined && typeof value !== "function") {
      issues.push({ path: name, message: `must be a function; got ${shown(value)}` });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues, { subject: "VolcClient options" });
}

/**
 * Checks the options of one call. Cheap when none are given (the common case).
 *
 * @throws {ValidationError} listing every bad option (subject "send options").
 */
export function checkSendOptions(options: SendOptions, service: string, action: string): void {
  const issues: ValidationIssue[] = [];
  if (typeof options !== "object" || options === null) {
    issues.push({ path: "(options)", message: "must be an object of options" });
  } else {
    checkRetryOptions(options, issues);
    const { signal } = options;
    if (signal !== undefined && typeof (signal as AbortSignal | null)?.addEventListener !== "function") {
      issues.push({ path: "signal", message: "must be an AbortSignal" });
    }
  }
  if (issues.length > 0) {
    throw new ValidationError(issues, { subject: `${action} options`, service, action });
  }
}

function checkRetryOptions(options: RetryOptions, issues: ValidationIssue[]): void {
  const { timeoutMs, deadlineMs, maxAttempts, retryDelay } = options;
  for (const [name, value] of [
    ["timeoutMs", timeoutMs],
    ["deadlineMs", deadlineMs],
  ] as const) {
    if (value !== undefined && !isPositiveMs(value)) {
      issues.push({
        path: name,
        message: `must be a number of milliseconds, 1–${MAX_TIMER_MS}; got ${shown(value)}`,
      });
    }
  }
  if (maxAttempts !== undefined && !(Number.isSafeInteger(maxAttempts) && maxAttempts >= 1)) {
    issues.push({
      path: "maxAttempts",
      message: `must be a whole number of attempts, at least 1 (1 turns retries off); got ${shown(maxAttempts)}`,
    });
  }
  if (retryDelay !== undefined && typeof retryDelay !== "function") {
    if (typeof retryDelay !== "object" || retryDelay === null) {
      issues.push({ path: "retryDelay", message: "must be { baseMs, capMs } or a function" });
    } else {
      for (const key of ["baseMs", "capMs"] as const) {
        const value = retryDelay[key];
        if (value !== undefined && !(Number.isFinite(value) && value >= 0 && value <= MAX_TIMER_MS)) {
          issues.push({
            path: `retryDelay.${key}`,
            message: `must be a number of milliseconds, 0–${MAX_TIMER_MS}; got ${shown(value)}`,
          });
        }
      }
    }
  }
}

function isPositiveMs(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value) && value >= 1 && value <= MAX_TIMER_MS;
}

/** Why an endpoint cannot be used, or nothing. */
export function endpointProblem(endpoint: unknown): string | undefined {
  if (typeof endpoint !== "string") return `must be an http(s) URL string; got ${shown(endpoint)}`;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return `must be an absolute http(s) URL such as "https://open.volcengineapi.com"; got ${shown(endpoint)}`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return `must use http or https; got ${shown(url.protocol.slice(0, -1))}`;
  }
  if (url.username !== "" || url.password !== "") {
    return "must not carry a user name or password (the request is signed; they would only leak)";
  }
  if (url.search !== "" || url.hash !== "") return "must not have a query string or a fragment";
  return undefined;
}

/** A rejected option value, briefly and without quoting objects (they may hold secrets). */
function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) {
    return String(value);
  }
  return typeof value === "function"
    ? "a function"
    : Array.isArray(value)
      ? "an array"
      : `an ${typeof value}`;
}
