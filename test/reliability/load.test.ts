import { describe, expect, it } from "vitest";
import { VolcError } from "../../src/index.js";
import { CreateCenBandwidthPackage } from "../../src/services/cen/index.js";
import { CreateNumberPool } from "../../src/services/vms/index.js";
import { cenInput, poolInput, useEmulatorServer } from "./fixtures.js";

const env = useEmulatorServer();
const CALLS = 1000;
const IN_FLIGHT = 50;

/** Runs `task(i)` for i in [0, count) with at most `limit` in flight. */
async function pool(count: number, limit: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

describe("load with injected faults", () => {
  it(`${CALLS} mixed creates, ${IN_FLIGHT} in flight, ~10% faults: nothing created twice, every error typed`, async () => {
    // More attempts than the default: at a 10% fault rate, 3 attempts would fail one package call in a thousand.
    const { volc } = env.client({ maxAttempts: 6 });
    env.emulator.faults.random({
      rate: 0.1,
      seed: 20261123,
      kinds: [
        { kind: "reset", phase: "after" },
        { kind: "error", status: 500, code: "InternalError", phase: "after" },
        { kind: "error", status: 503, code: "ServiceUnavailable", phase: "before" },
      ],
    });
    const names: { cen: string[]; pool: string[] } = { cen: [], pool: [] };
    const untyped: unknown[] = [];
    const failures = { cen: 0, pool: 0, poolMayHaveSucceeded: 0 };
    const cenErrors: string[] = [];
    const started = Date.now();

    await pool(CALLS, IN_FLIGHT, async (i) => {
      const isCen = i % 2 === 0;
      try {
        if (isCen) {
          const input = cenInput(`load-cbp-${i}`);
          names.cen.push(input.CenBandwidthPackageName);
          await volc.send(CreateCenBandwidthPackage, input);
        } else {
          const input = poolInput(`load-pool-${i}`);
          names.pool.push(input.Name);
          await volc.send(CreateNumberPool, input);
        }
      } catch (err) {
        if (!(err instanceof VolcError)) untyped.push(err);
        if (isCen) {
          failures.cen++;
          cenErrors.push(String(err));
        } else {
          failures.pool++;
          if ((err as { mayHaveSucceeded?: boolean }).mayHaveSucceeded) failures.poolMayHaveSucceeded++;
        }
      }
    });

    const stats = env.emulator.stats;
    const twice = [...names.cen, ...names.pool].filter((n) => env.emulator.countCreatedByName(n) > 1);
    const cenCreated = names.cen.filter((n) => env.emulator.countCreatedByName(n) === 1).length;
    console.log(
      `load: ${CALLS} calls in ${Date.now() - started} ms; ${stats.requests} requests, ${stats.faultsApplied} faults ` +
        `(${JSON.stringify(stats.faultsByKind)}), ${stats.idempotentReplays} token replays; packages created ${cenCreated}/${names.cen.length}; ` +
        `pool calls failed ${failures.pool} (all typed, ${failures.poolMayHaveSucceeded} flagged mayHaveSucceeded); created twice: ${twice.length}`,
    );
    // One comparison, so that a failure shows every figure at once.
    expect({
      untyped: untyped.map(String),
      createdTwice: twice,
      packageCallErrors: cenErrors,
      packagesCreatedOnce: cenCreated,
      enoughFaults: stats.faultsApplied > CALLS * 0.05,
    }).toEqual({
      untyped: [],
      createdTwice: [],
      packageCallErrors: [],
      packagesCreatedOnce: CALLS / 2,
      enoughFaults: true,
    });
  }, 120_000);
});
