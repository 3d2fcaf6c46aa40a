import { EventEmitter } from "node:events";
import { Agent, type Dispatcher, request } from "undici";
import { ClientClosedError } from "../errors.js";
import { type AbortState, toTransportError, truncatedBody } from "./network-error.js";
import {
  type HttpRequest,
  type HttpResponse,
  SEND_WITHIN,
  type TimedHttpRequest,
  type TimedTransport,
} from "./transport.js";

/**
 * Aborts one undici request when its time limit runs out. undici takes an EventEmitter as `signal`;
 * listening to one costs a fraction of an `AbortSignal`'s `addEventListener`, and no `AbortController`
 * is made.
 */
class AttemptTimer extends EventEmitter implements AbortState {
  aborted = false;
  reason: unknown = undefined;
  readonly #timer: ReturnType<typeof setTimeout>;

  readonly #expired: (reason: unknown) => void;

  constructor(ms: number, error: () => Error, expired: (reason: unknown) => void) {
    super();
    this.#expired = expired;
    this.#timer = setTimeout(() => this.fire(error()), ms);
  }

  /** Aborts the request with `reason` and settles the attempt with it, whatever undici does. */
  fire(reason: unknown): void {
    if (this.aborted) return;
    clearTimeout(this.#timer);
    this.aborted = true;
    this.reason = reason;
    this.emit("abort");
    this.#expired(reason);
  }

  clear(): void {
    clearTimeout(this.#timer);
  }
}

/** Options of {@link UndiciTransport}. */
export interface UndiciTransportOptions {
  /** An undici dispatcher to send through (an `Agent`, a `Pool`, a `MockAgent`…). Default: a pooled `Agent`. */
  dispatcher?: Dispatcher;
  /** Time allowed to open a connection, in ms. Default 10 000. */
  connectTimeoutMs?: number;
  /** How long an idle pooled connection is kept open, in ms. Default 4 000 (below common server idle limits). */
  keepAliveTimeoutMs?: number;
  /** At most this many connections per origin. Default: unlimited, as undici's `Agent`. */
  connectionsPerOrigin?: number;
}

/**
 * The default transport in Node: undici's `request` over pooled keep-alive connections. Costs about a
 * quarter of the client CPU of `fetch`. The `Agent` is created on first use and closed by `close()`.
 *
 * @example
 * ```ts
 * import { MockAgent } from "undici";
 * const volc = new VolcClient({ transport: new UndiciTransport({ dispatcher: new MockAgent() }) });
 * ```
 */
export class UndiciTransport implements TimedTransport {
  readonly #options: UndiciTransportOptions;
  #dispatcher: Dispatcher | undefined;
  readonly #owned: boolean;
  #closed = false;

  constructor(options: UndiciTransportOptions = {}) {
    this.#options = options;
    this.#dispatcher = options.dispatcher;
    this.#owned = options.dispatcher === undefined;
  }

  /** Sends one request through undici's `request`, aborted by `req.signal`. */
  send(req: HttpRequest): Promise<HttpResponse> {
    return this.#send(req, req.signal);
  }

  /**
   * Sends with the attempt's limit applied here. The limit holds even where undici cannot abort (a
   * proxy's CONNECT in progress, say): the attempt rejects when the time is up, and the request left
   * behind is aborted by undici as soon as it can be, never waited for.
   */
  [SEND_WITHIN](req: TimedHttpRequest): Promise<HttpResponse> {
    return new Promise((resolve, reject) => {
      const timer = new AttemptTimer(req.timeoutMs, req.timeoutError, reject);
      const off = req.stopper?.onStop((reason) => timer.fire(reason));
      this.#send(req, timer).then(
        (answer) => {
          timer.clear();
          off?.();
          resolve(answer);
        },
        (error: unknown) => {
          timer.clear();
          off?.();
          reject(error);
        },
      );
    });
  }

  async #send(req: Omit<HttpRequest, "signal">, signal: AbortSignal | AttemptTimer): Promise<HttpResponse> {
    let answer: Dispatcher.ResponseData;
    try {
      answer = await request(req.url, {
        method: req.method as Dispatcher.HttpMethod,
        headers: req.headers,
        body: req.body,
        signal,
        dispatcher: this.#agent(),
        // The client bounds each attempt with its signal; undici's own 300 s timers would only mislead.
        headersTimeout: 0,
        bodyTimeout: 0,
      });
    } catch (err) {
      throw toTransportError(err, signal, req.url);
    }
    let body: string;
    try {
      body = await answer.body.text();
    } catch (err) {
      throw truncatedBody(answer.statusCode, err, signal);
    }
    return { status: answer.statusCode, headers: flattenHeaders(answer.headers), body };
  }

  /**
   * Closes the pooled connections at once: requests still in flight are aborted, not waited for. A
   * closed transport sends nothing more. A dispatcher given in the options belongs to the caller and is
   * left open.
   */
  async close(): Promise<void> {
    this.#closed = true;
    const dispatcher = this.#dispatcher;
    if (dispatcher && this.#owned) await dispatcher.destroy();
  }

  #agent(): Dispatcher {
    if (this.#closed) throw new ClientClosedError("This transport is closed: it sends nothing more");
    this.#dispatcher ??= new Agent({
      connect: { timeout: this.#options.connectTimeoutMs ?? 10_000 },
      keepAliveTimeout: this.#options.keepAliveTimeoutMs ?? 4_000,
      ...(this.#options.connectionsPerOrigin ? { connections: this.#options.connectionsPerOrigin } : {}),
    });
    return this.#dispatcher;
  }
}

function flattenHeaders(headers: Dispatcher.ResponseData["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}
