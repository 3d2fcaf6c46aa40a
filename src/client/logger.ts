import type { Credentials } from "../credentials/types.js";
import type { CredentialsError } from "../errors.js";
import type { HttpResponse } from "../http/transport.js";
import type { AnyOperation } from "./operation.js";

/**
 * Where the client writes what it does: anything with `debug`, `info`, `warn` and `error` that take one
 * line of text (`console`, pino, winston, bunyan…). The client never writes a secret: no Authorization
 * value, signature, secret key, session token or proxy password reaches a logger.
 */
export interface Logger {
  /** One line per attempt (`logLevel: "debug"`). */
  debug(message: string): void;
  /** Retries and credential refreshes. */
  info(message: string): void;
  /** Spent retry budgets, proxy and credential failures, an `onAttempt` hook that threw. */
  warn(message: string): void;
  /** Failures the client reports as errors. */
  error(message: string): void;
}

/**
 * How much the client logs: `"debug"` one line per attempt; `"info"` retries and credential refreshes;
 * `"warn"` (the default) exhausted retry budgets and proxy or credential failures; `"error"`; `"off"`.
 */
export type LogLevel = "debug" | "info" | "warn" | "error" | "off";

const LEVELS: readonly string[] = ["debug", "info", "warn", "error", "off"];

/** Whether a value names a level (`VOLCENGINE_LOG` and the `logLevel` option take these). */
export function isLogLevel(value: unknown): value is LogLevel {
  return LEVELS.includes(value as string);
}

/** One attempt as the client tells its events of it: what ended it, and the retry that follows, if any. */
export interface AttemptNote {
  attempt: number;
  response: HttpResponse | undefined;
  /** What ended the attempt (a typed error, the caller's abort reason); undefined on success. */
  error: unknown;
  requestId: string | undefined;
  /** The back-off before the retry that follows; undefined when none does. */
  delayMs: number | undefined;
}

/**
 * What a client reports as it works, for its logger. The client builds nothing for it beyond these
 * arguments, and calls `attempt` only for retries unless `everyAttempt` is set: with logging at `warn`
 * or `off`, a call that succeeds at once costs one property read.
 */
export interface ClientEvents {
  /** Whether {@link ClientEvents.attempt} wants every attempt (debug), not only those retried. */
  readonly everyAttempt: boolean;
  /** Whether the caller gave the logger (then the onAttempt hook's failure is told to it, not to the process). */
  readonly loggerGiven: boolean;
  attempt(op: AnyOperation, note: AttemptNote, durationMs: number): void;
  /** A retry refused because the retry budget is spent. */
  budgetSpent(op: AnyOperation, attempt: number, response: HttpResponse | undefined, error: unknown): void;
  /** Credentials found (first lookup or refresh). */
  credentials(found: Credentials): void;
  credentialsFailed(error: CredentialsError): void;
  /** A warning in words (the onAttempt hook threw, a proxy failed). */
  warn(message: string): void;
}

/**
 * {@link ClientEvents} written as lines to a {@link Logger} at a level: `volcengine-ts: ` and one line
 * per event; whatever the logger throws is swallowed (it must not change a call's outcome).
 *
 * @example
 * ```ts
 * new LogEvents(console, "debug").attempt(op, note); // volcengine-ts: cen.CreateCen attempt 1: HTTP 200, request 2026…, 12 ms
 * ```
 */
export class LogEvents implements ClientEvents {
  readonly everyAttempt: boolean;
  readonly loggerGiven: boolean;
  readonly #logger: Logger;
  readonly #min: number;

  /** `logger` undefined: `console`. */
  constructor(logger: Logger | undefined, level: LogLevel) {
    this.#logger = logger ?? console;
    this.loggerGiven = logger !== undefined;
    this.#min = LEVELS.indexOf(level);
    this.everyAttempt = this.#min === 0;
  }

  attempt(op: AnyOperation, note: AttemptNote, durationMs: number): void {
    const name = `${op.service}.${op.action}`;
    const what = outcome(note.response, note.error);
    this.#write(
      "debug",
      `${name} attempt ${note.attempt}: ${what}, request ${note.requestId ?? "-"}, ${durationMs} ms`,
    );
    if (note.delayMs !== undefined) {
      this.#write("info", `${name} attempt ${note.attempt} failed (${what}); retrying in ${note.delayMs} ms`);
    }
  }

  budgetSpent(op: AnyOperation, attempt: number, response: HttpResponse | undefined, error: unknown): void {
    this.#write(
      "warn",
      `${op.service}.${op.action} attempt ${attempt} failed (${outcome(response, error)}) and is not retried: the retry budget is spent (too many recent failures)`,
    );
  }

  credentials(found: Credentials): void {
    const until = found.expiration ? `, valid until ${found.expiration.toISOString()}` : "";
    this.#write("info", `credentials from ${found.source ?? "the credential provider"}${until}`);
  }

  credentialsFailed(error: CredentialsError): void {
    this.#write("warn", error.message);
  }

  warn(message: string): void {
    this.#write("warn", message);
  }

  #write(level: "debug" | "info" | "warn", message: string): void {
    if (LEVELS.indexOf(level) < this.#min) return;
    try {
      this.#logger[level](`volcengine-ts: ${message}`);
    } catch {
      // A logger that throws must not change a call's outcome.
    }
  }
}

/** An attempt's outcome in a few words: `HTTP 503 ServiceUnavailable`, `ConnectionError ECONNREFUSED`. */
function outcome(response: HttpResponse | undefined, error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  const head = response ? `HTTP ${response.status}` : error instanceof Error ? error.name : "stopped";
  return typeof code === "string" ? `${head} ${code}` : head;
}
