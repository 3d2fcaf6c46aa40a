/**
 * What the emulator core takes and gives: one HTTP exchange, with no sockets. Every adapter (the
 * in-process transport, the msw handlers, the node:http server) turns its own request into an
 * {@link EmulatorRequest} and carries out the {@link EmulatorResponse} it gets back.
 */

/** A request as it arrived. */
export interface EmulatorRequest {
  method: string;
  /** Absolute URL, query string as received (it is decoded by the emulator, as a server would). */
  url: string;
  /** Header names in any case; the emulator reads them case-insensitively. */
  headers: Readonly<Record<string, string>>;
  /** The exact body bytes received; the signature is checked over them. */
  body?: Uint8Array | undefined;
}

/**
 * How the exchange must end when it is not a plain answer (fault injection):
 * - `"reset"`: drop the connection without answering;
 * - `"truncate"`: send the head, announcing the whole body in `Content-Length`, then only
 *   {@link EmulatorResponse.body}'s first half, and drop the connection.
 */
export type Disconnect = "reset" | "truncate";

/** The answer to carry out. */
export interface EmulatorResponse {
  /** HTTP status (0 when the connection is reset: there is no answer). */
  status: number;
  /** Header names in lower case. Always has `date` (the emulator's clock) unless the connection is reset. */
  headers: Record<string, string>;
  /** The whole body, as UTF-8 text. */
  body: string;
  /** Set when the adapter must end the exchange abnormally instead of answering normally. */
  disconnect?: Disconnect | undefined;
}

/** Options of one exchange. */
export interface HandleOptions {
  /**
   * Fires when the client gave up (its connection closed, its fetch was aborted). A slow answer stops
   * waiting and the exchange rejects with the signal's reason.
   */
  signal?: AbortSignal | undefined;
}

const utf8 = new TextEncoder();

/**
 * The bytes a truncated answer sends before dropping the connection: the first half of the body (at
 * least one byte short of it), so the client sees fewer bytes than `Content-Length` announced.
 */
export function truncatedBytes(body: string): Uint8Array {
  const bytes = utf8.encode(body);
  return bytes.subarray(0, Math.floor(bytes.length / 2));
}

/** Lower-cases header names (later duplicates win), so the core reads them one way. */
export function lowerCaseHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (value !== undefined) out[name.toLowerCase()] = value;
  }
  return out;
}
