// examples/cen-lifecycle.ts run as a reader runs it: a child process pointed at an emulator on loopback by
// the VOLCENGINE_* variables, ending by itself with exit code 0.
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { EMULATOR_CREDENTIALS, type RunningEmulator, startEmulator } from "../../../src/testing/index.js";
import { runTsx } from "../../helpers/run-tsx.js";

let server: RunningEmulator;
beforeAll(async () => {
  server = await startEmulator({ transitionMs: 200 });
});
afterAll(async () => {
  await server.close();
});

it("creates, waits, associates, allocates, tags, lists, meets InvalidCen.InUse and cleans up in order", async () => {
  const example = fileURLToPath(new URL("../../../examples/cen-lifecycle.ts", import.meta.url));
  // The child inherits this process's environment at spawn.
  vi.stubEnv("VOLCENGINE_ENDPOINT", server.url);
  vi.stubEnv("VOLCENGINE_ACCESS_KEY", EMULATOR_CREDENTIALS.accessKeyId);
  vi.stubEnv("VOLCENGINE_SECRET_KEY", EMULATOR_CREDENTIALS.secretKey);
  vi.stubEnv("RUN_ID", "child");
  const run = runTsx(example, [], 30_000);
  vi.unstubAllEnvs();
  const { code, output } = await run;
  expect(output).toMatch(/^CEN cen-\w+ is Available$/m);
  expect(output).toMatch(/^package cbp-\w+: China–Asia, 10 Mbps, expires \d{4}-\d\d-\d\d 23:59:59$/m);
  expect(output).toMatch(/^inter-region bandwidth cirb-\w+: cn-beijing ↔ ap-southeast-1, 4 Mbps$/m);
  expect(output).toMatch(/^listed package cbp-\w+ \(InUse\), 6 Mbps left$/m);
  expect(output).toMatch(/^tag of cen-\w+: team=net$/m);
  expect(output).toContain("DeleteCen too early: InvalidCen.InUse (HTTP 400)");
  expect(output).toMatch(/^CEN cen-\w+ deleted$/m);
  expect(output.match(/set not to renew, it lapses at expiry/g)).toHaveLength(2);
  expect(code).toBe(0);
  // What is left: the two packages, not associated, not renewing; no CEN, no inter-region bandwidth.
  const state = server.emulator.state;
  expect([state.cens.size, state.cen.interRegionBandwidths.size]).toEqual([0, 0]);
  expect([...state.cenBandwidthPackages.values()].map((p) => [p.CenId, p.RenewType])).toEqual([
    [undefined, "NoRenew"],
    [undefined, "NoRenew"],
  ]);
}, 40_000);
