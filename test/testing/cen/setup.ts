// A client wired to an in-process emulator, and the assertions the cen emulator tests share.
import { expect } from "vitest";
import { VolcClient } from "../../../src/index.js";
import {
  createEmulator,
  EMULATOR_CREDENTIALS,
  type Emulator,
  type EmulatorCredentials,
  type EmulatorOptions,
  emulatorTransport,
} from "../../../src/testing/index.js";

/** A second account's keys, for grants across accounts. */
export const OTHER_ACCOUNT: EmulatorCredentials = {
  accessKeyId: "AKLTOtherAccountKey",
  secretKey: "other-secret",
};

/** An emulator on a clock the test moves, and clients of two accounts. */
export interface Rig {
  emulator: Emulator;
  volc: VolcClient;
  other: VolcClient;
  /** Moves the emulator's clock on. */
  advance(ms: number): void;
}

/**
 * An emulator whose clock stands still until `advance` (transitional statuses last `transitionMs`, 1 000
 * by default, of it), with a client of the usual test account and one of {@link OTHER_ACCOUNT}.
 */
export function rig(options: EmulatorOptions = {}): Rig {
  let now = Date.now();
  const emulator = createEmulator({
    credentials: [EMULATOR_CREDENTIALS, OTHER_ACCOUNT],
    now: () => now,
    ...options,
  });
  const client = (credentials: EmulatorCredentials) =>
    new VolcClient({ transport: emulatorTransport(emulator), credentials, maxAttempts: 1 });
  return {
    emulator,
    volc: client(EMULATOR_CREDENTIALS),
    other: client(OTHER_ACCOUNT),
    advance: (ms) => {
      now += ms;
    },
  };
}

/** Asserts that `call` fails with this HTTP status and documented code. */
export async function expectCode(call: Promise<unknown>, status: number, code: string): Promise<void> {
  await expect(call).rejects.toMatchObject({ name: "ServiceError", status, code });
}
