import { describe, expect, it } from "vitest";
import { ConnectionError, ServiceError, VolcClient } from "../../src/index.js";
import { CreateCenBandwidthPackage } from "../../src/services/cen/index.js";
import { CreateNumberPool } from "../../src/services/vms/index.js";
import { EMULATOR_CREDENTIALS } from "../../src/testing/index.js";
import { cenInput, poolInput, rejection, useEmulatorServer } from "./fixtures.js";

const env = useEmulatorServer();

describe("retries of transient failures", () => {
  it("retries a 503 and a 500 and succeeds on the third attempt, creating one package", async () => {
    const { volc, events } = env.client();
    env.emulator.faults.enqueue(
      { kind: "error", status: 503, code: "ServiceUnavailable" },
      { kind: "error", status: 500, code: "InternalError" },
    );
    const input = cenInput();
    const out = await volc.send(CreateCenBandwidthPackage, input);
    expect(out.$metadata.attempts).toBe(3);
    expect(events.map((e) => [e.attempt, e.status, e.code ?? null, e.willRetry])).toEqual([
      [1, 503, "ServiceUnavailable", true],
      [2, 500, "InternalError", true],
      [3, 200, null, false],
    ]);
    expect(env.emulator.countCreatedByName(input.CenBandwidthPackageName)).toBe(1);
  });

  it("gives up after maxAttempts (3 by default) with the last error and the attempt count", async () => {
    const { volc } = env.client();
    env.emulator.faults.enqueue({ kind: "error", status: 503, code: "ServiceUnavailableTemp", times: 5 });
    const err = await rejection(volc.send(CreateCenBandwidthPackage, cenInput()));
    expect(err).toBeInstanceOf(ServiceError);
    expect(err).toMatchObject({ code: "ServiceUnavailableTemp", status: 503, attempts: 3, retryable: true });
    expect(env.emulator.stats.requests).toBe(3);
  });

  it("takes maxAttempts per call over the client's", async () => {
    const { volc } = env.client({ maxAttempts: 5 });
    env.emulator.faults.enqueue({ kind: "error", status: 500, code: "InternalError", times: 5 });
    const err = await rejection(volc.send(CreateCenBandwidthPackage, cenInput(), { maxAttempts: 2 }));
    expect(err).toMatchObject({ attempts: 2 });
    expect(env.emulator.stats.requests).toBe(2);
  });

  it.each([
    [429, "FlowLimitExceeded"],
    [429, "AccountFlowLimitExceeded"],
    [502, "InternalServiceError"],
    [504, "InternalServiceTimeout"],
    [412, "IdempotentProcessing"],
  ])("retries HTTP %i %s", async (status, code) => {
    const { volc } = env.client();
    env.emulator.faults.enqueue({ kind: "error", status, code });
    const out = await volc.send(CreateCenBandwidthPackage, cenInput());
    expect(out.$metadata.attempts).toBe(2);
  });

  it("does not retry a business error", async () => {
    const { volc } = env.client();
    const err = await rejection(
      volc.send(CreateCenBandwidthPackage, { ...cenInput(), CenId: "cen-missing" }),
    );
    expect(err).toMatchObject({
      name: "ServiceError",
      code: "InvalidCen.NotFound",
      status: 404,
      attempts: 1,
    });
    expect(env.emulator.stats.requests).toBe(1);
  });

  it("honours Retry-After in seconds over a shorter back-off", async () => {
    const { volc, events } = env.client();
    env.emulator.faults.enqueue({ kind: "error", status: 429, code: "FlowLimitExceeded", retryAfter: 1 });
    const started = Date.now();
    await volc.send(CreateCenBandwidthPackage, cenInput());
    expect(events[0]).toMatchObject({ willRetry: true, delayMs: 1000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });

  it("honours Retry-After as an HTTP date", async () => {
    const { volc, events } = env.client();
    const at = new Date(Date.now() + 3000).toUTCString();
    env.emulator.faults.enqueue({ kind: "error", status: 503, code: "ServiceUnavailable", retryAfter: at });
    await volc.send(CreateCenBandwidthPackage, cenInput(), {
      maxAttempts: 2,
      signal: AbortSignal.timeout(10_000),
    });
    expect(events[0]?.delayMs).toBeGreaterThan(1000);
    expect(events[0]?.delayMs).toBeLessThanOrEqual(3000);
  });

  it("uses a custom delay function with the retry number and the error", async () => {
    const seen: [number, string][] = [];
    const { volc } = env.client({
      retryDelay: (retry, error) => {
        seen.push([retry, error.name]);
        return 1;
      },
    });
    env.emulator.faults.enqueue({ kind: "error", status: 500, code: "InternalError", times: 2 });
    await volc.send(CreateCenBandwidthPackage, cenInput());
    expect(seen).toEqual([
      [1, "ServiceError"],
      [2, "ServiceError"],
    ]);
  });
});

describe("the retry budget", () => {
  it("stops retrying once spent, so that an outage surfaces at once, and refills with successes", async () => {
    const { volc } = env.client({ retryBudget: { capacity: 10, retryCost: 5, successRefund: 5 } });
    env.emulator.faults.enqueue({ kind: "error", status: 503, code: "ServiceUnavailable", times: 5 });
    // Each of the first two calls retries once (5 tokens each): the budget is then spent.
    expect(
      await rejection(volc.send(CreateCenBandwidthPackage, cenInput(), { maxAttempts: 2 })),
    ).toMatchObject({ attempts: 2 });
    expect(
      await rejection(volc.send(CreateCenBandwidthPackage, cenInput(), { maxAttempts: 2 })),
    ).toMatchObject({ attempts: 2 });
    expect(await rejection(volc.send(CreateCenBandwidthPackage, cenInput()))).toMatchObject({ attempts: 1 });
    // A success puts 5 tokens back: enough for one retry again.
    await volc.send(CreateCenBandwidthPackage, cenInput());
    env.emulator.faults.enqueue({ kind: "error", status: 503, code: "ServiceUnavailable" });
    await expect(volc.send(CreateCenBandwidthPackage, cenInput())).resolves.toMatchObject({
      $metadata: { attempts: 2 },
    });
  });

  it("can be turned off", async () => {
    const { volc } = env.client({ retryBudget: false, maxAttempts: 4 });
    env.emulator.faults.enqueue({ kind: "error", status: 503, code: "ServiceUnavailable", times: 3 });
    await expect(volc.send(CreateCenBandwidthPackage, cenInput())).resolves.toMatchObject({
      $metadata: { attempts: 4 },
    });
  });
});

describe("idempotency: a create is never duplicated", () => {
  it("sends one generated ClientToken on every attempt and creates one package after a reset past processing", async () => {
    const { volc } = env.client();
    env.emulator.faults.enqueue({ kind: "reset", phase: "after", times: 2 });
    const input = cenInput();
    const out = await volc.send(CreateCenBandwidthPackage, input);
    const tokens = Object.entries(env.emulator.stats.clientTokens);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(tokens[0]?.[1]).toBe(3);
    expect(env.emulator.countCreatedByName(input.CenBandwidthPackageName)).toBe(1);
    expect(env.emulator.state.cenBandwidthPackages.has(out.CenBandwidthPackageId)).toBe(true);
  });

  it("keeps the caller's ClientToken and generates a new one per call, never mutating the input", async () => {
    const { volc } = env.client();
    const input = { ...cenInput(), ClientToken: "caller-token-1" };
    await volc.send(CreateCenBandwidthPackage, input);
    const noToken = cenInput();
    await volc.send(CreateCenBandwidthPackage, noToken);
    await volc.send(CreateCenBandwidthPackage, noToken);
    expect("ClientToken" in noToken).toBe(false);
    const tokens = Object.keys(env.emulator.stats.clientTokens);
    expect(tokens).toContain("caller-token-1");
    expect(tokens).toHaveLength(3);
  });

  it("does not retry a create without a token once the request may have been processed", async () => {
    const { volc } = env.client();
    env.emulator.faults.enqueue({ kind: "reset", phase: "after" });
    const input = poolInput();
    const err = await rejection(volc.send(CreateNumberPool, input));
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err).toMatchObject({ requestMayHaveBeenSent: true, mayHaveSucceeded: true, attempts: 1 });
    expect((err as Error).message).toMatch(/outcome is unknown/);
    expect(env.emulator.countCreatedByName(input.Name)).toBe(1);
  });

  it("does not retry a 5xx to a create without a token, and says the outcome is unknown", async () => {
    const { volc } = env.client();
    env.emulator.faults.enqueue({ kind: "error", status: 500, code: "InternalError", phase: "after" });
    const input = poolInput();
    const err = await rejection(volc.send(CreateNumberPool, input));
    expect(err).toMatchObject({ name: "ServiceError", mayHaveSucceeded: true, attempts: 1 });
    expect((err as Error).message).toMatch(/outcome is unknown/);
    expect(env.emulator.countCreatedByName(input.Name)).toBe(1);
  });

  it("retries a create without a token when it was throttled before processing", async () => {
    const { volc } = env.client();
    env.emulator.faults.enqueue({ kind: "error", status: 429, code: "FlowLimitExceeded" });
    const input = poolInput();
    const out = await volc.send(CreateNumberPool, input);
    expect(out.$metadata.attempts).toBe(2);
    expect(env.emulator.countCreatedByName(input.Name)).toBe(1);
  });

  it("retries a create without a token when the connection was refused (never sent)", async () => {
    const events: unknown[] = [];
    const volc = new VolcClient({
      endpoint: "http://127.0.0.1:1",
      credentials: EMULATOR_CREDENTIALS,
      retryDelay: { baseMs: 1, capMs: 2 },
      onAttempt: (e) => events.push(e),
    });
    const err = await rejection(volc.send(CreateNumberPool, poolInput()));
    await volc.close();
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err).toMatchObject({
      requestMayHaveBeenSent: false,
      mayHaveSucceeded: false,
      code: "ECONNREFUSED",
      attempts: 3,
    });
    expect(events).toHaveLength(3);
  });

  it("tells how to repeat safely when a create with a token still fails", async () => {
    const { volc } = env.client({ maxAttempts: 2 });
    env.emulator.faults.enqueue({ kind: "reset", phase: "after", times: 2 });
    const err = await rejection(
      volc.send(CreateCenBandwidthPackage, { ...cenInput(), ClientToken: "tok-42" }),
    );
    expect((err as Error).message).toContain("repeat it with ClientToken tok-42");
  });
});
