/**
 * The one error family of volcengine-ts. Every failure a caller can see is one of these classes, except a
 * caller's own abort, which rejects with the signal's reason (the platform's `AbortError` by default).
 *
 * None of them ever holds a secret key, a session token, an Authorization value or a signature: they are
 * built only from what the server answered and from the operation's name, never from request headers.
 */

/**
 * Marks each class of the family with a registry symbol, shared by every copy of this module that a
 * process loads (the ESM and the CJS builds of a dual package are two copies). `instanceof` checks it,
 * so an error thrown by one build is an instance of the other build's class too.
 */
const BRAND: unique symbol = Symbol.for("volcengine-ts.errorClass");

/** `value instanceof cls`, by prototype or, across copies of this module, by the brand of `cls`. */
function isInstance(cls: object, value: unknown): boolean {
  if (Function.prototype[Symbol.hasInstance].call(cls, value)) return true;
  if (!Object.hasOwn(cls, BRAND) || typeof value !== "object" || value === null) return false;
  const brand = (cls as { [BRAND]?: string })[BRAND];
  for (let proto = Object.getPrototypeOf(value); proto !== null; proto = Object.getPrototypeOf(proto)) {
    const ctor: unknown = Object.hasOwn(proto, "constructor") ? proto.constructor : undefined;
    if (
      typeof ctor === "function" &&
      Object.hasOwn(ctor, BRAND) &&
      (ctor as { [BRAND]?: string })[BRAND] === brand
    ) {
      return true;
    }
  }
  return false;
}

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
  static readonly [BRAND]: string = "VolcError";
  /** Service name as signed, e.g. `"cen"`. */
  declare service: string | undefined;
  /** Action name, e.g. `"CreateCenBandwidthPackage"`. */
  declare action: string | undefined;
  declare readonly requestId: string | undefined;
  /** Requests sent for the call (1 when nothing was retried); undefined when none was sent. */
  declare attempts: number | undefined;

  /** The class's name (`"ServiceError"`…), read from its brand, so that each class spells it once. */
  override get name(): string {
    return (this.constructor as { [BRAND]?: string })[BRAND] ?? "VolcError";
  }

  /** A name given to one error (some tools rename errors) becomes that error's own. */
  override set name(value: string) {
    Object.defineProperty(this, "name", { value, writable: true, configurable: true });
  }

  constructor(message: string, context: ErrorContext = {}) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.service = context.service;
    this.action = context.action;
    this.requestId = context.requestId;
    this.attempts = context.attempts;
  }

  /**
   * `error instanceof ServiceError` holds for a `ServiceError` of either build of this package (ESM or
   * CJS), and for subclasses of it, by the class's brand; a subclass defined elsewhere keeps the usual
   * prototype check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `instanceof` asks the class on its right, which is `this`.
    return isInstance(this, value);
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
  static override readonly [BRAND]: string = "ValidationError";
  /** The problems found, at most 50 of them (see {@link issueCount}). */
  declare readonly issues: readonly ValidationIssue[];
  /** How many problems were found in all; more than `issues.length` when the list was cut. */
  declare readonly issueCount: number;

  constructor(issues: readonly ValidationIssue[], context: ValidationErrorContext = {}) {
    const what = context.subject ?? (context.action ? `${context.action} input` : "Input");
    const verb = /s$/.test(what) ? "are" : "is";
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    const shown = issues.slice(0, MAX_REPORTED_ISSUES);
    const lines = shown.map((i) => `  - ${i.path || "(input)"}: ${i.message}`);
    if (issues.length > shown.length) lines.push(`  … and ${issues.length - shown.length} more`);
    super(`${what} ${verb} invalid (${count}); nothing was sent:\n${lines.join("\n")}`, context);
    this.issues = shown;
    this.issueCount = issues.length;
  }
}

/** A `ValidationError` lists at most this many problems; its message says how many more there were. */
export const MAX_REPORTED_ISSUES = 50;

/** Context of a {@link ValidationError}. */
export interface ValidationErrorContext extends ErrorContext {
  /** What was invalid, when not an operation's input, e.g. `"VolcClient options"` (a plural takes "are"). */
  subject?: string | undefined;
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
  static override readonly [BRAND]: string = "ServiceError";
  /** `ResponseMetadata.Error.Code`, e.g. `"InvalidCen.NotFound"`. */
  declare readonly code: string;
  /** `ResponseMetadata.Error.CodeN`, when the gateway sent one (e.g. 100010). */
  declare readonly codeN: number | undefined;
  /** HTTP status of the answer. */
  declare readonly status: number;
  /** Whether the SDK considers the failure transient (throttling, 5xx, unavailable). */
  declare readonly retryable: boolean;
  /**
   * True when the operation may have taken effect although an error came back (a 5xx to a create that
   * carries no idempotency token): check before creating again.
   */
  declare readonly mayHaveSucceeded: boolean;
  /** The server's `Retry-After`, in milliseconds, when it sent one. */
  declare readonly retryAfterMs: number | undefined;

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
  static override readonly [BRAND]: string = "ConnectionError";
  declare readonly requestMayHaveBeenSent: boolean;
  declare readonly code: string | undefined;
  /** True when the operation may have taken effect: do not blindly repeat a create. */
  declare mayHaveSucceeded: boolean;

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
  /**
   * `"attempt"`: one attempt exceeded `timeoutMs`; `"deadline"`: the whole call exceeded `deadlineMs`;
   * `"waiter"`: `waitFor` saw no satisfying answer within its `timeoutMs`.
   */
  kind: "attempt" | "deadline" | "waiter";
  /** For a waiter: the last answer it saw, if any. */
  lastOutput?: unknown;
  /** For a waiter: what it was waiting for, e.g. `"CEN cen-123 to be Available"`. */
  waitingFor?: string | undefined;
}

/**
 * An attempt, the whole call or a waiter took longer than allowed. For an attempt or a call, the
 * request may have reached the server.
 */
export class TimeoutError extends VolcError {
  static override readonly [BRAND]: string = "TimeoutError";
  declare readonly timeoutMs: number;
  declare readonly kind: "attempt" | "deadline" | "waiter";
  /** True when the operation may have taken effect (always for an attempt or a call; waiters only read). */
  declare mayHaveSucceeded: boolean;
  /** For a waiter: the last answer it saw (undefined when every poll failed). */
  declare readonly lastOutput: unknown;

  constructor(init: TimeoutErrorInit) {
    const what = init.kind === "attempt" ? "An attempt" : init.kind === "deadline" ? "The call" : "Waiting";
    const where = init.action ? ` of ${init.service}.${init.action}` : "";
    const goal = init.waitingFor ? ` for ${init.waitingFor}` : "";
    super(`${what}${goal}${where} timed out after ${init.timeoutMs} ms`, init);
    this.timeoutMs = init.timeoutMs;
    this.kind = init.kind;
    this.mayHaveSucceeded = init.kind !== "waiter";
    this.lastOutput = init.lastOutput;
  }
}

/** Fields of a {@link MalformedResponseError}. */
export interface MalformedResponseErrorInit extends ErrorContext {
  status: number;
  /** The start of the body, at most 200 characters. */
  excerpt: string;
  reason: string;
  /**
   * Whether the operation may have taken effect. Default: true unless the status is a 4xx, which a
   * gateway sends when it turns a request away (413, 414, 431…) before the service sees it.
   */
  mayHaveSucceeded?: boolean | undefined;
}

/**
 * The answer was not a Volcengine envelope: not JSON (an HTML 502 page from a gateway, say), cut short,
 * or JSON without `ResponseMetadata`. Keeps the HTTP status and a short excerpt of the body.
 */
export class MalformedResponseError extends VolcError {
  static override readonly [BRAND]: string = "MalformedResponseError";
  declare readonly status: number;
  declare readonly excerpt: string;
  /** Why the answer was refused, e.g. `"not JSON"` or `"Result.NumberPoolNo: expected a string; got number 123"`. */
  declare readonly reason: string;
  /** True when the operation may have taken effect: the service answered, but not readably. */
  declare mayHaveSucceeded: boolean;

  constructor(init: MalformedResponseErrorInit) {
    const where = init.action ? `${init.service}.${init.action}` : "The request";
    const excerpt = init.excerpt === "" ? "" : `: ${JSON.stringify(init.excerpt)}`;
    super(
      `${where} got an answer that is not a valid Volcengine envelope (HTTP ${init.status}, ${init.reason})${excerpt}`,
      init,
    );
    this.status = init.status;
    this.excerpt = init.excerpt;
    this.reason = init.reason;
    this.mayHaveSucceeded = init.mayHaveSucceeded ?? !(init.status >= 400 && init.status < 500);
  }
}

/**
 * No usable credentials: none were configured and none were found in the environment, or a credential
 * provider failed. Raised by the first call (never by the constructor), before anything is sent.
 */
export class CredentialsError extends VolcError {
  static override readonly [BRAND]: string = "CredentialsError";
}

/**
 * The client was closed (`volc.close()`): calls in flight when it closed, and calls made afterwards,
 * fail with this. Nothing more is sent by a closed client.
 */
export class ClientClosedError extends VolcError {
  static override readonly [BRAND]: string = "ClientClosedError";
}

/**
 * Fills in which operation an error belongs to, for errors raised below the client (a transport, a
 * credential provider) that could not know it; the message is prefixed with `service.Action` once.
 */
export function addCallContext(error: VolcError, service: string, action: string): VolcError {
  if (error.action !== undefined) return error;
  error.service = service;
  error.action = action;
  error.message = `${service}.${action}: ${error.message}`;
  return error;
}
