/** What `onAttempt` sees of each attempt. Holds no secret: signing headers are redacted. */
export interface AttemptEvent {
  service: string;
  action: string;
  /** 1 for the first attempt. */
  attempt: number;
  durationMs: number;
  /** HTTP status, when an answer came. */
  status: number | undefined;
  /** `ResponseMetadata.Error.Code`, for error answers. */
  code: string | undefined;
  requestId: string | undefined;
  /** Name of the error class, when the attempt failed. */
  error: string | undefined;
  willRetry: boolean;
  /** Back-off before the next attempt, in ms (0 when none). */
  delayMs: number;
  request: { method: string; url: string; headers: Record<string, string> };
}

/** Headers whose values are secret, or let someone replay a request. */
const SECRET_HEADERS = new Set(["authorization", "x-security-token"]);

/**
 * A copy of the headers that is safe to log, names in lower case: the Authorization value (it holds the
 * signature) and the session token are masked.
 */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) {
    const lower = name.toLowerCase();
    out[lower] = SECRET_HEADERS.has(lower) ? "[redacted]" : (headers[name] as string);
  }
  return out;
}
