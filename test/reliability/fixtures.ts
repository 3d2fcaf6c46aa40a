import { afterAll, afterEach, beforeAll } from "vitest";
import type { AttemptEvent } from "../../src/client/attempt-event.js";
import { type NodeVolcClientOptions, VolcClient } from "../../src/index.js";
import { EMULATOR_CREDENTIALS, type RunningEmulator, startEmulator } from "../../src/testing/index.js";

/** A CreateCenBandwidthPackage input with a unique name, so that creations can be counted by name. */
let serial = 0;
export function cenInput(name = `cbp-${++serial}`) {
  return {
    LocalGeographicRegionSetId: "China",
    PeerGeographicRegionSetId: "Asia",
    CenBandwidthPackageName: name,
  } as const;
}
export function poolInput(name = `pool-${++serial}`) {
  return { Name: name, ServiceType: 100, SubServiceType: 101 } as const;
}

/**
 * One emulator server on loopback per test file, its faults and counters reset between tests, and a
 * factory of clients that record every attempt. Back-off is shortened so that tests stay quick.
 */
export function useEmulatorServer(options: Parameters<typeof startEmulator>[0] = {}) {
  let running: RunningEmulator | undefined;
  const clients: VolcClient[] = [];
  beforeAll(async () => {
    running = await startEmulator({
      quotas: { cenBandwidthPackages: 100_000, numberPools: 100_000 },
      ...options,
    });
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    running?.emulator.reset();
  });
  afterAll(async () => {
    await running?.close();
  });
  const server = () => {
    if (!running) throw new Error("emulator not started");
    return running;
  };
  return {
    get url() {
      return server().url;
    },
    get emulator() {
      return server().emulator;
    },
    client(extra: NodeVolcClientOptions = {}) {
      const events: AttemptEvent[] = [];
      const volc = new VolcClient({
        endpoint: server().url,
        credentials: EMULATOR_CREDENTIALS,
        retryDelay: { baseMs: 5, capMs: 50 },
        onAttempt: (e) => events.push(e),
        ...extra,
      });
      clients.push(volc);
      return { volc, events };
    },
  };
}

/** The rejection of a promise that must reject. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error("expected the call to fail");
}
