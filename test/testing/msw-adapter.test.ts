// msw handlers serve the fetch entry point's client in-process: the default hosts, and a base URL.
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConnectionError, MalformedResponseError, ServiceError, VolcClient } from "../../src/fetch.js";
import { CreateCenBandwidthPackage } from "../../src/services/cen/index.js";
import { CreateNumberPool } from "../../src/services/vms/index.js";
import { createEmulator, EMULATOR_CREDENTIALS } from "../../src/testing/index.js";
import { emulatorHandlers } from "../../src/testing/msw.js";

const emulator = createEmulator({ cens: ["cen-abc"] });
const mock = setupServer(...emulatorHandlers(emulator, { baseUrl: "http://emulator.test/volc" }));
const pool = { Name: "msw pool", ServiceType: 100, SubServiceType: 101 } as const;
const cbp = { LocalGeographicRegionSetId: "China", PeerGeographicRegionSetId: "Asia" } as const;

beforeAll(() => mock.listen({ onUnhandledRequest: "error" }));
afterAll(() => mock.close());
beforeEach(() => emulator.reset());

describe("emulatorHandlers (msw, fetch client)", () => {
  it("answers requests to the real Volcengine hosts, each operation on its own host", async () => {
    const volc = new VolcClient({ credentials: EMULATOR_CREDENTIALS });
    const created = await volc.send(CreateNumberPool, pool);
    expect(emulator.state.numberPools.has(created.NumberPoolNo)).toBe(true);
    const { CenBandwidthPackageId } = await volc.send(CreateCenBandwidthPackage, {
      ...cbp,
      CenId: "cen-abc",
    });
    expect(emulator.state.cenBandwidthPackages.has(CenBandwidthPackageId)).toBe(true);
  });

  it("answers requests to the given base URL, path prefix included", async () => {
    const volc = new VolcClient({ endpoint: "http://emulator.test/volc", credentials: EMULATOR_CREDENTIALS });
    await expect(volc.send(CreateNumberPool, pool)).resolves.toMatchObject({ Name: pool.Name });
  });

  it("answers business errors as typed errors", async () => {
    const volc = new VolcClient({ credentials: EMULATOR_CREDENTIALS });
    await expect(volc.send(CreateCenBandwidthPackage, { ...cbp, CenId: "cen-nope" })).rejects.toMatchObject({
      name: "ServiceError",
      code: "InvalidCen.NotFound",
    });
  });

  it("turns a reset into a ConnectionError and a truncated body into a MalformedResponseError", async () => {
    const volc = new VolcClient({ credentials: EMULATOR_CREDENTIALS, maxAttempts: 1 });
    emulator.faults.enqueue(
      { kind: "reset" },
      { kind: "truncated" },
      { kind: "error", status: 429, code: "FlowLimitExceeded", retryAfter: 2 },
    );
    const reset = await volc.send(CreateNumberPool, pool).catch((e: unknown) => e);
    expect(reset).toBeInstanceOf(ConnectionError);
    const truncated = await volc.send(CreateNumberPool, pool).catch((e: unknown) => e);
    expect(truncated).toBeInstanceOf(MalformedResponseError);
    const throttled = await volc.send(CreateNumberPool, pool).catch((e: unknown) => e);
    expect(throttled).toBeInstanceOf(ServiceError);
    expect(throttled).toMatchObject({ status: 429, code: "FlowLimitExceeded", retryAfterMs: 2000 });
    // The truncated answer was a real one: the pool exists although the client could not read it.
    expect(emulator.state.numberPools.size).toBe(1);
  });
});
