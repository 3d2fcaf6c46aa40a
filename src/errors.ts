/**
 * The one error family of volcengine-ts. Every failure a caller can see is one of these classes, except a
 * caller's own abort, which rejects with the signal's reason (the platform's `AbortError` by default).
 *
 * None of them ever holds a secret key, a session token, an Authorization value or a signature: they are
 * built only from what the server answered and from the operation's name, never from request headers.
 */

/** Where a failure happened: the operation and, once the server answered, its request id. */
export interface ErrorContext {
  /** Service name as signed, e.g. `"cen"`. */
  service?: string | undefined;
  /** Action name, e.g. `"CreateCenBandwidthPackage"`. */
  action?: string | undefined;
  /** `ResponseMetadata.RequestId` of the answer, when there was one. Quote it to Volcengine support. */
  requestId?: string | undefined;
  /** How many attempts were made before this error surfaced. */
  attempts?: number | undefined;
  cause?: unknown;
}

/**
 * Base class of every error volcengine-ts throws.
 *
 * @example
 * ```ts
 * try { await volc.send(CreateNumberPool, input); }
 * catch (err) { if (err instanceof VolcError) console.error(err.name, err.requestId, err.message); }
 * ```
 */
export class VolcError extends Error {
  override name = "VolcError";
  readonly service: string | undefined;
  readonly action: string | undefined;
  readonly requestId: string | undefined;
  /** Attempts made (1 when nothing was retried); undefined for errors raised before sending. */
  attempts: number | undefined;

  constructor(message: string, context: ErrorContext = {}) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.service = context.service;
    this.action = context.action;
    this.requestId = context.requestId;
    this.attempts = context.attempts;
  }

  /** A plain, log-safe view of the error (what `JSON.stringify` prints). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (key !== "cause" && value !== undefined) out[key] = value;
    }
    return out;
  }
}

/** One problem found in an operation's input. */
export interface ValidationIssue {
  /** Parameter path as the API names it, e.g. `"Tags.2.Key"` (1-based, as on the wire) or `"Period"`. */
  path: string;
  message: string;
}

/**
 * The input broke a documented rule. Thrown before anything is sent; lists every problem found.
 *
 * @example
 * ```ts
 * catch (err) { if (err instanceof ValidationError) for (const i of err.issues) console.log(i.path, i.message); }
 * ```
 */
export class ValidationError extends VolcError {
  override name = "ValidationError";
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], context: ErrorContext = {}) {
    const what = context.action ? `${context.action} input` : "Input";
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    const lines = issues.map((i) => `  - ${i.path || "(input)"}: ${i.message}`);
    super(`${what} is invalid (${count}); nothing was sent:\n${lines.join("\n")}`, context);
    this.issues = issues;
  }
}

/** Fields of a {@link ServiceError}, as read from `ResponseMetadata.Error` and the HTTP status. */
export interface ServiceErrorInit extends ErrorContext {
  code: string;
  codeN?: number | undefined;
  status: number;
  message: string;
  retryable: boolean;
  mayHaveSucceeded?: boolean | undefined;
  retryAfterMs?: number | undefined;
}

/**
 * Volcengine answered with an error envelope (`ResponseMetadata.Error`), whatever the HTTP status,
 * including a business error inside an HTTP 200.
 *
 * @example
 * ```ts
 * catch (err) {
 *   if (err instanceof ServiceError && err.code === "QuotaExceeded.CenBandwidthPackage") { … }
 * }
 * ```
 */
export class ServiceError extends VolcError {
  override name = "ServiceError";
  /** `ResponseMetadata.Error.Code`, e.g. `"InvalidCen.NotFound"`. */
  readonly code: string;
  /** `ResponseMetadata.Error.CodeN`, when the gateway sent one (e.g. 100010). */
  readonly codeN: number | undefined;
  /** HTTP status of the answer. */
  readonly status: number;
  /** Whether the SDK considers the failure transient (throttling, 5xx, unavailable). */
  readonly retryable: boolean;
  /**
   * True when the operation may have taken effect although an error came back (a 5xx to a create that
   * carries no idempotency token): check before creating again.
   */
  readonly mayHaveSucceeded: boolean;
  /** The server's `Retry-After`, in milliseconds, when it sent one. */
  readonly retryAfterMs: number | undefined;

  constructor(init: ServiceErrorInit) {
    const where = init.action ? `${init.service}.${init.action}` : "Request";
    const rid = init.requestId ? ` (RequestId ${init.requestId})` : "";
    super(`${where} failed with ${init.code} (HTTP ${init.status})${rid}: ${init.message}`, init);
    this.code = init.code;
    this.codeN = init.codeN;
    this.status = init.status;
    this.retryable = init.retryable;
    this.mayHaveSucceeded = init.mayHaveSucceeded ?? false;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** Fields of a {@link ConnectionError}. */
export interface ConnectionErrorInit extends ErrorContext {
  /** False only when the request provably never left this process (refused, DNS failure, …). */
  requestMayHaveBeenSent: boolean;
  /** The platform's error code, e.g. `"ECONNREFUSED"`, `"ECONNRESET"`, `"ENOTFOUND"`. */
  code?: string | undefined;
}

/**
 * The network failed: the connection was refused, reset or closed, or the host could not be resolved.
 * `requestMayHaveBeenSent` tells whether the server may have received (and acted on) the request.
 */
export class ConnectionError extends VolcError {
  override name = "ConnectionError";
  readonly requestMayHaveBeenSent: boolean;
  readonly code: string | undefined;
  /** True when the operation may have taken effect: do not blindly repeat a create. */
  mayHaveSucceeded: boolean;

  constructor(message: string, init: ConnectionErrorInit) {
    super(message, init);
    this.requestMayHaveBeenSent = init.requestMayHaveBeenSent;
    this.code = init.code;
    this.mayHaveSucceeded = init.requestMayHaveBeenSent;
  }
}

/** Fields of a {@link TimeoutError}. */
export interface TimeoutErrorInit extends ErrorContext {
  timeoutMs: number;
  /** `"attempt"`: one attempt exceeded `timeoutMs`; `"deadline"`: the whole call exceeded `deadlineMs`. */
  kind: "attempt" | "deadline";
}

/** An attempt or the whole call took longer than allowed. The request may have reached the server. */
export class TimeoutError extends VolcError {
  override name = "TimeoutError";
  readonly timeoutMs: number;
  readonly kind: "attempt" | "deadline";
  /** True when the operation may have taken effect (always, unless nothing was sent). */
  mayHaveSucceeded = true;

  constructor(init: TimeoutErrorInit) {
    const what = init.kind === "attempt" ? "An attempt" : "The call";
    const where = init.action ? ` of ${init.service}.${init.action}` : "";
    super(`${what}${where} timed out after ${init.timeoutMs} ms`, init);
    this.timeoutMs = init.timeoutMs;
    this.kind = init.kind;
  }
}

/** Fields of a {@link MalformedResponseError}. */
export interface MalformedResponseErrorInit extends ErrorContext {
  status: number;
  /** The start of the body, at most 200 characters. */
  excerpt: string;
  reason: string;
}

/**
 * The answer was not a Volcengine envelope: not JSON (an HTML 502 page from a gateway, say), cut short,
 * or JSON without `ResponseMetadata`. Keeps the HTTP status and a short excerpt of the body.
 */
export class MalformedResponseError extends VolcError {
  override name = "MalformedResponseError";
  readonly status: number;
  readonly excerpt: string;
  /** The request reached the server, so the operation may have taken effect. */
  mayHaveSucceeded = true;

  constructor(init: MalformedResponseErrorInit) {
    const where = init.action ? `${init.service}.${init.action}` : "The request";
    super(
      `${where} got an answer that is not a Volcengine envelope (HTTP ${init.status}, ${init.reason}): ${JSON.stringify(init.excerpt)}`,
      init,
    );
    this.status = init.status;
    this.excerpt = init.excerpt;
  }
}

/**
 * No usable credentials: none were configured and none were found in the environment, or a credential
 * provider failed. Raised by the first call (never by the constructor), before anything is sent.
 */
export class CredentialsError extends VolcError {
  override name = "CredentialsError";
}
