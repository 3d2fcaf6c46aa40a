import { toTransportError, truncatedBody } from "../http/network-error.js";
import type { HttpRequest, HttpResponse, Transport } from "../http/transport.js";
import type { Emulator } from "./emulator.js";

/**
 * A `Transport` that hands each request straight to the emulator: no sockets, no port, nothing to
 * close. Faults come out as the real transports report them: a reset as a `ConnectionError` (the
 * request may have reached the server), a truncated body as a `MalformedResponseError`, and a slow
 * answer gives way to the request's signal (the client's timeout or the caller's abort).
 *
 * @example
 * ```ts
 * import { VolcClient } from "volcengine-ts";
 * import { createEmulator, emulatorTransport, EMULATOR_CREDENTIALS } from "volcengine-ts/testing";
 *
 * const emulator = createEmulator();
 * const volc = new VolcClient({ transport: emulatorTransport(emulator), credentials: EMULATOR_CREDENTIALS });
 * ```
 */
export function emulatorTransport(emulator: Emulator): Transport {
  return {
    async send(request: HttpRequest): Promise<HttpResponse> {
      const { signal } = request;
      signal.throwIfAborted();
      const answer = await emulator.handle(
        { method: request.method, url: request.url, headers: request.headers, body: request.body },
        { signal },
      );
      signal.throwIfAborted();
      if (answer.disconnect === "reset") {
        throw toTransportError(socketError("ECONNRESET", "socket hang up"), signal, request.url);
      }
      if (answer.disconnect === "truncate") {
        throw truncatedBody(answer.status, socketError("UND_ERR_SOCKET", "other side closed"), signal);
      }
      return { status: answer.status, headers: { ...answer.headers }, body: answer.body };
    },
  };
}

/** The platform error a real socket would have raised, for the error's `cause` and `code`. */
function socketError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}
