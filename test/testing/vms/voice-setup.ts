// A client on an emulator whose clock the test moves, for the voice families' tests.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServiceError, VolcClient } from "../../../src/index.js";
import { CreateNumberPool } from "../../../src/services/vms/index.js";
import {
  createEmulator,
  EMULATOR_CREDENTIALS,
  emulatorTransport,
  type RunningEmulator,
  startEmulator,
} from "../../../src/testing/index.js";
import { codeOf, sendRaw, vmsJsonRequest } from "../raw.js";

/** Transitional states (a call in progress, a review) last this long on the emulator's clock. */
export const TRANSITION_MS = 1000;

/** An emulator with a clock the test moves, a client on it, and a pool to place calls from. */
export async function voiceEmulator() {
  let clock = Date.now();
  const emulator = createEmulator({ now: () => clock, transitionMs: TRANSITION_MS });
  const volc = new VolcClient({
    transport: emulatorTransport(emulator),
    credentials: EMULATOR_CREDENTIALS,
    maxAttempts: 1,
  });
  const { NumberPoolNo } = await volc.send(CreateNumberPool, {
    Name: "voice",
    ServiceType: 100,
    SubServiceType: 103,
  });
  return {
    emulator,
    volc,
    /** A pool that exists. */
    pool: NumberPoolNo,
    /** The emulator's clock now. */
    now: () => clock,
    /** Moves the emulator's clock on. */
    advance(ms: number) {
      clock += ms;
    },
  };
}

/** The `ServiceError` a call fails with; fails the test when it succeeds or fails otherwise. */
export async function serviceError(call: Promise<unknown>): Promise<ServiceError> {
  const outcome = await call.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!("error" in outcome)) throw new Error(`expected a ServiceError, got ${JSON.stringify(outcome.value)}`);
  expect(outcome.error).toBeInstanceOf(ServiceError);
  return outcome.error as ServiceError;
}

/** Asserts a call fails with a vms business error: `code`, inside HTTP 200. */
export async function expectBusinessError(
  call: Promise<unknown>,
  code: string,
  detail?: RegExp,
): Promise<void> {
  const error = await serviceError(call);
  expect([error.code, error.status]).toEqual([code, 200]);
  if (detail) expect(error.message).toMatch(detail);
}

/** A raw request whose input rule is broken, and the answer it must get. */
export interface WireCase {
  action: string;
  rule: string;
  body: Record<string, unknown>;
  status: number;
  code: string;
  /** A text the error message must contain (the parameter's name, say). */
  mentioned?: string;
}

/**
 * A describe block that sends each case as a signed JSON POST, past the client's checks, to a real
 * emulator server, and expects its status and code; `after` checks what the emulator kept.
 */
export function describeWireRules(
  title: string,
  cases: readonly WireCase[],
  after?: (server: RunningEmulator) => void,
): void {
  describe(title, () => {
    let server: RunningEmulator;
    beforeAll(async () => {
      server = await startEmulator();
    });
    afterAll(async () => {
      await server.close();
    });
    it.each(cases)("$action: $rule → $status $code", async ({ action, body, status, code, mentioned }) => {
      const answer = await sendRaw(server.url, vmsJsonRequest(body, { action }));
      expect([answer.status, codeOf(answer)]).toEqual([status, code]);
      if (mentioned !== undefined)
        expect(answer.envelope.ResponseMetadata.Error?.Message).toContain(mentioned);
      after?.(server);
    });
  });
}
