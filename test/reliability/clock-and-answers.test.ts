import { describe, expect, it } from "vitest";
import type { AttemptEvent } from "../../src/client/attempt-event.js";
import { MalformedResponseError, VolcClient } from "../../src/index.js";
import { CreateCenBandwidthPackage } from "../../src/services/cen/index.js";
import { CreateNumberPool } from "../../src/services/vms/index.js";
import { EMULATOR_CREDENTIALS, type Fault, startEmulator } from "../../src/testing/index.js";
import { cenInput, poolInput, rejection, useEmulatorServer } from "./fixtures.js";

const env = useEmulatorServer();

describe("clock skew", () => {
  it("corrects X-Date from the server's Date after InvalidTimestamp, once, and keeps the offset", async () => {
    const skewMs = 2 * 60 * 60 * 1000; // our clock is two hours behind the server's
    const server = await startEmulator({ now: () => Date.now() + skewMs });
    try {
      const events: AttemptEvent[] = [];
      const skewed = new VolcClient({
        endpoint: server.url,
        credentials: EMULATOR_CREDENTIALS,
        onAttempt: (e) => events.push(e),
      });
      // A create without a token is retried too: the gateway refused it before processing.
      const pool = await skewed.send(CreateNumberPool, poolInput());
      expect(pool.$metadata.attempts).toBe(2);
      expect(events[0]).toMatchObject({ status: 400, code: "InvalidTimestamp", willRetry: true });
      expect(Math.abs(skewed.clockOffsetMs - skewMs)).toBeLessThan(5000);
      const later = await skewed.send(CreateCenBandwidthPackage, cenInput());
      expect(later.$metadata.attempts).toBe(1);
      expect(server.emulator.stats.errorsByCode.InvalidTimestamp).toBe(1);
      await skewed.close();
    } finally {
      await server.close();
    }
  });

  it("does not loop when the server keeps refusing the timestamp", async () => {
    const server = await startEmulator({ now: () => Date.now() + 3_600_000, timestampToleranceMs: -1 });
    try {
      const volc = new VolcClient({ endpoint: server.url, credentials: EMULATOR_CREDENTIALS });
      const err = await rejection(volc.send(CreateNumberPool, poolInput()));
      expect(err).toMatchObject({ name: "ServiceError", code: "InvalidTimestamp" });
      expect(server.emulator.stats.requests).toBe(2);
      await volc.close();
    } finally {
      await server.close();
    }
  });
});

describe("malformed answers", () => {
  it.each<[string, Fault, number, RegExp]>([
    ["a non-JSON body", { kind: "non-json" }, 200, /not JSON/],
    ["an HTML 502 page", { kind: "html-502" }, 502, /not JSON/],
    ["a truncated body", { kind: "truncated" }, 200, /cut short|not JSON/],
    [
      "JSON without ResponseMetadata",
      { kind: "non-json", body: '{"Result":{"x":1}}' },
      200,
      /no ResponseMetadata/,
    ],
  ])(
    "turns %s into a MalformedResponseError (status, short excerpt), never a SyntaxError",
    async (_what, fault, status, reason) => {
      const { volc } = env.client({ maxAttempts: 1 });
      env.emulator.faults.enqueue(fault);
      const err = await rejection(volc.send(CreateNumberPool, poolInput()));
      expect(err).toBeInstanceOf(MalformedResponseError);
      const malformed = err as MalformedResponseError;
      expect(malformed.status).toBe(status);
      expect(malformed.excerpt.length).toBeLessThanOrEqual(200);
      expect(malformed.message).toMatch(reason);
    },
  );

  it("retries an HTML 502 for an idempotent create", async () => {
    const { volc } = env.client();
    env.emulator.faults.enqueue({ kind: "html-502" });
    await expect(volc.send(CreateCenBandwidthPackage, cenInput())).resolves.toMatchObject({
      $metadata: { attempts: 2 },
    });
  });
});
