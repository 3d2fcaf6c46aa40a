// waitFor and the six cen waiters over the emulator, on its real clock with short transitions: success,
// timeout (TimeoutError of kind "waiter" with the last output), abort, errors that end the wait, errors
// that do not, and doneOn for the delete waiters.
import { beforeEach, describe, expect, it } from "vitest";
import { TimeoutError, VolcClient, waitFor } from "../../../src/index.js";
import {
  AttachInstanceToCen,
  CreateCen,
  CreateCenBandwidthPackage,
  CreateCenInterRegionBandwidth,
  DeleteCen,
  DeleteCenBandwidthPackage,
  DescribeCenAttributes,
  waitUntilCenAttachedInstanceAvailable,
  waitUntilCenAvailable,
  waitUntilCenBandwidthPackageAvailable,
  waitUntilCenBandwidthPackageDeleted,
  waitUntilCenDeleted,
  waitUntilCenInterRegionBandwidthAvailable,
} from "../../../src/services/cen/index.js";
import {
  createEmulator,
  EMULATOR_CREDENTIALS,
  type Emulator,
  emulatorTransport,
} from "../../../src/testing/index.js";

const TRANSITION_MS = 150;
const FAST = { minDelayMs: 20, maxDelayMs: 60, timeoutMs: 5_000 };

let emulator: Emulator;
let volc: VolcClient;
beforeEach(() => {
  emulator = createEmulator({ transitionMs: TRANSITION_MS });
  volc = new VolcClient({
    transport: emulatorTransport(emulator),
    credentials: EMULATOR_CREDENTIALS,
    maxAttempts: 1,
  });
});

const polls = () => emulator.stats.requestsByAction.DescribeCenAttributes ?? 0;

describe("waitFor", () => {
  it("polls at once, then until the answer satisfies `until`, and resolves with that answer", async () => {
    const { CenId } = await volc.send(CreateCen, {});
    const started = Date.now();
    const cen = await waitFor(
      volc,
      DescribeCenAttributes,
      { CenId },
      { ...FAST, until: (c) => c.Status === "Available" },
    );
    expect(cen).toMatchObject({ CenId, Status: "Available" });
    expect(polls()).toBeGreaterThanOrEqual(2);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("resolves after one poll when the first answer already satisfies it", async () => {
    const CenId = emulator.addCen();
    await waitUntilCenAvailable(volc, { CenId }, FAST);
    expect(polls()).toBe(1);
  });

  it("times out with a TimeoutError of kind waiter, carrying the last output and what it waited for", async () => {
    emulator = createEmulator({ transitionMs: 60_000 });
    volc = new VolcClient({ transport: emulatorTransport(emulator), credentials: EMULATOR_CREDENTIALS });
    const { CenId } = await volc.send(CreateCen, {});
    const error = await waitUntilCenAvailable(volc, { CenId }, { ...FAST, timeoutMs: 200 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({
      kind: "waiter",
      timeoutMs: 200,
      mayHaveSucceeded: false,
      lastOutput: { CenId, Status: "Creating" },
    });
    expect((error as Error).message).toContain(`CEN ${CenId} to be Available`);
  });

  it("stops at once on the caller's abort, with its reason, whether before or while waiting", async () => {
    const { CenId } = await volc.send(CreateCen, {});
    const before = new AbortController();
    before.abort();
    await expect(waitUntilCenAvailable(volc, { CenId }, { signal: before.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(polls()).toBe(0);
    const during = new AbortController();
    const started = Date.now();
    const waiting = waitUntilCenAvailable(volc, { CenId }, { signal: during.signal, minDelayMs: 10_000 });
    setTimeout(() => during.abort(), 30);
    await expect(waiting).rejects.toMatchObject({ name: "AbortError" });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  for (const [code, status] of [
    ["AccessDenied", 403],
    ["InvalidParameter", 400],
  ] as const) {
    it(`ends at once on ${code}, which waiting cannot clear`, async () => {
      const { CenId } = await volc.send(CreateCen, {});
      emulator.faults.enqueue({ kind: "error", status, code, action: "DescribeCenAttributes" });
      await expect(waitUntilCenAvailable(volc, { CenId }, FAST)).rejects.toMatchObject({
        name: "ServiceError",
        code,
      });
      expect(polls()).toBe(1);
    });
  }

  it("ends at once on invalid input, sending nothing", async () => {
    await expect(waitUntilCenAvailable(volc, { CenId: "" }, FAST)).rejects.toMatchObject({
      name: "ValidationError",
    });
    expect(polls()).toBe(0);
  });

  it("polls on through transient failures and a not-yet-visible resource", async () => {
    const { CenId } = await volc.send(CreateCen, {});
    emulator.faults.enqueue(
      { kind: "error", status: 503, code: "ServiceUnavailable", action: "DescribeCenAttributes" },
      { kind: "error", status: 404, code: "InvalidCen.NotFound", action: "DescribeCenAttributes" },
      { kind: "reset", action: "DescribeCenAttributes" },
    );
    await expect(waitUntilCenAvailable(volc, { CenId }, FAST)).resolves.toMatchObject({
      Status: "Available",
    });
    expect(polls()).toBeGreaterThanOrEqual(4);
  });
});

describe("the cen waiters", () => {
  it("waitUntilCenBandwidthPackageAvailable takes Available, and InUse for a package created bound to a CEN", async () => {
    const base = { LocalGeographicRegionSetId: "China", PeerGeographicRegionSetId: "Asia" } as const;
    const free = (await volc.send(CreateCenBandwidthPackage, base)).CenBandwidthPackageId;
    const bound = (await volc.send(CreateCenBandwidthPackage, { ...base, CenId: emulator.addCen() }))
      .CenBandwidthPackageId;
    expect(
      (await waitUntilCenBandwidthPackageAvailable(volc, { CenBandwidthPackageId: free }, FAST)).Status,
    ).toBe("Available");
    expect(
      (await waitUntilCenBandwidthPackageAvailable(volc, { CenBandwidthPackageId: bound }, FAST)).Status,
    ).toBe("InUse");
  });

  it("waitUntilCenAttachedInstanceAvailable and waitUntilCenInterRegionBandwidthAvailable", async () => {
    const CenId = emulator.addCen();
    const vpc = { CenId, InstanceId: "vpc-1", InstanceRegionId: "cn-beijing", InstanceType: "VPC" } as const;
    await volc.send(AttachInstanceToCen, vpc);
    expect((await waitUntilCenAttachedInstanceAvailable(volc, vpc, FAST)).Status).toBe("Available");
    const pkg = await volc.send(CreateCenBandwidthPackage, {
      LocalGeographicRegionSetId: "China",
      PeerGeographicRegionSetId: "Asia",
      CenId,
    });
    await waitUntilCenBandwidthPackageAvailable(volc, pkg, FAST);
    const { InterRegionBandwidthId } = await volc.send(CreateCenInterRegionBandwidth, {
      CenId,
      LocalRegionId: "a",
      PeerRegionId: "b",
      Bandwidth: 1,
    });
    expect(
      (await waitUntilCenInterRegionBandwidthAvailable(volc, { InterRegionBandwidthId }, FAST)).Status,
    ).toBe("Available");
  });

  it("waitUntilCenDeleted and waitUntilCenBandwidthPackageDeleted resolve once the describe answers NotFound (doneOn)", async () => {
    const CenId = emulator.addCen();
    await volc.send(DeleteCen, { CenId });
    await expect(waitUntilCenDeleted(volc, { CenId }, FAST)).resolves.toBeUndefined();
    expect(emulator.state.cens.has(CenId)).toBe(false);
    expect(polls()).toBeGreaterThanOrEqual(2);
    const { CenBandwidthPackageId } = await volc.send(CreateCenBandwidthPackage, {
      LocalGeographicRegionSetId: "China",
      PeerGeographicRegionSetId: "Asia",
      BillingType: 4,
    });
    await waitUntilCenBandwidthPackageAvailable(volc, { CenBandwidthPackageId }, FAST);
    await volc.send(DeleteCenBandwidthPackage, { CenBandwidthPackageId });
    await expect(
      waitUntilCenBandwidthPackageDeleted(volc, { CenBandwidthPackageId }, FAST),
    ).resolves.toBeUndefined();
  });

  it("a delete waiter times out while the resource stays (no delete asked)", async () => {
    const CenId = emulator.addCen();
    await expect(waitUntilCenDeleted(volc, { CenId }, { ...FAST, timeoutMs: 100 })).rejects.toMatchObject({
      name: "TimeoutError",
      kind: "waiter",
      lastOutput: { CenId, Status: "Available" },
    });
  });
});
