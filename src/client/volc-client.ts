import { cachedCredentials } from "../credentials/cached-provider.js";
import type { ProfileSettings } from "../credentials/cli-config.js";
import { processEnv } from "../credentials/from-env.js";
import type { CredentialProvider, Credentials, Env, ProviderCallSettings } from "../credentials/types.js";
import {
  addCallContext,
  ClientClosedError,
  ConnectionError,
  ServiceError,
  TimeoutError,
  VolcError,
} from "../errors.js";
import {
  type HttpRequest,
  type HttpResponse,
  SEND_WITHIN,
  type TimedTransport,
  type Transport,
} from "../http/transport.js";
import { signCanonical } from "../signing/index.js";
import { type AttemptEvent, redactHeaders } from "./attempt-event.js";
import { CallGuard } from "./call-guard.js";
import { checkOptions } from "./check-options.js";
import { checkOutput } from "./check-output.js";
import { type EndpointSettings, type ResolvedEndpoint, resolveEndpoint } from "./endpoint.js";
import { parseEnvelope } from "./envelope.js";
import type { ClientEvents } from "./logger.js";
import type { AnyOperation, InputOf, Operation, OutputOf } from "./operation.js";
import type { SendArgs, SendOptions, VolcClientOptions, WithMetadata } from "./options.js";
import { RetryBudget } from "./retry-budget.js";
import {
  type BackoffOptions,
  backoffDelay,
  CLOCK_SKEW_CODE,
  isRetryable,
  type RetryDelayFunction,
} from "./retry-policy.js";
import { type SerializedRequest, serializeRequest } from "./serialize.js";
import { validateInput } from "./validate.js";

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_ATTEMPTS = 3;
/** A server clock further than this from ours is worth correcting for (signatures are valid for ±15 min). */
const SKEW_WORTH_CORRECTING_MS = 60_000;
const NO_OPTIONS: SendOptions = Object.freeze({});
const CLOSED = "The VolcClient is closed: nothing more is sent";

/** What an entry point gives the client when the caller gives nothing: how to move bytes and find keys. */
export interface ClientDefaults {
  transport: (context: ClientSettings) => Transport;
  credentials: (context: ClientSettings) => CredentialProvider;
  /**
   * Settles region, endpoints and logging when a client is built. The Node entry reads the environment
   * and the CLI profile too; without it (the fetch entry), the options alone decide.
   */
  settings?: ((options: VolcClientOptions, env: Env) => ClientSettings) | undefined;
  /**
   * Makes the client a credential provider sends its own calls with (STS), from the calling client's
   * options, clock and transport. The Node entry gives it; without it (the fetch entry), providers that
   * call STS must be given a client.
   */
  sender?: ((call: ProviderCallSettings, parent: ParentClient) => unknown) | undefined;
}

/** What a provider's client inherits from the client that calls the provider. */
export interface ParentClient {
  options: VolcClientOptions;
  /** The parent's clock, corrected by the offset it learnt from the service. */
  now: () => number;
  /** The parent's transport (its pooled connections, its proxies). */
  transport: () => Transport;
}

/** What a client settles when it is built, from its options (and, in `volcengine-ts`, the environment and files). */
export interface ClientSettings {
  /** The environment variables its defaults read. */
  env: Env;
  region: string;
  endpoints: EndpointSettings;
  /** What it reports as it works (its logger in `volcengine-ts`); none in the fetch entry. */
  log?: ClientEvents | undefined;
  /** The CLI profile's settings (`volcengine-ts`). */
  profile?: ProfileSettings | undefined;
}

/**
 * The client pipeline shared by every entry point: validate → serialize → resolve endpoint → sign → send
 * → parse envelope → check the result → map errors → retry. Entry points subclass it to choose the
 * default transport and credential sources.
 */
export class VolcClientBase {
  readonly region: string;
  readonly #options: VolcClientOptions;
  readonly #defaults: ClientDefaults;
  readonly #settings: ClientSettings;
  readonly #log: ClientEvents | undefined;
  readonly #credentials: () => Credentials | Promise<Credentials>;
  #transport: Transport | undefined;
  readonly #budget: RetryBudget | undefined;
  /** Weak: the operations of `callAction` are made per call. */
  readonly #endpoints = new WeakMap<AnyOperation, ResolvedEndpoint>();
  readonly #now: () => number;
  /** The calls in flight, so that `close()` can stop them. */
  readonly #calls = new Set<CallGuard>();
  /** Server clock minus ours, learnt from an `InvalidTimestamp` answer's `Date` header. */
  #clockOffsetMs = 0;
  #closed = false;
  #hookFailureReported = false;
  /** Whether an attempt that succeeds at once is told to anyone (a hook, or a log at debug). */
  readonly #reports: boolean;

  /** @throws {ValidationError} naming each option that cannot work (an endpoint that is no URL, a NaN timeout…). */
  constructor(options: VolcClientOptions, defaults: ClientDefaults) {
    checkOptions(options, "VolcClient options");
    this.#options = options;
    this.#defaults = defaults;
    const env = options.env ?? processEnv();
    const s: ClientSettings = defaults.settings?.(options, env) ?? {
      env,
      region: options.region ?? "cn-beijing",
      endpoints: options,
    };
    this.#settings = s;
    this.region = s.region;
    this.#log = s.log;
    this.#reports = options.onAttempt !== undefined || s.log?.everyAttempt === true;
    this.#now = options.now ?? Date.now;
    const clock = () => this.#clock();
    this.#credentials = cachedCredentials(
      options.credentials ?? defaults.credentials(s),
      clock,
      {
        now: clock,
        sender: (call) =>
          defaults.sender?.(call, { options, now: clock, transport: () => this.#transportNow() }),
      },
      s.log,
    );
    this.#transport = options.transport;
    this.#budget = options.retryBudget === false ? undefined : new RetryBudget(options.retryBudget);
  }

  /** The local clock corrected by the offset learnt from the service (signing, credential expiry). */
  #clock(): number {
    return this.#now() + this.#clockOffsetMs;
  }

  /** Offset applied to the local clock when signing, learnt from the server; 0 until a skew is seen. */
  get clockOffsetMs(): number {
    return this.#clockOffsetMs;
  }

  /**
   * Calls an operation: checks the input against every documented rule (throwing `ValidationError` before
   * anything is sent), then sends it, retrying transient failures, and resolves with its typed `Result`,
   * checked against the documented result. The input may be left out when every parameter is optional.
   *
   * @example
   * ```ts
   * const pool = await volc.send(CreateNumberPool, { Name: "默认号码池", ServiceType: 100, SubServiceType: 101 });
   * console.log(pool.NumberPoolNo, pool.$metadata.requestId);
   * ```
   */
  async send<Op extends AnyOperation>(
    op: Op,
    ...args: SendArgs<InputOf<Op>>
  ): Promise<WithMetadata<OutputOf<Op>>> {
    const [input = {}, options = NO_OPTIONS] = args as [unknown, SendOptions | undefined];
    if (this.#closed) throw closedError(op);
    if (options !== NO_OPTIONS) checkOptions(options, `${op.action} options`, op.action);
    options.signal?.throwIfAborted();
    const params = validateInput(op, input) as Record<string, unknown>;
    const token = op.idempotencyToken;
    // Filled once, before the retry loop, so that every attempt of this call carries the same token.
    if (token !== undefined && params[token] === undefined) params[token] = globalThis.crypto.randomUUID();
    const wire = serializeRequest(op, params);
    try {
      const result = await this.#sendWithRetries(
        op,
        wire,
        token !== undefined || op.idempotent === true,
        options,
      );
      return result as WithMetadata<OutputOf<Op>>;
    } catch (error) {
      throw error instanceof VolcError ? withOutcomeHint(error, op, params) : error;
    }
  }

  /**
   * Closes the client: calls in flight fail at once with a `ClientClosedError` (their retries stop),
   * pooled connections are dropped, and later calls fail with `ClientClosedError` too. Resolves within
   * a second even when a connection hangs.
   */
  async close(): Promise<void> {
    this.#closed = true;
    for (const call of this.#calls) {
      call.stop(new ClientClosedError(CLOSED));
    }
    const closing = this.#transport?.close?.();
    if (closing) await Promise.race([closing.catch(() => {}), delay(1000)]);
  }

  async #sendWithRetries(
    op: AnyOperation,
    wire: SerializedRequest,
    idempotent: boolean,
    options: SendOptions,
  ): Promise<unknown> {
    const defaults = this.#options;
    const maxAttempts = options.maxAttempts ?? defaults.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    const timeoutMs = options.timeoutMs ?? defaults.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const deadlineMs = options.deadlineMs ?? defaults.deadlineMs ?? maxAttempts * timeoutMs + 10_000;
    const guard = new CallGuard(options.signal);
    this.#calls.add(guard);
    try {
      return await this.#attempts(op, wire, options, guard, {
        counted: 0,
        sent: 0,
        maxAttempts,
        timeoutMs,
        deadlineMs,
        idempotent,
        deadlineAt: this.#now() + deadlineMs,
        retryDelay: options.retryDelay ?? defaults.retryDelay,
        skewCorrected: false,
        budgetTaken: 0,
      });
    } finally {
      guard.dispose();
      this.#calls.delete(guard);
    }
  }

  async #attempts(
    op: AnyOperation,
    wire: SerializedRequest,
    options: SendOptions,
    guard: CallGuard,
    retry: RetryState,
  ): Promise<unknown> {
    const { signal } = options;
    const { timeoutMs, deadlineMs } = retry;
    const call = { service: op.service, action: op.action };
    const endpoint = this.#endpoint(op);
    const url = `${endpoint.origin}${endpoint.path}?${wire.query}`;
    // The same on every attempt: only the date, and so the signature, changes.
    const signInput = {
      method: wire.method,
      host: endpoint.host,
      path: endpoint.path,
      canonicalQuery: wire.query,
      bodySha256: wire.bodySha256,
    };

    // `attempt` counts passes of this loop; `retry.sent` requests handed to the transport; `retry.counted`
    // those that count against maxAttempts.
    for (let attempt = 1; ; attempt++) {
      retry.counted++;
      const remaining = retry.deadlineAt - this.#now();
      if (remaining <= 0) {
        throw new TimeoutError({
          ...call,
          timeoutMs: deadlineMs,
          kind: "deadline",
          attempts: sentOrNone(retry),
        });
      }
      const kind = timeoutMs <= remaining ? "attempt" : "deadline";
      const started = this.#now();
      let response: HttpResponse | undefined;
      let headers: Record<string, string> = {};
      try {
        if (op.anonymous) headers = {};
        else {
          const found = this.#credentials();
          // Fresh credentials come as they are; a lookup in progress is bounded by the deadline.
          const credentials =
            found instanceof Promise
              ? await guard.race(
                  found,
                  remaining,
                  () => new TimeoutError({ ...call, timeoutMs: deadlineMs, kind: "deadline" }),
                )
              : found;
          const date = new Date(this.#clock());
          // signCanonical returns a fresh object: the unsigned Content-Type joins it there.
          headers = signCanonical(signInput, credentials, { region: this.region, service: op.service, date });
        }
        if (wire.contentType !== undefined) headers["content-type"] = wire.contentType;
        retry.sent++;
        response = await this.#sendOnce(
          wire,
          url,
          headers,
          Math.min(timeoutMs, remaining),
          () => new TimeoutError({ ...call, timeoutMs: kind === "attempt" ? timeoutMs : deadlineMs, kind }),
          signal,
          guard,
        );
        const { result, metadata } = parseEnvelope(response, call, this.#now(), retry.sent);
        const output = checkOutput(op, result, metadata.requestId, response.status);
        this.#budget?.release(retry.budgetTaken);
        if (this.#reports)
          this.#report(op, {
            attempt,
            started,
            response,
            requestId: metadata.requestId,
            error: undefined,
            delayMs: undefined,
            method: wire.method,
            url,
            headers,
          });
        if (typeof output === "object" && output !== null) {
          Object.defineProperty(output, "$metadata", { value: metadata, enumerable: false });
        }
        return output;
      } catch (caught) {
        if (guard.reason !== undefined) {
          // Stopped from outside (caller's abort, deadline, close): no retry, whatever the error.
          const reason = guard.reason;
          if (reason instanceof VolcError) {
            addCallContext(reason, op.service, op.action).attempts = sentOrNone(retry);
          }
          this.#report(op, {
            attempt,
            started,
            response,
            requestId: undefined,
            error: reason,
            delayMs: undefined,
            method: wire.method,
            url,
            headers,
          });
          throw reason;
        }
        const error = addCallContext(asVolcError(caught), op.service, op.action);
        error.attempts = sentOrNone(retry);
        const delayMs = this.#retryDelay(op, error, response, retry, attempt);
        this.#report(op, {
          attempt,
          started,
          response,
          requestId: error.requestId,
          error,
          delayMs,
          method: wire.method,
          url,
          headers,
        });
        if (delayMs === undefined) throw error;
        if (delayMs > 0) await guard.sleep(delayMs);
      }
    }
  }

  /**
   * The back-off before retrying after `error`, or undefined when the error must surface: not retryable
   * for this call, attempts used up, the back-off would overrun the deadline, or the retry budget is spent.
   * A clock-skew refusal is retried once at once, and that retry does not count as an attempt.
   */
  #retryDelay(
    op: AnyOperation,
    error: VolcError,
    response: HttpResponse | undefined,
    retry: RetryState,
    attempt: number,
  ): number | undefined {
    if (error instanceof ServiceError && error.code === CLOCK_SKEW_CODE) {
      if (retry.skewCorrected || !this.#learnClockOffset(response)) return undefined;
      retry.skewCorrected = true;
      retry.counted--;
      return 0;
    }
    if (retry.counted >= retry.maxAttempts || !isRetryable(error, retry.idempotent)) return undefined;
    const delayMs = computeDelay(retry.counted, error, retry.retryDelay, this.#options.random);
    if (delayMs >= retry.deadlineAt - this.#now()) return undefined;
    if (this.#budget) {
      const taken = this.#budget.acquire(error);
      if (taken === 0) {
        this.#log?.budgetSpent(op, attempt, response, error);
        return undefined;
      }
      retry.budgetTaken += taken;
    }
    return delayMs;
  }

  /**
   * One attempt, bounded by `limitMs`, the caller's signal and the call's guard, whatever the transport
   * does with its abort signal. This package's own transports apply the limit themselves when there is
   * no signal to follow (the common case), which spares an AbortController and its listeners.
   */
  #sendOnce(
    wire: SerializedRequest,
    url: string,
    headers: Record<string, string>,
    limitMs: number,
    timeout: () => TimeoutError,
    signal: AbortSignal | undefined,
    guard: CallGuard,
  ): Promise<HttpResponse> {
    const transport = this.#transportNow();
    const { method, body } = wire;
    if (!signal && SEND_WITHIN in transport) {
      return (transport as TimedTransport)[SEND_WITHIN]({
        method,
        url,
        headers,
        body,
        timeoutMs: limitMs,
        timeoutError: timeout,
        stopper: guard,
      });
    }
    return sendAbortable(transport, { method, url, headers, body }, limitMs, timeout, guard);
  }

  #transportNow(): Transport {
    this.#transport ??= this.#defaults.transport(this.#settings);
    return this.#transport;
  }

  #endpoint(op: AnyOperation): ResolvedEndpoint {
    let found = this.#endpoints.get(op);
    if (!found) {
      found = resolveEndpoint(this.#settings.endpoints, op, this.region);
      this.#endpoints.set(op, found);
    }
    return found;
  }

  /** Learns the server's clock from the `Date` header of an `InvalidTimestamp` answer. */
  #learnClockOffset(response: HttpResponse | undefined): boolean {
    const serverMs = Date.parse(response?.headers.date ?? "");
    if (Number.isNaN(serverMs)) return false;
    const offset = serverMs - this.#now();
    if (Math.abs(offset - this.#clockOffsetMs) < SKEW_WORTH_CORRECTING_MS) return false;
    this.#clockOffsetMs = offset;
    return true;
  }

  /** Tells `onAttempt` of one attempt; a hook that throws never changes the call's outcome. */
  #report(op: AnyOperation, attempt: AttemptRecord): void {
    const { response, error, delayMs } = attempt;
    const log = this.#log;
    if (log && (log.everyAttempt || delayMs !== undefined))
      log.attempt(op, attempt, this.#now() - attempt.started);
    const hook = this.#options.onAttempt;
    if (!hook) return;
    const event: AttemptEvent = {
      service: op.service,
      action: op.action,
      attempt: attempt.attempt,
      durationMs: this.#now() - attempt.started,
      status: response?.status,
      code: error instanceof ServiceError ? error.code : undefined,
      requestId: attempt.requestId,
      error: error === undefined ? undefined : error instanceof Error ? error.name : typeof error,
      willRetry: delayMs !== undefined,
      delayMs: delayMs ?? 0,
      request: { method: attempt.method, url: attempt.url, headers: redactHeaders(attempt.headers) },
    };
    try {
      hook(event);
    } catch (hookError) {
      this.#hookFailed(hookError);
    }
  }

  /**
   * Says once per client that the `onAttempt` hook threw (never quoting a request): to the `logger` when
   * one was given, otherwise as a process warning.
   */
  #hookFailed(error: unknown): void {
    if (this.#hookFailureReported) return;
    this.#hookFailureReported = true;
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const text = `the onAttempt hook threw (${message.slice(0, 200)}); calls go on (later failures unreported)`;
    if (this.#log?.loggerGiven) this.#log.warn(text);
    else globalThis.process?.emitWarning?.(`volcengine-ts: ${text}`, { code: "VOLCENGINE_TS_HOOK" });
  }
}

/** What one call tracks across its attempts to decide on retries. */
interface RetryState {
  /** Attempts that count against `maxAttempts` so far. */
  counted: number;
  /** Requests handed to the transport so far. */
  sent: number;
  maxAttempts: number;
  timeoutMs: number;
  deadlineMs: number;
  idempotent: boolean;
  deadlineAt: number;
  retryDelay: BackoffOptions | RetryDelayFunction | undefined;
  skewCorrected: boolean;
  /** Retry-budget tokens this call took, given back if it succeeds. */
  budgetTaken: number;
}

/** One attempt as the `onAttempt` hook is told of it; `delayMs` undefined means no retry follows. */
export interface AttemptRecord {
  attempt: number;
  started: number;
  response: HttpResponse | undefined;
  /** From the parsed envelope or the error: the body is never read twice for it. */
  requestId: string | undefined;
  /** What ended the attempt: a typed error, or the caller's abort reason; undefined on success. */
  error: unknown;
  delayMs: number | undefined;
  method: string;
  url: string;
  headers: Record<string, string>;
}

function sentOrNone(retry: RetryState): number | undefined {
  return retry.sent > 0 ? retry.sent : undefined;
}

function computeDelay(
  attempt: number,
  error: VolcError,
  retryDelay: BackoffOptions | RetryDelayFunction | undefined,
  random: (() => number) | undefined,
): number {
  const computed =
    typeof retryDelay === "function" ? retryDelay(attempt, error) : backoffDelay(attempt, retryDelay, random);
  const serverAsked = error instanceof ServiceError ? (error.retryAfterMs ?? 0) : 0;
  return Math.max(computed, serverAsked);
}

/** Anything a transport or provider threw that is not already typed becomes a typed error. */
function asVolcError(caught: unknown): VolcError {
  if (caught instanceof VolcError) return caught;
  const message = caught instanceof Error ? caught.message : String(caught);
  return new ConnectionError(`The transport failed: ${message}`, {
    requestMayHaveBeenSent: true,
    cause: caught,
  });
}

function closedError(op: AnyOperation): ClientClosedError {
  return new ClientClosedError(CLOSED, {
    service: op.service,
    action: op.action,
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}

/**
 * Sends through `transport.send` with an AbortSignal that fires at `limitMs` or when the call stops, and
 * settles at that moment even if the transport does not: a request left hanging is aborted, not awaited.
 */
function sendAbortable(
  transport: Transport,
  request: Omit<HttpRequest, "signal">,
  limitMs: number,
  timeout: () => TimeoutError,
  guard: CallGuard,
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const controller = new AbortController();
    const fail = (reason: unknown) => {
      controller.abort(reason);
      reject(reason);
    };
    const timer = setTimeout(() => fail(timeout()), limitMs);
    const off = guard.onStop(fail);
    let sending: Promise<HttpResponse>;
    try {
      sending = transport.send({ ...request, signal: controller.signal });
    } catch (error) {
      sending = Promise.reject(error);
    }
    sending.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      off();
    });
  });
}

/**
 * Says in the message what a caller must know when the outcome is open: with a token, how to repeat the
 * call safely; without one, that it may have taken effect.
 */
function withOutcomeHint(error: VolcError, op: AnyOperation, params: Record<string, unknown>): VolcError {
  if (op.idempotent || !("mayHaveSucceeded" in error) || error.mayHaveSucceeded !== true) return error;
  const token = op.idempotencyToken;
  error.message += token
    ? `; it may have taken effect: repeat it with ${token} ${String(params[token])} so that it cannot happen twice`
    : "; the outcome is unknown: it may have taken effect, so check before repeating it";
  return error;
}
