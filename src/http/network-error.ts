import { ConnectionError, MalformedResponseError, VolcError } from "../errors.js";

/**
 * Error codes meaning the request provably never reached a server: no connection was made. Anything
 * else (a reset, a socket closed mid-answer) may have happened after the server acted on the request.
 */
const NEVER_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** The platform's error code of a network failure, looking through fetch's `TypeError` wrapper. */
function errorCode(err: unknown): string | undefined {
  for (let e = err, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** What the error mappers read of an attempt's abort: an `AbortSignal`, or the undici transport's cheaper handle. */
export interface AbortState {
  readonly aborted: boolean;
  readonly reason: unknown;
}

/**
 * Maps a failure of the transport into the typed family: the signal's reason when the attempt was
 * aborted (timeout or caller), otherwise a `ConnectionError` that says whether the request may have
 * been sent. The cause keeps only the platform error, which holds no request headers.
 */
export function toTransportError(err: unknown, signal: AbortState, url: string): unknown {
  if (signal.aborted) return signal.reason;
  if (err instanceof VolcError) return err;
  const code = errorCode(err);
  const sentMaybe = code === undefined || !NEVER_SENT.has(code);
  const origin = safeOrigin(url);
  const detail = code ?? (err instanceof Error ? err.message : String(err));
  const hint = sentMaybe
    ? "the request may have reached the server"
    : "the request was not sent; check the endpoint and the network";
  return new ConnectionError(`Could not complete the request to ${origin} (${detail}); ${hint}`, {
    requestMayHaveBeenSent: sentMaybe,
    code,
    cause: err,
  });
}

/** The answer's head arrived but its body did not come whole. */
export function truncatedBody(status: number, err: unknown, signal: AbortState): unknown {
  if (signal.aborted) return signal.reason;
  const code = errorCode(err);
  return new MalformedResponseError({
    status,
    excerpt: "",
    reason: `body cut short${code ? ` (${code})` : ""}`,
    cause: err,
  });
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "the endpoint";
  }
}
