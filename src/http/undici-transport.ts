import { EventEmitter } from "node:events";
import { Agent, type Dispatcher, EnvHttpProxyAgent, request } from "undici";
import { processEnv } from "../credentials/from-env.js";
import type { Env } from "../credentials/types.js";
import { ClientClosedError, ConnectionError } from "../errors.js";
import { type AbortState, toTransportError, truncatedBody } from "./network-error.js";
import { type ProxySetting, type ResolvedProxy, resolveProxy, shownProxy } from "./proxy.js";
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
  /**
   * Proxies: one URL for both schemes, `{ http, https, noProxy }`, or `false` for none. Default: the
   * environment's `HTTPS_PROXY` / `HTTP_PROXY` / `NO_PROXY` (either case), or `VOLC_PROXY_HOST` /
   * `VOLC_PROXY_PORT` / `VOLC_PROXY_PROTOCOL`. https endpoints are reached through a CONNECT tunnel; http
   * ones with absolute-form requests. A user name and password in the URL authenticate to the proxy and
   * never appear in logs or errors.
   */
  proxy?: ProxySetting;
  /** Certificate authorities to trust for the endpoints (a private cloud's, a test's). Default: Node's. */
  ca?: string | readonly string[];
  /** The environment the proxy settings are read from. Default `process.env`. */
  env?: Env;
  /** Where proxy failures are reported (at warn). */
  logger?: {
    /** Told when a request through a proxy fails (the proxy named by its origin only). */
    warn(message: string): void;
  };
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
  /** The proxies in use, settled with the dispatcher. */
  #proxy: ResolvedProxy | undefined;

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
      throw this.#proxy ? this.#proxyError(err, signal, req.url) : toTransportError(err, signal, req.url);
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
    this.#dispatcher ??= this.#newDispatcher();
    return this.#dispatcher;
  }

  /** A pooled `Agent`, or undici's `EnvHttpProxyAgent` over the settled proxies when there are any. */
  #newDispatcher(): Dispatcher {
    const options = this.#options;
    const ca = options.ca === undefined ? undefined : [options.ca].flat();
    const tls = ca ? { ca } : {};
    const agent = {
      connect: { timeout: options.connectTimeoutMs ?? 10_000, ...tls },
      keepAliveTimeout: options.keepAliveTimeoutMs ?? 4_000,
      ...(options.connectionsPerOrigin ? { connections: options.connectionsPerOrigin } : {}),
    };
    this.#proxy = resolveProxy({ option: options.proxy, env: options.env ?? processEnv() });
    if (!this.#proxy) return new Agent(agent);
    // Explicit values (empty for none), so that undici reads nothing more from process.env.
    return new EnvHttpProxyAgent({
      ...agent,
      ...this.#proxy,
      requestTls: { timeout: agent.connect.timeout, ...tls },
      // http endpoints in absolute form through an http proxy; https ones in a CONNECT tunnel.
      proxyTunnel: false,
    });
  }

  /**
   * A failure through a proxy, typed: a proxy that refused the tunnel or asked for credentials (the
   * request never reached the endpoint) or could not be reached. Reported at warn, naming the proxy by its
   * origin only: the user name and password of its URL never appear.
   */
  #proxyError(err: unknown, signal: AbortState, url: string): unknown {
    const mapped = toTransportError(err, signal, url);
    if (!(mapped instanceof ConnectionError)) return mapped;
    const proxy = this.#proxyFor(url);
    if (proxy === undefined) return mapped;
    const message = err instanceof Error ? err.message : "";
    const refused = /^Proxy (response|Authentication)/.exec(message)
      ? message.match(/\((\d{3})\)/)?.[1]
      : undefined;
    const error = refused
      ? new ConnectionError(
          `The proxy ${shownProxy(proxy)} refused the request to ${new URL(url).origin} (HTTP ${refused}); the request was not sent`,
          { requestMayHaveBeenSent: false, code: `PROXY_${refused}`, cause: err },
        )
      : mapped;
    this.#options.logger?.warn(`the request through the proxy ${shownProxy(proxy)} failed: ${error.message}`);
    return error;
  }

  /** The proxy a request to `url` goes through, or undefined when `NO_PROXY` exempts its host. */
  #proxyFor(url: string): string | undefined {
    const proxy = this.#proxy;
    if (!proxy) return undefined;
    const { protocol, hostname, port } = new URL(url);
    const portNumber = Number(port) || (protocol === "https:" ? 443 : 80);
    for (const entry of proxy.noProxy.split(/[,\s]+/)) {
      if (entry === "") continue;
      if (entry === "*") return undefined;
      const [, name = entry, entryPort] = /^(.+):(\d+)$/.exec(entry) ?? [];
      const host = name.replace(/^\*?\./, "").toLowerCase();
      if (entryPort && Number(entryPort) !== portNumber) continue;
      if (hostname === host || hostname.endsWith(`.${host}`)) return undefined;
    }
    return (protocol === "https:" ? proxy.httpsProxy : proxy.httpProxy) || undefined;
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
