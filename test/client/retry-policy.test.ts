import { describe, expect, it } from "vitest";
import { RetryBudget } from "../../src/client/retry-budget.js";
import { backoffDelay, isRetryable, parseRetryAfter } from "../../src/client/retry-policy.js";
import {
  ConnectionError,
  MalformedResponseError,
  ServiceError,
  TimeoutError,
  ValidationError,
} from "../../src/errors.js";

const service = (status: number, code: string, retryable: boolean) =>
  new ServiceError({ status, code, message: "m", retryable, service: "cen", action: "A" });

describe("isRetryable", () => {
  it.each([
    ["a 500 InternalError", service(500, "InternalError", true), true, false],
    ["a 503 ServiceUnavailable", service(503, "ServiceUnavailable", true), true, false],
    [
      "a 429 FlowLimitExceeded (refused before processing)",
      service(429, "FlowLimitExceeded", true),
      true,
      true,
    ],
    ["AccountFlowLimitExceeded", service(429, "AccountFlowLimitExceeded", true), true, true],
    ["a 400 business error", service(400, "InvalidName.Malformed", false), false, false],
    ["a refused connection", new ConnectionError("x", { requestMayHaveBeenSent: false }), true, true],
    ["a reset after sending", new ConnectionError("x", { requestMayHaveBeenSent: true }), true, false],
    ["an attempt timeout", new TimeoutError({ timeoutMs: 1, kind: "attempt" }), true, false],
    ["the call deadline", new TimeoutError({ timeoutMs: 1, kind: "deadline" }), false, false],
    ["an HTML 502", new MalformedResponseError({ status: 502, excerpt: "", reason: "" }), true, false],
    ["a malformed 200", new MalformedResponseError({ status: 200, excerpt: "", reason: "" }), false, false],
    ["a validation error", new ValidationError([{ path: "A", message: "m" }]), false, false],
  ])("%s: idempotent %s, without token %s", (_what, error, idempotent, notIdempotent) => {
    expect(isRetryable(error, true)).toBe(idempotent);
    expect(isRetryable(error, false)).toBe(notIdempotent);
  });
});

describe("backoffDelay", () => {
  it("grows exponentially up to the cap, with full jitter", () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, { baseMs: 100, capMs: 350 }, () => 0.999999))).toEqual([
      99, 199, 349, 349,
    ]);
    expect(backoffDelay(5, {}, () => 0)).toBe(0);
  });
});

describe("parseRetryAfter", () => {
  it("reads delta-seconds and HTTP dates", () => {
    const now = Date.parse("2025-01-02T03:04:05Z");
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter("Thu, 02 Jan 2025 03:04:07 GMT", now)).toBe(2000);
    expect(parseRetryAfter("Thu, 02 Jan 2025 03:04:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe("RetryBudget", () => {
  it("runs dry after capacity / cost retries and refills with successes", () => {
    const budget = new RetryBudget({ capacity: 20, retryCost: 5, timeoutRetryCost: 10 });
    const err = service(503, "ServiceUnavailable", true);
    expect([1, 2, 3, 4, 5].map(() => budget.acquire(err))).toEqual([5, 5, 5, 5, 0]);
    budget.release(0);
    expect(budget.available).toBe(1);
    budget.release(5);
    expect(budget.available).toBe(6);
    expect(budget.acquire(new TimeoutError({ timeoutMs: 1, kind: "attempt" }))).toBe(0);
    budget.release(100);
    expect(budget.available).toBe(20);
  });
});
