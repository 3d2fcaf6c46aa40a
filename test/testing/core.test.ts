// The core as a plain function from a request to an answer, and the bookkeeping around it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VolcClient } from "../../src/index.js";
import { CreateNumberPool } from "../../src/services/vms/index.js";
import { canonicalQueryString, signRequest } from "../../src/signing/index.js";
import {
  createEmulator,
  EMULATOR_CREDENTIALS,
  type EmulatorRequest,
  type RunningEmulator,
  startEmulator,
} from "../../src/testing/index.js";

const NOW = Date.parse("2025-06-05T07:45:57Z");
const utf8 = new TextEncoder();

/** A signed vms CreateNumberPool request for the core, as an adapter would hand it over. */
function poolRequest(
  options: { hostHeader?: string; url?: string; body?: string; contentType?: string } = {},
): EmulatorRequest {
  const query = { Action: "CreateNumberPool", Version: "2022-01-01" };
  const body = utf8.encode(
    options.body ?? JSON.stringify({ Name: "core", ServiceType: 100, SubServiceType: 101 }),
  );
  const headers = signRequest(
    { method: "POST", host: "cloud-vms.volcengineapi.com", query, body },
    EMULATOR_CREDENTIALS,
    { region: "cn-beijing", service: "vms", date: new Date(NOW) },
  );
  return {
    method: "POST",
    url: options.url ?? `https://cloud-vms.volcengineapi.com/?${canonicalQueryString(query)}`,
    headers: {
      ...headers,
      ...(options.hostHeader ? { Host: options.hostHeader } : {}),
      ...(options.contentType === ""
        ? {}
        : { "Content-Type": options.contentType ?? "application/json; charset=utf-8" }),
    },
    body,
  };
}

describe("emulator.handle", () => {
  it("answers a request with status, lower-case headers and the envelope", async () => {
    const emulator = createEmulator({ now: () => NOW });
    const answer = await emulator.handle(poolRequest());
    expect(answer.status).toBe(200);
    expect(answer.disconnect).toBeUndefined();
    expect(answer.headers).toEqual({
      date: "Thu, 05 Jun 2025 07:45:57 GMT",
      "content-type": "application/json; charset=utf-8",
    });
    expect(JSON.parse(answer.body).Result).toMatchObject({ Name: "core" });
  });

  it("signs against the Host header without the scheme's default port, as the signers drop it", async () => {
    const emulator = createEmulator({ now: () => NOW });
    const answer = await emulator.handle(poolRequest({ hostHeader: "cloud-vms.volcengineapi.com:443" }));
    expect(answer.status).toBe(200);
    const elsewhere = await emulator.handle(poolRequest({ hostHeader: "cloud-vms.volcengineapi.com:8443" }));
    expect(JSON.parse(elsewhere.body).ResponseMetadata.Error.Code).toBe("SignatureDoesNotMatch");
  });

  it("reads a body without Content-Type as a form when it is not JSON", async () => {
    const emulator = createEmulator({ now: () => NOW });
    const answer = await emulator.handle(
      poolRequest({ body: "Name=bare&ServiceType=100&SubServiceType=101", contentType: "" }),
    );
    expect(JSON.parse(answer.body).Result).toMatchObject({ Name: "bare", ServiceType: 100 });
  });

  it("counts requests per action and answers per code", async () => {
    const emulator = createEmulator({ now: () => NOW });
    await emulator.handle(poolRequest());
    await emulator.handle({ ...poolRequest(), headers: {} });
    await emulator.handle({ method: "GET", url: "http://x/?Version=1", headers: {} });
    expect(emulator.stats).toMatchObject({
      requests: 3,
      requestsByAction: { CreateNumberPool: 2, "(none)": 1 },
      succeeded: 1,
      errorsByCode: { MissingSignature: 2 },
      createdByKind: { NumberPool: 1 },
    });
  });

  it("accepts key pairs added later", async () => {
    const emulator = createEmulator({ now: () => NOW, credentials: [] });
    expect(JSON.parse((await emulator.handle(poolRequest())).body).ResponseMetadata.Error.Code).toBe(
      "InvalidAccessKey",
    );
    emulator.addCredentials(EMULATOR_CREDENTIALS);
    expect((await emulator.handle(poolRequest())).status).toBe(200);
  });

  it("rejects with the signal's reason when the client gives up during a slow answer", async () => {
    const emulator = createEmulator({ now: () => NOW });
    emulator.faults.enqueue({ kind: "slow", delayMs: 10_000 });
    const controller = new AbortController();
    const pending = emulator.handle(poolRequest(), { signal: controller.signal });
    controller.abort(new Error("gone"));
    await expect(pending).rejects.toThrow("gone");
    expect(emulator.state.numberPools.size).toBe(0);
  });
});

describe("a client that gives up over real sockets", () => {
  let server: RunningEmulator;
  beforeAll(async () => {
    server = await startEmulator();
  });
  afterAll(async () => {
    await server.close();
  });

  it("stops a slow answer struck before processing: nothing is created, even later", async () => {
    server.emulator.faults.enqueue({ kind: "slow", delayMs: 300 });
    const volc = new VolcClient({
      endpoint: server.url,
      credentials: EMULATOR_CREDENTIALS,
      maxAttempts: 1,
      timeoutMs: 50,
    });
    await expect(
      volc.send(CreateNumberPool, { Name: "late", ServiceType: 100, SubServiceType: 101 }),
    ).rejects.toMatchObject({
      name: "TimeoutError",
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(server.emulator.countCreatedByName("late")).toBe(0);
    await volc.close();
  });
});
