import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError, VolcClient } from "../../src/index.js";
import { CreateCenBandwidthPackage } from "../../src/services/cen/index.js";
import { CreateNumberPool } from "../../src/services/vms/index.js";
import { createEmulator, EMULATOR_CREDENTIALS, emulatorTransport } from "../../src/testing/index.js";

/** Absent, a plausible value, or anything: weighted so that both valid and invalid inputs are common. */
const maybe = <T, U>(arb: fc.Arbitrary<T>, plausible?: fc.Arbitrary<U>) =>
  fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 6 },
    ...(plausible ? [{ arbitrary: plausible, weight: 3 }] : []),
    { arbitrary: arb, weight: 1 },
  );
/** Strings near the documented rules, and anything at all. */
const text = fc.oneof(
  fc.string({ maxLength: 140 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "cbp-test",
    "带宽包",
    "a.b_c-d",
    " lead",
    "trail ",
    "x".repeat(128),
    "y".repeat(129),
    "",
    "volc:x",
    "VOLC:y",
    "a,b。c，d=e f",
  ),
);
const number = fc.oneof(
  fc.integer({ min: -3, max: 10_010 }),
  fc.constantFrom(0, 1, 2, 9, 10, 12, 24, 36, 37, 10_000, 10_001),
  fc.double({ noNaN: false }),
);
/** An unknown key is refused even when its value is undefined: keep the typo keys only when set. */
function withoutUndefinedTypos<T extends object>(input: T): T {
  const out = { ...input } as Record<string, unknown>;
  for (const typo of ["Bandwith", "Nmae"]) if (out[typo] === undefined) delete out[typo];
  return out as T;
}
const tag = fc.record({ Key: text, Value: maybe(text) }, { requiredKeys: ["Key"] });

const cenInput = fc
  .record(
    {
      LocalGeographicRegionSetId: fc.constantFrom("China", "China", "Asia", "Europe"),
      PeerGeographicRegionSetId: fc.constantFrom("China", "Asia", "Asia", "china"),
      Bandwidth: maybe(number, fc.integer({ min: 2, max: 10_000 })),
      CenBandwidthPackageName: maybe(text, fc.constantFrom("cbp-1", "带宽包.a_b-c")),
      Description: maybe(text, fc.constantFrom("", "desc, v1.0 = ok。")),
      LineOperator: maybe(text),
      BillingType: maybe(fc.constantFrom(2, 1.5), fc.constantFrom(1, 4)),
      PeriodUnit: maybe(fc.constantFrom("Week", "month"), fc.constantFrom("Month", "Year")),
      Period: maybe(number, fc.constantFrom(1, 2, 3)),
      ClientToken: maybe(fc.string({ maxLength: 70 }), fc.uuid()),
      ProjectName: maybe(text),
      Tags: maybe(fc.array(tag, { maxLength: 22 }), fc.constant([{ Key: "env", Value: "prod" }])),
      Bandwith: fc.oneof({ arbitrary: fc.constant(undefined), weight: 20 }, { arbitrary: number, weight: 1 }),
    },
    { requiredKeys: ["LocalGeographicRegionSetId", "PeerGeographicRegionSetId"] },
  )
  .map(withoutUndefinedTypos);
const poolInput = fc
  .record(
    {
      Name: fc.oneof(text, fc.constantFrom("默认号码池", "pool-1")),
      ServiceType: fc.oneof(fc.constantFrom(100, 200, 300), number),
      SubServiceType: fc.oneof(fc.constantFrom(101, 105, 201, 205, 301), number),
      Nmae: fc.oneof({ arbitrary: fc.constant(undefined), weight: 20 }, { arbitrary: text, weight: 1 }),
    },
    { requiredKeys: [] },
  )
  .map(withoutUndefinedTypos);

/** Sends one random input to a fresh emulator: it must end as a result or a ValidationError, nothing else. */
async function outcome(send: (volc: VolcClient) => Promise<unknown>): Promise<"ok" | "invalid"> {
  const emulator = createEmulator();
  const volc = new VolcClient({
    transport: emulatorTransport(emulator),
    credentials: EMULATOR_CREDENTIALS,
    maxAttempts: 1,
  });
  try {
    await send(volc);
    return "ok";
  } catch (err) {
    if (err instanceof ValidationError) {
      expect(emulator.stats.requests).toBe(0);
      return "invalid";
    }
    throw err;
  }
}

describe("fuzz: random inputs end as a ValidationError or a request the emulator accepts", () => {
  it.each([
    [
      "CreateCenBandwidthPackage",
      cenInput,
      (v: VolcClient, i: unknown) => v.send(CreateCenBandwidthPackage, i as never),
    ],
    ["CreateNumberPool", poolInput, (v: VolcClient, i: unknown) => v.send(CreateNumberPool, i as never)],
  ] as const)("%s", async (_name, arb, send) => {
    const seen = { ok: 0, invalid: 0 };
    await fc.assert(
      fc.asyncProperty(arb as fc.Arbitrary<unknown>, async (input) => {
        seen[await outcome((volc) => send(volc, input))]++;
      }),
      { numRuns: 400 },
    );
    // Both ends are reached, or the generators have drifted away from the rules.
    expect(seen.ok).toBeGreaterThan(10);
    expect(seen.invalid).toBeGreaterThan(10);
  });
});
