// The examples run against the emulator exactly as a reader would run them: endpoint and credentials
// from the environment.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { main as integrationScript } from "../../examples/integration-script.js";
import { main as nodeApp } from "../../examples/node-app.js";
import { EMULATOR_CREDENTIALS, type RunningEmulator, startEmulator } from "../../src/testing/index.js";

let server: RunningEmulator;
let env: Record<string, string>;
beforeAll(async () => {
  server = await startEmulator({ cens: ["cen-example"] });
  env = {
    VOLCENGINE_ENDPOINT: server.url,
    VOLCENGINE_ACCESS_KEY: EMULATOR_CREDENTIALS.accessKeyId,
    VOLCENGINE_SECRET_KEY: EMULATOR_CREDENTIALS.secretKey,
  };
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.emulator.reset());

describe("examples/node-app.ts", () => {
  it("creates a pool and a package bound to the CEN, printing their ids and request ids", async () => {
    const lines: string[] = [];
    const result = await nodeApp({ ...env, CEN_ID: "cen-example" }, (line) => lines.push(line));
    expect(server.emulator.state.numberPools.get(result.numberPoolNo)?.Name).toBe("客服热线");
    expect(server.emulator.state.cenBandwidthPackages.get(result.cenBandwidthPackageId)).toMatchObject({
      CenId: "cen-example",
      Bandwidth: 10,
      PeriodUnit: "Year",
    });
    expect(lines).toEqual([
      `number pool ${result.numberPoolNo} (RequestId ${result.requestIds[0]})`,
      `bandwidth package ${result.cenBandwidthPackageId} (RequestId ${result.requestIds[1]})`,
    ]);
  });

  it("fails with the service's code when the keys are wrong", async () => {
    await expect(nodeApp({ ...env, VOLCENGINE_SECRET_KEY: "wrong" }, () => {})).rejects.toMatchObject({
      code: "SignatureDoesNotMatch",
    });
  });
});

describe("examples/integration-script.ts", () => {
  it("is safe to re-run: the same RUN_ID gets the same package back", async () => {
    const lines: string[] = [];
    const first = await integrationScript({ ...env, RUN_ID: "r1" }, (l) => lines.push(l));
    const again = await integrationScript({ ...env, RUN_ID: "r1" }, (l) => lines.push(l));
    expect(first.exitCode).toBe(0);
    expect(again.cenBandwidthPackageId).toBe(first.cenBandwidthPackageId);
    expect(server.emulator.countCreatedByName("it-r1")).toBe(1);
    expect(lines[0]).toMatch(/^ok cbp-\w+ \(RequestId \d+[0-9A-F]+, 1 attempt\(s\)\)$/);
  });

  it("rides out transient failures without creating twice", async () => {
    server.emulator.faults.enqueue(
      { kind: "error", status: 503, code: "ServiceUnavailable" },
      { kind: "reset", phase: "after" },
    );
    const result = await integrationScript({ ...env, RUN_ID: "r2" }, () => {});
    expect(result.exitCode).toBe(0);
    expect(server.emulator.countCreatedByName("it-r2")).toBe(1);
  });

  it("exits 1 with the code when the service refuses, and 2 on bad input", async () => {
    const lines: string[] = [];
    await integrationScript({ ...env, RUN_ID: "r3" }, () => {});
    const mismatch = await integrationScript({ ...env, RUN_ID: "r3", BANDWIDTH: "5" }, (l) => lines.push(l));
    expect(mismatch.exitCode).toBe(1);
    expect(lines[0]).toMatch(/^failed: IdempotentParameterMismatch \(HTTP 400, RequestId \w+\)$/);
    expect((await integrationScript({ ...env, RUN_ID: "r4", BANDWIDTH: "1" }, () => {})).exitCode).toBe(2);
  });
});

describe("examples/serverless.ts", () => {
  it("creates the client once from the environment and answers invocations", async () => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    try {
      const { handler } = await import("../../examples/serverless.js");
      const ok = await handler({ bandwidth: 20, requestKey: "invocation-1" });
      expect(ok.statusCode).toBe(200);
      const { cenBandwidthPackageId } = JSON.parse(ok.body) as { cenBandwidthPackageId: string };
      expect(server.emulator.state.cenBandwidthPackages.get(cenBandwidthPackageId)?.Bandwidth).toBe(20);

      const retried = await handler({ bandwidth: 20, requestKey: "invocation-1" });
      expect(JSON.parse(retried.body)).toMatchObject({ cenBandwidthPackageId });

      const bad = await handler({ local: "Asia", peer: "Asia" });
      expect(bad.statusCode).toBe(400);
      expect(JSON.parse(bad.body).issues[0].path).toBe("PeerGeographicRegionSetId");

      server.emulator.faults.enqueue({ kind: "error", status: 500, code: "InternalError", times: 3 });
      const failed = await handler({ requestKey: "invocation-2" });
      expect(failed.statusCode).toBe(500);
      expect(JSON.parse(failed.body)).toMatchObject({ code: "InternalError", requestId: expect.any(String) });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
