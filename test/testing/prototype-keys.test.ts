// Parameter names that would reach an object's prototype (`__proto__.polluted=yes`) must be refused with
// InvalidParameter and never change Object.prototype, whichever adapter carries the request: the
// emulator runs inside users' test processes, and its server can listen beyond loopback.
import { setupServer } from "msw/node";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createEmulator, emulatorTransport, startEmulator } from "../../src/testing/index.js";
import { emulatorHandlers } from "../../src/testing/msw.js";
import { cenRequest, codeOf, type RawRequest, sendRaw, vmsJsonRequest } from "./raw.js";

const hostile: [string, RawRequest][] = [
  ["__proto__.polluted", cenRequest({ "__proto__.polluted": "yes" })],
  ["Tags.1.__proto__.polluted", cenRequest({ "Tags.1.Key": "k", "Tags.1.__proto__.polluted": "yes" })],
  ["constructor.prototype.polluted", cenRequest({ "constructor.prototype.polluted": "yes" })],
  ["a list position past 10000", cenRequest({ "Tags.1000000.Key": "k" })],
  [
    "__proto__ in a JSON body",
    vmsJsonRequest(
      JSON.parse('{"Name":"p","ServiceType":100,"SubServiceType":101,"__proto__":{"polluted":"yes"}}'),
    ),
  ],
];

/** Every adapter, as a way to send one raw signed request. */
const adapters: [
  string,
  () => Promise<{ send: (req: RawRequest) => ReturnType<typeof sendRaw>; close: () => Promise<void> }>,
][] = [
  [
    "in-process transport",
    async () => {
      const transport = emulatorTransport(createEmulator());
      const fetchFn = async (url: string, init: RequestInit) => {
        const answer = await transport.send({
          method: init.method ?? "GET",
          url,
          headers: init.headers as Record<string, string>,
          body: typeof init.body === "string" ? new TextEncoder().encode(init.body) : undefined,
          signal: new AbortController().signal,
        });
        return new Response(answer.body, { status: answer.status, headers: answer.headers });
      };
      return { send: (req) => sendRaw("http://emulator.test", req, fetchFn), close: async () => {} };
    },
  ],
  [
    "msw handlers",
    async () => {
      const mock = setupServer(...emulatorHandlers(createEmulator(), { baseUrl: "http://emulator.test" }));
      mock.listen({ onUnhandledRequest: "error" });
      return { send: (req) => sendRaw("http://emulator.test", req), close: async () => mock.close() };
    },
  ],
  [
    "node:http server",
    async () => {
      const server = await startEmulator();
      return { send: (req) => sendRaw(server.url, req), close: () => server.close() };
    },
  ],
];

afterEach(() => {
  for (const name of ["polluted", "polluted2"]) delete (Object.prototype as Record<string, unknown>)[name];
});

describe.each(adapters)("through the %s", (_name, start) => {
  let adapter: Awaited<ReturnType<typeof start>> | undefined;
  afterAll(async () => adapter?.close());

  it.each(hostile)(
    "refuses %s with InvalidParameter and leaves Object.prototype alone",
    async (_what, req) => {
      adapter ??= await start();
      const answer = await adapter.send(req);
      expect(answer.status).toBe(400);
      expect(codeOf(answer)).toBe("InvalidParameter");
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
    },
  );

  it("still serves a good request afterwards", async () => {
    adapter ??= await start();
    const answer = await adapter.send(cenRequest({ "Tags.1.Key": "env" }));
    expect(codeOf(answer)).toBeUndefined();
  });
});
