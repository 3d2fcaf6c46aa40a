// Each fault kind, observed by the client as the right typed error (maxAttempts 1, so no retry hides
// it), through the in-process transport and through real sockets (node:http + undici).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ConnectionError,
  MalformedResponseError,
  ServiceError,
  TimeoutError,
  VolcClient,
  type VolcError,
} from "../../src/index.js";
import { CreateCenBandwidthPackage } from "../../src/services/cen/index.js";
import { CreateNumberPool } from "../../src/services/vms/index.js";
import {
  createEmulator,
  EMULATOR_CREDENTIALS,
  type Emulator,
  emulatorTransport,
  type Fault,
  type RunningEmulator,
  startEmulator,
} from "../../src/testing/index.js";

const pool = { Name: "faulty", ServiceType: 100, SubServiceType: 101 } as const;
const cbp = { LocalGeographicRegionSetId: "China", PeerGeographicRegionSetId: "Asia" } as const;

interface Setup {
  emulator: Emulator;
  client(options?: { timeoutMs?: number; maxAttempts?: number }): VolcClient;
}

const transportSetup: Setup = (() => {
  const emulator = createEmulator();
  return {
    emulator,
    client: (options = {}) =>
      new VolcClient({
        transport: emulatorTransport(emulator),
        credentials: EMULATOR_CREDENTIALS,
        maxAttempts: 1,
        ...options,
      }),
  };
})();

let server: RunningEmulator;
const clients: VolcClient[] = [];
const httpSetup: Setup = {
  get emulator() {
    return server.emulator;
  },
  client: (options = {}) => {
    const volc = new VolcClient({
      endpoint: server.url,
      credentials: EMULATOR_CREDENTIALS,
      maxAttempts: 1,
      ...options,
    });
    clients.push(volc);
    return volc;
  },
};

beforeAll(async () => {
  server = await startEmulator();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await server.close();
});

async function failure(promise: Promise<unknown>): Promise<VolcError> {
  const outcome = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (outcome === undefined) throw new Error("expected the call to fail");
  return outcome as VolcError;
}

for (const [name, setup] of [
  ["emulatorTransport", transportSetup],
  ["node:http + undici", httpSetup],
] as const) {
  describe(`faults through ${name}`, () => {
    beforeEach(() => setup.emulator.reset());

    const errorCases: [Fault, number, string, number | undefined][] = [
      [{ kind: "error", status: 500, code: "InternalError", codeN: 100014 }, 500, "InternalError", undefined],
      [
        { kind: "error", status: 503, code: "ServiceUnavailable", retryAfter: 3 },
        503,
        "ServiceUnavailable",
        3000,
      ],
      [
        { kind: "error", status: 429, code: "FlowLimitExceeded", retryAfter: 1 },
        429,
        "FlowLimitExceeded",
        1000,
      ],
    ];
    for (const [fault, status, code, retryAfterMs] of errorCases) {
      it(`an injected ${status} ${code} is a retryable ServiceError`, async () => {
        setup.emulator.faults.enqueue(fault);
        const error = await failure(setup.client().send(CreateNumberPool, pool));
        expect(error).toBeInstanceOf(ServiceError);
        expect(error).toMatchObject({ status, code, retryable: true, retryAfterMs });
        expect(setup.emulator.state.numberPools.size).toBe(0);
      });
    }

    it("a reset before processing is a ConnectionError and creates nothing", async () => {
      setup.emulator.faults.enqueue({ kind: "reset" });
      const error = await failure(setup.client().send(CreateNumberPool, pool));
      expect(error).toBeInstanceOf(ConnectionError);
      expect((error as ConnectionError).requestMayHaveBeenSent).toBe(true);
      expect(setup.emulator.state.numberPools.size).toBe(0);
    });

    it("a reset after processing is a ConnectionError, and the resource exists", async () => {
      setup.emulator.faults.enqueue({ kind: "reset", phase: "after" });
      const error = await failure(setup.client().send(CreateNumberPool, pool));
      expect(error).toBeInstanceOf(ConnectionError);
      expect((error as ConnectionError).mayHaveSucceeded).toBe(true);
      expect(setup.emulator.countCreatedByName("faulty")).toBe(1);
    });

    it("a truncated body is a MalformedResponseError, and the resource exists", async () => {
      setup.emulator.faults.enqueue({ kind: "truncated" });
      const error = await failure(setup.client().send(CreateNumberPool, pool));
      expect(error).toBeInstanceOf(MalformedResponseError);
      expect((error as MalformedResponseError).status).toBe(200);
      expect(setup.emulator.state.numberPools.size).toBe(1);
    });

    it("a non-JSON body is a MalformedResponseError with an excerpt", async () => {
      setup.emulator.faults.enqueue({ kind: "non-json", body: "plain text, not JSON" });
      const error = await failure(setup.client().send(CreateNumberPool, pool));
      expect(error).toBeInstanceOf(MalformedResponseError);
      expect(error).toMatchObject({ status: 200, excerpt: "plain text, not JSON" });
    });

    it("an HTML 502 page is a MalformedResponseError with status 502", async () => {
      setup.emulator.faults.enqueue({ kind: "html-502" });
      const error = await failure(setup.client().send(CreateNumberPool, pool));
      expect(error).toBeInstanceOf(MalformedResponseError);
      expect((error as MalformedResponseError).status).toBe(502);
      expect((error as MalformedResponseError).excerpt).toContain("502 Bad Gateway");
    });

    it("a slow answer past the attempt timeout is a TimeoutError", async () => {
      setup.emulator.faults.enqueue({ kind: "slow", delayMs: 5_000 });
      const started = Date.now();
      const error = await failure(setup.client({ timeoutMs: 100 }).send(CreateNumberPool, pool));
      expect(error).toBeInstanceOf(TimeoutError);
      expect(Date.now() - started).toBeLessThan(2_000);
    });

    it("a slow answer gives way to the caller's abort", async () => {
      setup.emulator.faults.enqueue({ kind: "slow", delayMs: 5_000 });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      const error = await failure(setup.client().send(CreateNumberPool, pool, { signal: controller.signal }));
      expect((error as Error).name).toBe("AbortError");
    });

    it("a slow answer within the timeout just arrives late", async () => {
      setup.emulator.faults.enqueue({ kind: "slow", delayMs: 50 });
      const started = Date.now();
      await expect(setup.client().send(CreateNumberPool, pool)).resolves.toMatchObject({ Name: "faulty" });
      expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    });

    it("a create retried after a reset-after-processing is not duplicated (ClientToken replay)", async () => {
      setup.emulator.faults.enqueue(
        { kind: "reset", phase: "after" },
        { kind: "error", status: 500, code: "InternalError" },
      );
      const volc = setup.client({ maxAttempts: 3 });
      const { CenBandwidthPackageId } = await volc.send(
        CreateCenBandwidthPackage,
        { ...cbp, CenBandwidthPackageName: "exactly-once" },
        { retryDelay: () => 0 },
      );
      expect(setup.emulator.countCreatedByName("exactly-once")).toBe(1);
      expect([...setup.emulator.state.cenBandwidthPackages.keys()]).toEqual([CenBandwidthPackageId]);
      expect(setup.emulator.stats).toMatchObject({ requests: 3, idempotentReplays: 1, faultsApplied: 2 });
    });
  });
}

describe("the fault queue", () => {
  let emulator: Emulator;
  let volc: VolcClient;
  beforeEach(() => {
    emulator = createEmulator();
    volc = new VolcClient({
      transport: emulatorTransport(emulator),
      credentials: EMULATOR_CREDENTIALS,
      maxAttempts: 1,
    });
  });
  const outcome = (p: Promise<unknown>) =>
    p.then(
      () => "ok",
      (e: VolcError) => (e instanceof ServiceError ? e.code : e.name),
    );

  it("applies faults in order, each to as many requests as `times` says", async () => {
    emulator.injectFaults([
      { kind: "error", status: 503, code: "ServiceUnavailable", times: 2 },
      { kind: "error", status: 500, code: "InternalError" },
    ]);
    expect(emulator.faults.pending).toBe(3);
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) seen.push(await outcome(volc.send(CreateNumberPool, pool)));
    expect(seen).toEqual(["ServiceUnavailable", "ServiceUnavailable", "InternalError", "ok"]);
    expect(emulator.faults.pending).toBe(0);
    expect(emulator.stats).toMatchObject({ faultsApplied: 3, faultsByKind: { error: 3 } });
  });

  it("lets requests of other actions pass a fault filtered by action", async () => {
    emulator.faults.enqueue({
      kind: "error",
      status: 500,
      code: "InternalError",
      action: "CreateCenBandwidthPackage",
    });
    expect(await outcome(volc.send(CreateNumberPool, pool))).toBe("ok");
    expect(await outcome(volc.send(CreateCenBandwidthPackage, cbp))).toBe("InternalError");
  });

  it("filters by the credential scope's service", async () => {
    emulator.faults.enqueue({ kind: "reset", service: "cen" });
    expect(await outcome(volc.send(CreateNumberPool, pool))).toBe("ok");
    expect(await outcome(volc.send(CreateCenBandwidthPackage, cbp))).toBe("ConnectionError");
  });

  it("an error fault after processing keeps the created resource", async () => {
    emulator.faults.enqueue({ kind: "error", status: 500, code: "InternalError", phase: "after" });
    expect(await outcome(volc.send(CreateNumberPool, pool))).toBe("InternalError");
    expect(emulator.state.numberPools.size).toBe(1);
  });

  it("draws random faults reproducibly from a seed, at about the given rate", async () => {
    const run = async (seed: number) => {
      const emu = createEmulator();
      emu.faults.random({ rate: 0.3, kinds: ["error", "reset", { kind: "html-502" }], seed });
      const client = new VolcClient({
        transport: emulatorTransport(emu),
        credentials: EMULATOR_CREDENTIALS,
        maxAttempts: 1,
      });
      const seen: string[] = [];
      for (let i = 0; i < 200; i++) seen.push(await outcome(client.send(CreateNumberPool, pool)));
      return { seen, stats: emu.stats };
    };
    const first = await run(7);
    const again = await run(7);
    expect(again.seen).toEqual(first.seen);
    expect(first.stats.faultsApplied).toBeGreaterThan(30);
    expect(first.stats.faultsApplied).toBeLessThan(90);
    expect(new Set(first.seen)).toEqual(
      new Set(["ok", "ServiceUnavailable", "ConnectionError", "MalformedResponseError"]),
    );
    expect(first.stats.createdByKind.NumberPool).toBe(200 - first.stats.faultsApplied);
  });

  it("refuses a rate outside [0, 1]", () => {
    expect(() => emulator.faults.random({ rate: 1.5 })).toThrow(RangeError);
  });

  it("clears queued and random faults, and reset() forgets everything", async () => {
    emulator.faults.enqueue({ kind: "reset" });
    emulator.faults.random({ rate: 1, kinds: ["reset"] });
    emulator.faults.clear();
    expect(await outcome(volc.send(CreateNumberPool, pool))).toBe("ok");
    emulator.faults.enqueue({ kind: "reset" });
    emulator.reset();
    expect(emulator.faults.pending).toBe(0);
    expect(emulator.state.numberPools.size).toBe(0);
    expect(emulator.stats.requests).toBe(0);
  });
});
