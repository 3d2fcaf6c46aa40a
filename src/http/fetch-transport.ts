import { toTransportError, truncatedBody } from "./network-error.js";
import type { HttpRequest, HttpResponse, Transport } from "./transport.js";

/** Options of {@link FetchTransport}. */
export interface FetchTransportOptions {
  /** The fetch to call. Default: `globalThis.fetch`, looked up at each call (so msw and other interceptors see it). */
  fetch?: typeof globalThis.fetch;
}

/**
 * A transport over `fetch`: for serverless bundles (it keeps undici out of the bundle) and for runtimes
 * other than Node. msw intercepts it, so it is also the transport for in-process tests with msw.
 *
 * @example
 * ```ts
 * import { VolcClient } from "volcengine-ts/fetch"; // uses FetchTransport by default
 * ```
 */
export class FetchTransport implements Transport {
  readonly #fetch: typeof globalThis.fetch | undefined;

  constructor(options: FetchTransportOptions = {}) {
    this.#fetch = options.fetch;
  }

  /** Sends one request through `fetch`, aborted by `req.signal`. */
  async send(req: HttpRequest): Promise<HttpResponse> {
    const { signal } = req;
    const fetchFn = this.#fetch ?? globalThis.fetch;
    let answer: Response;
    try {
      answer = await fetchFn(req.url, {
        method: req.method,
        headers: req.headers,
        // Node's fetch takes any Uint8Array; lib.dom's BodyInit wants one backed by a plain ArrayBuffer.
        body: req.body as BodyInit | undefined,
        signal,
      });
    } catch (err) {
      throw toTransportError(err, signal, req.url);
    }
    let body: string;
    try {
      body = await answer.text();
    } catch (err) {
      throw truncatedBody(answer.status, err, signal);
    }
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      headers[name] = value;
    });
    return { status: answer.status, headers, body };
  }
}
