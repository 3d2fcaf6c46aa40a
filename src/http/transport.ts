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
  send(request: HttpRequest): Promise<HttpResponse>;
  /** Releases pooled connections. Called by `VolcClient.close()`. */
  close?(): Promise<void>;
}
