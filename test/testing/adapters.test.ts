// The client, unchanged, against the three adapters: the in-process transport, the node:http server
// (the default undici transport) and msw handlers (the fetch entry point; in msw-adapter.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServiceError, ValidationError, VolcClient } from "../../src/index.js";
import { CreateCenBandwidthPackage } from "../../src/services/cen/index.js";
import { CreateNumberPool } from "../../src/services/vms/index.js";
import {
  createEmulator,
  EMULATOR_CREDENTIALS,
  EMULATOR_STS_CREDENTIALS,
  emulatorTransport,
  type RunningEmulator,
  startEmulator,
} from "../../src/testing/index.js";

const pool = { Name: "默认号码池", ServiceType: 100, SubServiceType: 101 } as const;
const cbp = { LocalGeographicRegionSetId: "China", PeerGeographicRegionSetId: "Asia" } as const;

describe("emulatorTransport (no sockets)", () => {
  it("serves both operations to a client with any configuration", async () => {
    const emulator = createEmulator({ cens: ["cen-abc"] });
    const volc = new VolcClient({
      transport: emulatorTransport(emulator),
      credentials: EMULATOR_CREDENTIALS,
      region: "cn-shanghai",
    });
    const created = await volc.send(CreateNumberPool, pool);
    expect(created.NumberPoolNo).toMatch(/^NP\d+$/);
    expect(created.$metadata).toMatchObject({
      service: "vms",
      action: "CreateNumberPool",
      region: "cn-shanghai",
      httpStatus: 200,
    });
    const { CenBandwidthPackageId } = await volc.send(CreateCenBandwidthPackage, {
      ...cbp,
      CenId: "cen-abc",
      Bandwidth: 10,
      PeriodUnit: "Year",
      Period: 1,
      Tags: [{ Key: "env", Value: "prod" }],
    });
    expect(emulator.state.cenBandwidthPackages.get(CenBandwidthPackageId)).toMatchObject({
      CenId: "cen-abc",
      Bandwidth: 10,
      Tags: [{ Key: "env", Value: "prod" }],
    });
  });

  it("authenticates STS credentials sent by the client", async () => {
    const emulator = createEmulator();
    const volc = new VolcClient({
      transport: emulatorTransport(emulator),
      credentials: EMULATOR_STS_CREDENTIALS,
    });
    await expect(volc.send(CreateNumberPool, pool)).resolves.toMatchObject({ Name: pool.Name });
  });

  it("refuses a client with the wrong secret as SignatureDoesNotMatch", async () => {
    const emulator = createEmulator();
    const volc = new VolcClient({
      transport: emulatorTransport(emulator),
      credentials: { ...EMULATOR_CREDENTIALS, secretKey: "wrong" },
    });
    const error = await volc.send(CreateNumberPool, pool).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: "SignatureDoesNotMatch", codeN: 100010, status: 401 });
    expect((error as ServiceError).requestId).toMatch(/^\d{26}[0-9A-F]{6}$/);
  });

  it("lets a client with a skewed clock learn the offset from the Date header and succeed", async () => {
    const serverNow = Date.parse("2025-06-05T07:45:57Z");
    const emulator = createEmulator({ now: () => serverNow });
    const volc = new VolcClient({
      transport: emulatorTransport(emulator),
      credentials: EMULATOR_CREDENTIALS,
      now: () => serverNow + 3600_000, // an hour fast
    });
    await expect(volc.send(CreateNumberPool, pool)).resolves.toMatchObject({ Name: pool.Name });
    expect(emulator.stats.errorsByCode).toEqual({ InvalidTimestamp: 1 });
    expect(volc.clockOffsetMs).toBe(-3600_000);
  });

  it("reports a server-side business error as a typed ServiceError", async () => {
    const emulator = createEmulator();
    const volc = new VolcClient({
      transport: emulatorTransport(emulator),
      credentials: EMULATOR_CREDENTIALS,
    });
    const error = await volc
      .send(CreateCenBandwidthPackage, { ...cbp, CenId: "cen-missing" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({
      code: "InvalidCen.NotFound",
      status: 404,
      retryable: false,
      action: "CreateCenBandwidthPackage",
    });
  });

  it("never sees what the client refuses before sending", async () => {
    const emulator = createEmulator();
    const volc = new VolcClient({
      transport: emulatorTransport(emulator),
      credentials: EMULATOR_CREDENTIALS,
    });
    await expect(
      volc.send(CreateCenBandwidthPackage, {
        LocalGeographicRegionSetId: "Asia",
        PeerGeographicRegionSetId: "Asia",
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(emulator.stats.requests).toBe(0);
  });

  it("returns the same package for a retried call: the client's generated ClientToken is replayed", async () => {
    const emulator = createEmulator();
    emulator.faults.enqueue({ kind: "error", status: 503, code: "ServiceUnavailable", phase: "after" });
    const volc = new VolcClient({
      transport: emulatorTransport(emulator),
      credentials: EMULATOR_CREDENTIALS,
      retryDelay: () => 0,
    });
    const { CenBandwidthPackageId } = await volc.send(CreateCenBandwidthPackage, {
      ...cbp,
      CenBandwidthPackageName: "retried",
    });
    expect(emulator.state.cenBandwidthPackages.has(CenBandwidthPackageId)).toBe(true);
    expect(emulator.countCreatedByName("retried")).toBe(1);
    expect(emulator.stats.idempotentReplays).toBe(1);
  });
});

describe("startEmulator (node:http, default undici client)", () => {
  let server: RunningEmulator;
  let volc: VolcClient;
  beforeAll(async () => {
    server = await startEmulator({ cens: ["cen-abc"] });
    volc = new VolcClient({ endpoint: server.url, credentials: EMULATOR_CREDENTIALS });
  });
  afterAll(async () => {
    await volc.close();
    await server.close();
  });

  it("listens on a free loopback port", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("serves the client over real HTTP, checking the signature over the bytes received", async () => {
    const created = await volc.send(CreateNumberPool, pool);
    expect(server.emulator.state.numberPools.get(created.NumberPoolNo)?.Name).toBe(pool.Name);
    const pkg = await volc.send(CreateCenBandwidthPackage, {
      ...cbp,
      CenId: "cen-abc",
      CenBandwidthPackageName: "跨境带宽包",
      Description: "中文 描述，含标点。",
      Tags: [{ Key: "k/1", Value: "v+1=2" }],
    });
    expect(server.emulator.state.cenBandwidthPackages.get(pkg.CenBandwidthPackageId)).toMatchObject({
      CenBandwidthPackageName: "跨境带宽包",
      Description: "中文 描述，含标点。",
      Tags: [{ Key: "k/1", Value: "v+1=2" }],
    });
  });

  it("answers a conflict as a typed ServiceError with its request id", async () => {
    await volc.send(CreateCenBandwidthPackage, {
      ...cbp,
      CenId: "cen-abc",
      PeerGeographicRegionSetId: "China",
    });
    const error = await volc
      .send(CreateCenBandwidthPackage, { ...cbp, CenId: "cen-abc", PeerGeographicRegionSetId: "China" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "InvalidCenBandwidthPackage.RegionSetConflict", status: 409 });
    expect((error as ServiceError).requestId).toMatch(/^\d{26}[0-9A-F]{6}$/);
  });

  it("serves many calls at once", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => volc.send(CreateNumberPool, { ...pool, Name: `pool-${i}` })),
    );
    expect(new Set(results.map((r) => r.NumberPoolNo)).size).toBe(20);
  });
});
