import { HttpResponse, http, type RequestHandler } from "msw";
import type { Emulator } from "./emulator.js";
import { truncatedBytes } from "./wire.js";

/** Options of {@link emulatorHandlers}. */
export interface EmulatorHandlersOptions {
  /** Also serve this origin (and path prefix), e.g. `"http://emulator.test"`, for clients given an `endpoint`. */
  baseUrl?: string;
}

/** Every Volcengine OpenAPI host: `https://<anything>.volcengineapi.com/…`. */
const VOLCENGINE_HOSTS = /^https:\/\/[^/]+\.volcengineapi\.com(\/.*)?$/;

/**
 * msw request handlers that answer from the emulator, for in-process tests of code on the fetch
 * transport (`volcengine-ts/fetch`). msw sees only `globalThis.fetch`, never undici's `request`, so the
 * default client of `volcengine-ts` needs `emulatorTransport` or `startEmulator` (from `volcengine-ts/testing`) instead.
 *
 * Matches every `https://*.volcengineapi.com` host, and `baseUrl` when given. A reset becomes a network
 * error, a truncated body a stream that fails half-way.
 *
 * @example
 * ```ts
 * import { setupServer } from "msw/node";
 * import { VolcClient } from "volcengine-ts/fetch";
 * import { createEmulator, EMULATOR_CREDENTIALS } from "volcengine-ts/testing";
 * import { emulatorHandlers } from "volcengine-ts/testing/msw";
 *
 * const emulator = createEmulator();
 * const server = setupServer(...emulatorHandlers(emulator));
 * server.listen();
 * const volc = new VolcClient({ credentials: EMULATOR_CREDENTIALS }); // talks to https://open.volcengineapi.com, intercepted
 * ```
 */
export function emulatorHandlers(
  emulator: Emulator,
  options: EmulatorHandlersOptions = {},
): RequestHandler[] {
  const resolver = async ({ request }: { request: Request }): Promise<Response> => {
    const body = new Uint8Array(await request.arrayBuffer());
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const answer = await emulator.handle(
      { method: request.method, url: request.url, headers, body: body.length > 0 ? body : undefined },
      { signal: request.signal },
    );
    if (answer.disconnect === "reset") return HttpResponse.error();
    if (answer.disconnect === "truncate") {
      const part = truncatedBytes(answer.body);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(part);
          controller.error(Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }));
        },
      });
      return new HttpResponse(stream, { status: answer.status, headers: answer.headers });
    }
    return new HttpResponse(answer.body, { status: answer.status, headers: answer.headers });
  };
  const handlers: RequestHandler[] = [http.all(VOLCENGINE_HOSTS, resolver)];
  if (options.baseUrl !== undefined) handlers.push(http.all(baseUrlPattern(options.baseUrl), resolver));
  return handlers;
}

/** A pattern for `baseUrl` and every path under it. */
function baseUrlPattern(baseUrl: string): RegExp {
  const url = new URL(baseUrl);
  const prefix = `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  return new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(/.*)?$`);
}
