// What a new user's adversarial review broke, each reproduced through the public API over loopback.
import { ProxyAgent } from "undici";
import { afterEach, describe, expect, it } from "vitest";
import {
  ClientClosedError,
  ConnectionError,
  CredentialsError,
  MalformedResponseError,
  TimeoutError,
  ValidationError,
  VolcClient,
  VolcError,
} from "../../src/index.js";
import { CreateCenBandwidthPackage } from "../../src/services/cen/index.js";
import { AssumeRole } from "../../src/services/sts/index.js";
import { CreateNumberPool } from "../../src/services/vms/index.js";
import { EMULATOR_CREDENTIALS } from "../../src/testing/index.js";
import { envelope, type Loopback, startHttp, startSilent } from "../helpers/loopback.js";
import { cenInput, poolInput, rejection, useEmulatorServer } from "./fixtures.js";

const env = useEmulatorServer();
const credentials = EMULATOR_CREDENTIALS;
const servers: Loopback[] = [];
const clients: VolcClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function answering(body: string, status = 200): Promise<{ server: Loopback; volc: VolcClient }> {
  let requests = 0;
  const server = await startHttp((_req, res) => {
    requests++;
    res.writeHead(status, { "content-type": "application/json" }).end(body);
  });
  servers.push(server);
  const volc = client({ endpoint: server.url });
  return { server: Object.assign(server, { requests: () => requests }), volc };
}

function client(options: ConstructorParameters<typeof VolcClient>[0] = {}): VolcClient {
  const volc = new VolcClient({ credentials, retryDelay: { baseMs: 5, capMs: 20 }, ...options });
  clients.push(volc);
  return volc;
}

async function settleTime(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  const error = await rejection(promise);
  return { error, ms: Date.now() - started };
}

describe("every answer is checked against the operation's result schema", () => {
  it("refuses a CreateNumberPool answer without NumberPoolNo, naming the field; the pool may exist", async () => {
    const { volc } = await answering(envelope({}));
    const error = await rejection(volc.send(CreateNumberPool, poolInput()));
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({
      service: "vms",
      action: "CreateNumberPool",
      status: 200,
      requestId: "20261129000000000000000000ABCDEF",
      mayHaveSucceeded: true,
      reason: expect.stringMatching(/^Result\.Name: is missing \(and 3 more problems\)$/),
    });
    expect((error as Error).message).toMatch(/may have taken effect/);
  });

  it("names a field of the wrong type: a number, an object", async () => {
    const pool = { Name: "p", NumberPoolNo: 123, ServiceType: 100, SubServiceType: 101 };
    const first = await answering(envelope(pool));
    expect(await rejection(first.volc.send(CreateNumberPool, poolInput()))).toMatchObject({
      reason: "Result.NumberPoolNo: expected a string; got number 123",
    });
    const second = await answering(envelope({ CenBandwidthPackageId: { evil: true } }));
    const error = await rejection(second.volc.send(CreateCenBandwidthPackage, cenInput()));
    expect(error).toMatchObject({ reason: "Result.CenBandwidthPackageId: expected a string; got an object" });
  });

  it("does not retry a misfit answer, even for a call that is safe to repeat; a read has taken no effect", async () => {
    const { server, volc } = await answering(envelope({ Credentials: {} }));
    const error = await rejection(
      volc.send(AssumeRole, { RoleTrn: "trn:iam::1:role/r", RoleSessionName: "s" }),
    );
    expect(error).toMatchObject({ name: "MalformedResponseError", mayHaveSucceeded: false, attempts: 1 });
    expect((server as Loopback & { requests(): number }).requests()).toBe(1);
  });

  it("keeps fields it does not know, and reads null as absent", async () => {
    const { volc } = await answering(
      envelope({ CenBandwidthPackageId: "cbp-1", Added: { x: 1 }, Note: null }),
    );
    const out = await volc.send(CreateCenBandwidthPackage, cenInput());
    expect(out.CenBandwidthPackageId).toBe("cbp-1");
    expect((out as unknown as Record<string, unknown>).Added).toEqual({ x: 1 });
  });
});

describe("an onAttempt hook that throws never changes the outcome", () => {
  it("keeps a created package created, sent once, and reports the hook's failure once as a warning", async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on("warning", onWarning);
    try {
      const { volc } = env.client({
        onAttempt: () => {
          throw new Error("bug in my logging hook");
        },
      });
      const input = cenInput();
      const out = await volc.send(CreateCenBandwidthPackage, input);
      expect(out.CenBandwidthPackageId).toMatch(/^cbp-/);
      await volc.send(CreateNumberPool, poolInput());
      expect(env.emulator.stats.requests).toBe(2);
      expect(env.emulator.countCreatedByName(input.CenBandwidthPackageName)).toBe(1);
      await new Promise((r) => setImmediate(r));
      expect(warnings.map((w) => w.message)).toEqual([
        expect.stringContaining("the onAttempt hook threw (Error: bug in my logging hook)"),
      ]);
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("is told of an attempt the caller aborted, and of one cut by close()", async () => {
    const { volc, events } = env.client();
    env.emulator.faults.enqueue({ kind: "slow", delayMs: 2000, times: 2 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await rejection(volc.send(CreateCenBandwidthPackage, cenInput(), { signal: controller.signal }));
    expect(events).toEqual([expect.objectContaining({ attempt: 1, error: "AbortError", willRetry: false })]);

    const pending = rejection(volc.send(CreateCenBandwidthPackage, cenInput()));
    setTimeout(() => void volc.close(), 50);
    expect(await pending).toBeInstanceOf(ClientClosedError);
    expect(events[1]).toMatchObject({ attempt: 1, error: "ClientClosedError", willRetry: false });
  });
});

describe("timeouts, deadlines and aborts hold whatever the dispatcher does", () => {
  // A proxy that accepts the connection and never answers CONNECT: undici cannot abort that phase.
  async function behindSilentProxy(options: ConstructorParameters<typeof VolcClient>[0] = {}) {
    const proxy = await startSilent();
    servers.push(proxy);
    const dispatcher = new ProxyAgent(proxy.url);
    const volc = client({ transport: dispatcher, endpoint: "https://open.volcengineapi.com", ...options });
    return { volc, close: () => dispatcher.destroy() };
  }

  it("ends a call at its deadline", async () => {
    const { volc, close } = await behindSilentProxy({ timeoutMs: 200, deadlineMs: 600 });
    const { error, ms } = await settleTime(volc.send(CreateCenBandwidthPackage, cenInput()));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ kind: "deadline", timeoutMs: 600 });
    expect(ms).toBeLessThan(2000);
    await close();
  });

  it("ends a single attempt at its timeout", async () => {
    const { volc, close } = await behindSilentProxy({ timeoutMs: 200, maxAttempts: 1 });
    const { error, ms } = await settleTime(volc.send(CreateCenBandwidthPackage, cenInput()));
    expect(error).toMatchObject({ name: "TimeoutError", kind: "attempt", timeoutMs: 200, attempts: 1 });
    expect(ms).toBeLessThan(1500);
    await close();
  });

  it("ends a call when the caller aborts", async () => {
    const { volc, close } = await behindSilentProxy();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { error, ms } = await settleTime(
      volc.send(CreateCenBandwidthPackage, cenInput(), { signal: controller.signal }),
    );
    expect((error as DOMException).name).toBe("AbortError");
    expect(ms).toBeLessThan(1000);
    await close();
  });

  it("ends an attempt on a custom transport that ignores its abort signal", async () => {
    const volc = client({ transport: { send: () => new Promise(() => {}) }, timeoutMs: 100, maxAttempts: 1 });
    const { error, ms } = await settleTime(volc.send(CreateCenBandwidthPackage, cenInput()));
    expect(error).toMatchObject({ name: "TimeoutError", kind: "attempt" });
    expect(ms).toBeLessThan(1000);
  });
});

describe("close() stops the calls in flight", () => {
  it("rejects them at once, retries nothing, opens no connection, and resolves within a second", async () => {
    const silent = await startSilent();
    servers.push(silent);
    const volc = client({ endpoint: silent.url, timeoutMs: 1000 });
    const pending = settleTime(volc.send(CreateCenBandwidthPackage, cenInput()));
    await new Promise((r) => setTimeout(r, 200));
    const closing = Date.now();
    await volc.close();
    expect(Date.now() - closing).toBeLessThan(1000);
    const { error } = await pending;
    expect(error).toBeInstanceOf(ClientClosedError);
    expect(error).toBeInstanceOf(VolcError);
    expect(error).toMatchObject({ service: "cen", action: "CreateCenBandwidthPackage", attempts: 1 });
    const connections = silent.connections;
    await new Promise((r) => setTimeout(r, 1500));
    expect(silent.connections).toBe(connections);
    await expect(volc.send(CreateCenBandwidthPackage, cenInput())).rejects.toBeInstanceOf(ClientClosedError);
  });

  it("resolves within a second with the default 30 s timeout", async () => {
    const silent = await startSilent();
    servers.push(silent);
    const volc = client({ endpoint: silent.url });
    const pending = rejection(volc.send(CreateNumberPool, poolInput()));
    await new Promise((r) => setTimeout(r, 100));
    const closing = Date.now();
    await volc.close();
    expect(Date.now() - closing).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(ClientClosedError);
  });
});

describe("every failure is a VolcError", () => {
  it.each([
    [{ endpoint: "not a url" }, "endpoint", /absolute http\(s\) URL/],
    [{ endpoint: "ftp://x" }, "endpoint", /must use http or https; got "ftp"/],
    [{ timeoutMs: Number.NaN }, "timeoutMs", /number of milliseconds.*got NaN/],
    [{ timeoutMs: 0 }, "timeoutMs", /got 0/],
    [{ deadlineMs: -5 }, "deadlineMs", /got -5/],
    [{ maxAttempts: 0 }, "maxAttempts", /at least 1/],
    [{ maxAttempts: 2.5 }, "maxAttempts", /whole number/],
  ])("refuses the option %o when the client is built", (options, path, message) => {
    let caught: unknown;
    try {
      new VolcClient({ credentials, ...options });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).issues).toEqual([{ path, message: expect.stringMatching(message) }]);
    expect((caught as Error).message).toMatch(/^VolcClient options are invalid/);
  });

  it("refuses bad per-call options before sending", async () => {
    const { volc } = env.client();
    const error = await rejection(
      volc.send(CreateNumberPool, poolInput(), { timeoutMs: Number.NaN, maxAttempts: 0 }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual(["timeoutMs", "maxAttempts"]);
    expect(env.emulator.stats.requests).toBe(0);
  });

  it("turns an input that throws when read into a ValidationError", async () => {
    const { volc } = env.client();
    const getter = {
      Name: "p",
      ServiceType: 100,
      get SubServiceType(): number {
        throw new Error("getter exploded");
      },
    };
    const proxy = new Proxy(poolInput(), {
      ownKeys() {
        throw new Error("ownKeys exploded");
      },
    });
    for (const [input, cause] of [
      [getter, "getter exploded"],
      [proxy, "ownKeys exploded"],
    ] as const) {
      const error = await rejection(volc.send(CreateNumberPool, input));
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual([
        { path: "(input)", message: `could not be read (reading it threw: ${cause})` },
      ]);
    }
    expect(env.emulator.stats.requests).toBe(0);
  });
});

describe("errors say which call failed, and whether it may have taken effect", () => {
  it("names the operation on a connection failure", async () => {
    const silent = await startSilent();
    const url = silent.url;
    await silent.close();
    const volc = client({ endpoint: url, maxAttempts: 1 });
    const error = await rejection(volc.send(CreateCenBandwidthPackage, cenInput()));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({
      service: "cen",
      action: "CreateCenBandwidthPackage",
      code: "ECONNREFUSED",
    });
    expect((error as Error).message).toMatch(
      /^cen\.CreateCenBandwidthPackage: Could not complete the request/,
    );
  });

  it("names the operation on a body cut short", async () => {
    const { volc } = env.client({ maxAttempts: 1 });
    env.emulator.faults.enqueue({ kind: "truncated" });
    const error = await rejection(volc.send(CreateNumberPool, poolInput()));
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({ service: "vms", action: "CreateNumberPool", mayHaveSucceeded: true });
  });

  it("knows that a request refused as too large (431) has taken no effect", async () => {
    const { volc } = await answering("<html>Request Header Fields Too Large</html>", 431);
    const error = await rejection(volc.send(CreateNumberPool, poolInput()));
    expect(error).toMatchObject({ name: "MalformedResponseError", status: 431, mayHaveSucceeded: false });
    expect((error as Error).message).not.toMatch(/may have taken effect/);
  });

  it("counts no attempt for credentials that failed before anything was sent", async () => {
    const volc = client({
      credentials: async () => {
        throw new Error("vault unreachable");
      },
    });
    const error = await rejection(volc.send(CreateNumberPool, poolInput()));
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as CredentialsError).attempts).toBeUndefined();
  });
});
