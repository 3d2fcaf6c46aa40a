// examples/privacy-numbers.ts as a reader runs it (a child process, with its own emulator), and in
// process against a shared emulator, where its effects can be checked.
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main as privacyNumbers } from "../../../examples/privacy-numbers.js";
import { EMULATOR_CREDENTIALS, type RunningEmulator, startEmulator } from "../../../src/testing/index.js";
import { runTsx } from "../../helpers/run-tsx.js";

describe("examples/privacy-numbers.ts", () => {
  it("runs by itself against an in-process emulator and exits 0", async () => {
    const script = fileURLToPath(new URL("../../../examples/privacy-numbers.ts", import.meta.url));
    const { code, output } = await runTsx(script, [], 30_000);
    expect(output).toMatch(/^No endpoint or keys set: using an emulator on http:\/\/127\.0\.0\.1:\d+/);
    expect(output).toMatch(/order-1001: 13700000001 and 13800000001 talk through 010\d{8} \(SubId S\d{18}\)/);
    expect(output).toMatch(/ {2}bound until \S+\n {2}extended until \S+/);
    expect(output).toMatch(/order-1002: .* through 021\d{8}/);
    expect(output).toMatch(/order-1003: .* through 020\d{8}/);
    expect(output).toMatch(/order-1004: no free X left → PhoneNoXOccupied \(HTTP 200, RequestId \w+\)/);
    expect(output.match(/^listed order-100\d/gm)).toHaveLength(3);
    expect(output.match(/^unbound order-100\d: true$/gm)).toHaveLength(3);
    expect(code).toBe(0);
  }, 40_000);

  describe("in process", () => {
    let server: RunningEmulator;
    beforeAll(async () => {
      server = await startEmulator();
    });
    afterAll(async () => {
      await server.close();
    });

    it("binds until the pool is full, extends the first order by an hour, lists three, and unbinds them all", async () => {
      const env = {
        VOLCENGINE_ENDPOINT: server.url,
        VOLCENGINE_ACCESS_KEY: EMULATOR_CREDENTIALS.accessKeyId,
        VOLCENGINE_SECRET_KEY: EMULATOR_CREDENTIALS.secretKey,
      };
      const lines: string[] = [];
      const result = await privacyNumbers(
        env,
        (l) => lines.push(l),
        (pool) => server.emulator.addNumbers(pool, 3),
      );
      expect(result.bound.map((b) => b.order)).toEqual(["order-1001", "order-1002", "order-1003"]);
      expect(result.occupiedAt).toBe("order-1004");
      expect(result.listed).toBe(3);
      const { privacy } = server.emulator.state.vms;
      const first = privacy.binding(result.bound[0]?.subId ?? "");
      expect(first).toMatchObject({ Status: 0, OutId: "order-1001" });
      expect((first?.ExpireTime ?? 0) - (first?.EnableTime ?? 0)).toBeGreaterThanOrEqual(7199);
      expect(privacy.bindings().filter((b) => b.Status === 1)).toEqual([]);
    });

    it("without seeding (a pool with no numbers), the first order already finds no free X", async () => {
      const env = {
        VOLCENGINE_ENDPOINT: server.url,
        VOLCENGINE_ACCESS_KEY: EMULATOR_CREDENTIALS.accessKeyId,
        VOLCENGINE_SECRET_KEY: EMULATOR_CREDENTIALS.secretKey,
      };
      const result = await privacyNumbers(env, () => {});
      expect(result).toMatchObject({ bound: [], occupiedAt: "order-1001", listed: 0 });
    });
  });
});
