import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { createEmulator, type Emulator, type EmulatorOptions } from "./emulator.js";
import { type EmulatorResponse, truncatedBytes } from "./wire.js";

/** Options of {@link startEmulator}. */
export interface StartEmulatorOptions extends EmulatorOptions {
  /** Port to listen on; 0 (the default) picks any free port. */
  port?: number;
  /** Address to listen on. Default `127.0.0.1` (loopback only). */
  host?: string;
  /** An emulator to serve; by default a new one is created from the other options. */
  emulator?: Emulator;
  /** Serve HTTPS with this certificate and key (PEM): for tests of TLS and proxy tunnels. Default: HTTP. */
  tls?: { cert: string | Buffer; key: string | Buffer };
}

/** A running emulator server. */
export interface RunningEmulator {
  /** Base URL to use as the client's `endpoint`, e.g. `http://127.0.0.1:54321`. */
  url: string;
  /** The emulator behind it: its state, stats and faults. */
  emulator: Emulator;
  /** Stops listening and drops every open connection. */
  close(): Promise<void>;
}

/**
 * Serves an emulator over real HTTP (node:http) on loopback: for integration scripts, the demo, and
 * tests of the default undici transport. It reads the exact body bytes received and hands them to the
 * emulator; faults happen on the socket (a reset destroys it, a truncated body announces more bytes
 * than it sends).
 *
 * @example
 * ```ts
 * import { VolcClient } from "volcengine-ts";
 * import { startEmulator, EMULATOR_CREDENTIALS } from "volcengine-ts/testing";
 *
 * const { url, close } = await startEmulator();
 * const volc = new VolcClient({ endpoint: url, credentials: EMULATOR_CREDENTIALS });
 * // …
 * await volc.close();
 * await close();
 * ```
 */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const { port = 0, host = "127.0.0.1", emulator: given, tls, ...emulatorOptions } = options;
  const emulator = given ?? createEmulator(emulatorOptions);
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    serve(emulator, req, res).catch(() => {
      // The client went away during a slow answer, or the socket failed: there is no one to answer.
      res.socket?.destroy();
    });
  };
  const server = tls ? createTlsServer(tls, listener) : createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `${tls ? "https" : "http"}://${shownHost}:${address.port}`,
    emulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function serve(emulator: Emulator, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const gone = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) gone.abort(new Error("The client closed the connection"));
  });
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  const answer = await emulator.handle(
    {
      method: req.method ?? "GET",
      url: `http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`,
      headers,
      body: body.length > 0 ? new Uint8Array(body.buffer, body.byteOffset, body.length) : undefined,
    },
    { signal: gone.signal },
  );
  write(res, answer);
}

function write(res: ServerResponse, answer: EmulatorResponse): void {
  if (answer.disconnect === "reset") {
    res.socket?.destroy();
    return;
  }
  const whole = Buffer.from(answer.body, "utf8");
  res.writeHead(answer.status, { ...answer.headers, "content-length": String(whole.length) });
  if (answer.disconnect === "truncate") {
    // Content-Length promised the whole body; half of it goes out, then the connection drops.
    res.write(truncatedBytes(answer.body), () => res.socket?.destroy());
    return;
  }
  res.end(whole);
}
