import { describe, expect, it } from "vitest";
import type { AttemptEvent } from "../../src/client/attempt-event.js";
import {
  type HttpRequest,
  type NodeVolcClientOptions,
  type Transport,
  UndiciTransport,
  VolcClient,
} from "../../src/index.js";
import { CreateCenBandwidthPackage } from "../../src/services/cen/index.js";
import { CreateNumberPool } from "../../src/services/vms/index.js";
import { EMULATOR_STS_CREDENTIALS, type Fault } from "../../src/testing/index.js";
import { renderings } from "../helpers/renderings.js";
import { cenInput, poolInput, rejection, useEmulatorServer } from "./fixtures.js";

const env = useEmulatorServer();
const STS = EMULATOR_STS_CREDENTIALS;

/** Sends through undici and remembers every real signing header, so that we know what must not leak. */
function recordingTransport(seen: string[]): Transport {
  const inner = new UndiciTransport();
  return {
    send(req: HttpRequest) {
      for (const [name, value] of Object.entries(req.headers)) {
        if (/^(authorization|x-security-token)$/i.test(name)) {
          seen.push(value);
          const signature = /Signature=([0-9a-f]{64})/.exec(value)?.[1];
          if (signature) seen.push(signature);
        }
      }
      return inner.send(req);
    },
    close: () => inner.close(),
  };
}

function expectNoSecret(text: string, secrets: readonly string[]) {
  for (const secret of secrets) expect(text).not.toContain(secret);
}

describe("no secret in any error or attempt event", () => {
  const cases: [string, (o: NodeVolcClientOptions) => Promise<unknown>, Fault?][] = [
    [
      "ServiceError (SignatureDoesNotMatch)",
      (o) =>
        new VolcClient({ ...o, credentials: { ...STS, secretKey: `${STS.secretKey}-wrong` } }).send(
          CreateNumberPool,
          poolInput(),
        ),
    ],
    [
      "ServiceError (injected 500)",
      (o) => new VolcClient(o).send(CreateNumberPool, poolInput()),
      { kind: "error", status: 500, code: "InternalError" },
    ],
    [
      "ConnectionError (reset)",
      (o) => new VolcClient(o).send(CreateNumberPool, poolInput()),
      { kind: "reset", phase: "after" },
    ],
    [
      "ConnectionError (refused)",
      (o) =>
        new VolcClient({ ...o, endpoint: "http://127.0.0.1:1", maxAttempts: 1 }).send(
          CreateNumberPool,
          poolInput(),
        ),
    ],
    [
      "TimeoutError",
      (o) => new VolcClient({ ...o, timeoutMs: 50 }).send(CreateNumberPool, poolInput()),
      // Faults name their action: a late request of another case must not take this one's fault.
      { kind: "slow", delayMs: 500, action: "CreateNumberPool" },
    ],
    [
      "MalformedResponseError (truncated)",
      (o) => new VolcClient({ ...o, maxAttempts: 1 }).send(CreateCenBandwidthPackage, cenInput()),
      { kind: "truncated", action: "CreateCenBandwidthPackage" },
    ],
    [
      "MalformedResponseError (HTML 502)",
      (o) => new VolcClient({ ...o, maxAttempts: 1 }).send(CreateCenBandwidthPackage, cenInput()),
      { kind: "html-502", action: "CreateCenBandwidthPackage" },
    ],
    [
      "ValidationError",
      (o) => new VolcClient(o).send(CreateCenBandwidthPackage, { ...cenInput(), Bandwidth: 1 }),
    ],
  ];

  it.each(cases)("%s", async (_what, call, fault) => {
    const seen: string[] = [];
    const events: AttemptEvent[] = [];
    if (fault) env.emulator.faults.enqueue(fault);
    const err = await rejection(
      call({
        endpoint: env.url,
        credentials: STS,
        transport: recordingTransport(seen),
        onAttempt: (e) => events.push(e),
      }),
    );
    const secrets = [STS.secretKey, STS.sessionToken, `${STS.secretKey}-wrong`, ...seen];
    expect(err).toBeInstanceOf(Error);
    expectNoSecret(renderings(err), secrets);
    expectNoSecret(JSON.stringify(events), secrets);
    for (const e of events) {
      expect(e.request.headers.authorization).toBe("[redacted]");
      expect(e.request.headers["x-security-token"]).toBe("[redacted]");
    }
  });

  it("CredentialsError from a failing provider", async () => {
    const volc = new VolcClient({
      endpoint: env.url,
      credentials: async () => {
        throw new TypeError("metadata endpoint unreachable");
      },
    });
    const err = await rejection(volc.send(CreateNumberPool, poolInput()));
    expect(err).toMatchObject({ name: "CredentialsError" });
    expect(env.emulator.stats.requests).toBe(0);
  });
});

describe("attempt events", () => {
  it("report operation, attempt number, status, code, request id and duration", async () => {
    const events: AttemptEvent[] = [];
    const volc = new VolcClient({
      endpoint: env.url,
      credentials: STS,
      onAttempt: (e) => events.push(e),
      retryDelay: { baseMs: 1 },
    });
    env.emulator.faults.enqueue({ kind: "error", status: 503, code: "ServiceUnavailable" });
    const out = await volc.send(CreateCenBandwidthPackage, cenInput());
    await volc.close();
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      service: "cen",
      action: "CreateCenBandwidthPackage",
      attempt: 1,
      status: 503,
      code: "ServiceUnavailable",
      error: "ServiceError",
      willRetry: true,
    });
    expect(events[0]?.requestId).toMatch(/^\w{20,}$/);
    expect(events[1]).toMatchObject({
      attempt: 2,
      status: 200,
      code: undefined,
      requestId: out.$metadata.requestId,
      willRetry: false,
    });
    expect(events[1]?.durationMs).toBeGreaterThanOrEqual(0);
    expect(events[1]?.request.url).toContain("Action=CreateCenBandwidthPackage");
  });
});
