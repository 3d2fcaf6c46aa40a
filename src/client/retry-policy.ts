import {
  ConnectionError,
  MalformedResponseError,
  ServiceError,
  TimeoutError,
  type VolcError,
} from "../errors.js";

/** HTTP statuses that signal a transient failure. */
export const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/** Error codes that signal a transient failure, whatever the HTTP status they came with. */
export const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  "FlowLimitExceeded",
  "AccountFlowLimitExceeded",
  "ServiceUnavailableTemp",
  "ServiceUnavailable",
  "InternalServiceTimeout",
  "InternalError",
  "IdempotentProcessing",
]);

/** Throttling answers: the gateway refused the request before the service processed it. */
export const THROTTLING_CODES: ReadonlySet<string> = new Set([
  "FlowLimitExceeded",
  "AccountFlowLimitExceeded",
]);

/** The signature was refused for a skewed clock: the request was not processed. */
export const CLOCK_SKEW_CODE = "InvalidTimestamp";

/** Whether an error answer from the service is transient. */
export function isTransientAnswer(status: number, code: string): boolean {
  return TRANSIENT_STATUSES.has(status) || TRANSIENT_CODES.has(code);
}

/** Whether an answer proves the request was turned away before the service acted on it. */
export function wasRefusedBeforeProcessing(status: number, code: string): boolean {
  return status === 429 || THROTTLING_CODES.has(code) || code === CLOCK_SKEW_CODE;
}

/**
 * Whether a failed attempt may be tried again. An idempotent call (it carries an idempotency token, or
 * the operation is safe to repeat) is retried on any transient failure. Any other call is retried only
 * when the failure proves the request never took effect: it was never sent, or it was throttled.
 */
export function isRetryable(error: VolcError, idempotent: boolean): boolean {
  if (error instanceof ServiceError) {
    if (!error.retryable) return false;
    return idempotent || wasRefusedBeforeProcessing(error.status, error.code);
  }
  if (error instanceof ConnectionError) return idempotent || !error.requestMayHaveBeenSent;
  if (error instanceof TimeoutError) return idempotent && error.kind === "attempt";
  if (error instanceof MalformedResponseError)
    return idempotent && (error.status >= 500 || error.status === 429);
  return false;
}

/** Back-off settings: the delay before retry n is a random value in [0, min(capMs, baseMs × 2^(n-1))]. */
export interface BackoffOptions {
  /** Default 100 ms. */
  baseMs?: number;
  /** Default 20 000 ms. */
  capMs?: number;
}

/** A custom delay: gets the retry number (1 for the first retry) and the error; returns milliseconds. */
export type RetryDelayFunction = (retry: number, error: VolcError) => number;

/** Exponential back-off with full jitter (the AWS architecture blog's recommendation). */
export function backoffDelay(
  retry: number,
  options: BackoffOptions = {},
  random: () => number = Math.random,
): number {
  const base = options.baseMs ?? 100;
  const cap = options.capMs ?? 20_000;
  return Math.floor(random() * Math.min(cap, base * 2 ** (retry - 1)));
}

/**
 * Reads `Retry-After`: delta-seconds or an HTTP date. Returns milliseconds, or undefined when absent
 * or unreadable.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
