import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TimeoutError } from "../../src/index.js";
import { CreateCenBandwidthPackage } from "../../src/services/cen/index.js";
import { CreateNumberPool } from "../../src/services/vms/index.js";
import { runTsx } from "../helpers/run-tsx.js";
import { cenInput, poolInput, rejection, useEmulatorServer } from "./fixtures.js";

const env = useEmulatorServer();

describe("per-attempt timeouts", () => {
  it("retries an idempotent attempt that timed out, and creates one package", async () => {
    const { volc, events } = env.client({ timeoutMs: 150 });
    env.emulator.faults.enqueue({ kind: "slow", delayMs: 1000, phase: "after" });
    const input = cenInput();
    const out = await volc.send(CreateCenBandwidthPackage, input);
    expect(out.$metadata.attempts).toBe(2);
    expect(events[0]).toMatchObject({ error: "TimeoutError", willRetry: true });
    // Let the slow first attempt finish on the server: its creation and the retry's are one package.
    await new Promise((r) => setTimeout(r, 1000));
    expect(env.emulator.countCreatedByName(input.CenBandwidthPackageName)).toBe(1);
  });

  it("does not retry a timed-out create without a token, and says so", async () => {
    const { volc } = env.client();
    env.emulator.faults.enqueue({ kind: "slow", delayMs: 1000 });
    const err = await rejection(volc.send(CreateNumberPool, poolInput(), { timeoutMs: 100 }));
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err).toMatchObject({ kind: "attempt", timeoutMs: 100, attempts: 1, mayHaveSucceeded: true });
    expect((err as Error).message).toMatch(/timed out after 100 ms.*outcome is unknown/);
  });

  it("bounds the whole call, back-off included, with deadlineMs", async () => {
    const { volc } = env.client({ retryDelay: { baseMs: 10_000, capMs: 10_000 }, random: () => 0.99 });
    env.emulator.faults.enqueue({ kind: "error", status: 503, code: "ServiceUnavailable", times: 5 });
    const started = Date.now();
    const err = await rejection(
      volc.send(CreateCenBandwidthPackage, cenInput(), { deadlineMs: 400, timeoutMs: 5000, maxAttempts: 5 }),
    );
    const took = Date.now() - started;
    // The 10 s back-off does not fit in the deadline: the error surfaces at once instead of sleeping.
    expect(err).toMatchObject({ name: "ServiceError", code: "ServiceUnavailable", attempts: 1 });
    expect(took).toBeLessThan(1500);
  });

  it("cuts the attempt in flight at the deadline with a TimeoutError of kind deadline", async () => {
    const { volc } = env.client();
    env.emulator.faults.enqueue({ kind: "slow", delayMs: 2000 });
    const started = Date.now();
    const err = await rejection(volc.send(CreateCenBandwidthPackage, cenInput(), { deadlineMs: 200 }));
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err).toMatchObject({ kind: "deadline", timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("the caller's AbortSignal", () => {
  it("stops the attempt in flight at once with the signal's AbortError", async () => {
    const { volc } = env.client();
    env.emulator.faults.enqueue({ kind: "slow", delayMs: 3000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const err = await rejection(
      volc.send(CreateCenBandwidthPackage, cenInput(), { signal: controller.signal }),
    );
    expect(err).toBeInstanceOf(DOMException);
    expect((err as DOMException).name).toBe("AbortError");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("stops a pending back-off at once and sends nothing more", async () => {
    const { volc } = env.client({ retryDelay: () => 5000 });
    env.emulator.faults.enqueue({ kind: "error", status: 503, code: "ServiceUnavailable" });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user cancelled")), 150);
    const started = Date.now();
    const err = await rejection(
      volc.send(CreateCenBandwidthPackage, cenInput(), { signal: controller.signal }),
    );
    expect((err as Error).message).toBe("user cancelled");
    expect(Date.now() - started).toBeLessThan(1000);
    expect(env.emulator.stats.requests).toBe(1);
  });

  it("rejects before sending when the signal is already aborted", async () => {
    const { volc } = env.client();
    const err = await rejection(
      volc.send(CreateCenBandwidthPackage, cenInput(), { signal: AbortSignal.abort() }),
    );
    expect((err as DOMException).name).toBe("AbortError");
    expect(env.emulator.stats.requests).toBe(0);
  });
});

describe("process lifetime", () => {
  it("lets the process exit on its own after volc.close()", async () => {
    const script = fileURLToPath(new URL("./exit-after-close.ts", import.meta.url));
    const { code, output: out } = await runTsx(script, [env.url]);
    expect(out).toContain("created cbp-");
    expect(code).toBe(0);
  });
});
