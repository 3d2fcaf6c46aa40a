/**
 * The contract between the client and whatever moves bytes. A transport sends exactly the bytes it is
 * given (they were signed) and reports failures as typed errors; it knows nothing of Volcengine envelopes.
 */

/** One HTTP request, ready to go: URL, headers and body are exactly what was signed. */
export interface HttpRequest {
  method: string;
  /** Absolute URL; its query string is already encoded exactly as signed. */
  url: string;
  headers: Record<string, string>;
  body?: Uint8Array | undefined;
  /**
   * Aborts this attempt. When it fires, the transport releases the connection and rejects with
   * `signal.reason` unchanged (the client puts a `TimeoutError` or the caller's abort reason there).
   */
  signal: AbortSignal;
}

/**
 * A request whose time limit the transport applies itself ({@link TimedTransport}): no signal, because
 * nothing but the limit can abort it.
 */
export interface TimedHttpRequest extends Omit<HttpRequest, "signal"> {
  /** Time allowed for this attempt, in ms. */
  timeoutMs: number;
  /** The error to reject with when `timeoutMs` runs out (the client's `TimeoutError`). */
  timeoutError: () => Error;
  /** Ends the attempt early, with the reason it is given, when the call is stopped (the client closed). */
  stopper?: { onStop(listener: (reason: unknown) => void): () => void } | undefined;
}

/** An HTTP answer with its whole body read. */
export interface HttpResponse {
  status: number;
  /** Header names in lower case; repeated headers joined with `", "`. */
  headers: Record<string, string>;
  /** The body decoded as UTF-8. */
  body: string;
}

/**
 * Moves one request and its answer.
 *
 * Contract for failures: reject with `request.signal.reason` when the signal fired, with a
 * `ConnectionError` for network failures (saying whether the request may have been sent), and with a
 * `MalformedResponseError` when the body was cut short. Nothing else.
 *
 * @example
 * ```ts
 * const recording: Transport = {
 *   async send(req) { console.log(req.method, req.url); return inner.send(req); },
 * };
 * new VolcClient({ transport: recording });
 * ```
 */
export interface Transport {
  /** Sends one request (exactly the bytes given) and resolves with the whole answer, whatever its status. */
  send(request: HttpRequest): Promise<HttpResponse>;
  /** Releases pooled connections at once (requests in flight are dropped). Called by `VolcClient.close()`. */
  close?(): Promise<void>;
}

/**
 * The key of this package's own fast path, kept off the public interface: the client trusts only its
 * own transports to apply a time limit themselves, and races every other transport against its limit.
 */
export const SEND_WITHIN: unique symbol = Symbol("volcengine-ts.sendWithin");

/**
 * A transport of this package that applies an attempt's time limit itself (rejecting with
 * `timeoutError()` when it runs out, whatever the connection is doing), which spares the client an
 * `AbortController`, a timer-driven abort and their listeners per attempt.
 */
export interface TimedTransport extends Transport {
  [SEND_WITHIN](request: TimedHttpRequest): Promise<HttpResponse>;
}
