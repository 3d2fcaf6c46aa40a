// An emulator and a client on one clock that a test can move, and a pool with numbers in it.
import { VolcClient } from "../../../src/index.js";
import { CreateNumberPool, ServiceType, SubServiceType } from "../../../src/services/vms/index.js";
import {
  createEmulator,
  EMULATOR_CREDENTIALS,
  type Emulator,
  emulatorTransport,
} from "../../../src/testing/index.js";

export interface PrivacyWorld {
  emulator: Emulator;
  volc: VolcClient;
  /** Moves the shared clock forward. */
  advance(ms: number): void;
  /** A new privacy-number pool (AXB unless told) holding `numbers` (a count, or the numbers). */
  pool(numbers: number | readonly string[], subServiceType?: number): Promise<string>;
}

/** A fresh emulator and client (in process, on the emulator transport) sharing a clock that starts now. */
export function privacyWorld(): PrivacyWorld {
  let clock = Date.now();
  const now = () => clock;
  const emulator = createEmulator({ now });
  const volc = new VolcClient({
    transport: emulatorTransport(emulator),
    credentials: EMULATOR_CREDENTIALS,
    now,
  });
  return {
    emulator,
    volc,
    advance(ms) {
      clock += ms;
    },
    async pool(numbers, subServiceType = SubServiceType.Axb) {
      const { NumberPoolNo } = await volc.send(CreateNumberPool, {
        Name: "pool",
        ServiceType: ServiceType.PrivacyNumber,
        SubServiceType: subServiceType,
      });
      emulator.addNumbers(NumberPoolNo, numbers);
      return NumberPoolNo;
    },
  };
}

/** Unix seconds `seconds` from now on the real clock (the client checks `ExpireTime` against it). */
export const fromNow = (seconds: number): number => Math.floor(Date.now() / 1000) + seconds;
