// Client and emulator agree: whatever input the client accepts and sends (flattened to the query,
// percent-encoded, signed), the emulator authenticates, decodes back to the same values and accepts;
// whatever the client refuses never reaches it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError, VolcClient } from "../../src/index.js";
import {
  CreateCenBandwidthPackage,
  type CreateCenBandwidthPackageInput,
} from "../../src/services/cen/index.js";
import { CreateNumberPool } from "../../src/services/vms/index.js";
import { createEmulator, EMULATOR_CREDENTIALS, emulatorTransport } from "../../src/testing/index.js";

const chars = (set: string) => fc.constantFrom(...set);
const word = (first: string, rest: string, max: number) =>
  fc.tuple(chars(first), fc.string({ unit: chars(rest), maxLength: max - 1 })).map(([a, b]) => a + b);

// Mostly valid values, made of the characters that stress the wire (reserved in URLs, percent-encoded,
// multi-byte, digit strings a server could mistake for numbers)…
const HEAD = "aZ09中文";
const validInput = fc.record(
  {
    LocalGeographicRegionSetId: fc.constant("China" as const),
    PeerGeographicRegionSetId: fc.constantFrom("China" as const, "Asia" as const),
    Bandwidth: fc.integer({ min: 2, max: 10_000 }),
    CenBandwidthPackageName: word(HEAD, `${HEAD}._-`, 16),
    Description: fc.oneof(fc.constant(""), word(HEAD, `${HEAD},._ =-，。`, 16)),
    Period: fc.constantFrom(1, 2, 3),
    PeriodUnit: fc.constantFrom("Month" as const, "Year" as const),
    ProjectName: fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }),
    LineOperator: fc.constantFrom("ChinaUnicom", "China Telecom & Co"),
    Tags: fc.uniqueArray(
      fc.record({
        Key: word("aZ09:/=+-@", "aZ09 _.:/=+-@", 8),
        Value: fc.oneof(fc.constant(""), word("09+=", "09+=:/@", 6)),
      }),
      { maxLength: 4, selector: (t) => t.Key },
    ),
  },
  { requiredKeys: ["LocalGeographicRegionSetId", "PeerGeographicRegionSetId"] },
);

// …and some that break a rule somewhere.
const anyInput = fc.record(
  {
    LocalGeographicRegionSetId: fc.constantFrom("China", "Asia"),
    PeerGeographicRegionSetId: fc.constantFrom("China", "Asia"),
    Bandwidth: fc.integer({ min: 0, max: 10_002 }),
    CenBandwidthPackageName: fc.string({ unit: chars("aZ09 ._-*中"), maxLength: 6 }),
    Period: fc.integer({ min: 0, max: 40 }),
    Tags: fc.array(fc.record({ Key: fc.string({ maxLength: 4 }) }), { maxLength: 3 }),
  },
  { requiredKeys: ["LocalGeographicRegionSetId", "PeerGeographicRegionSetId"] },
);

const cenInput = fc.oneof(
  { arbitrary: validInput, weight: 4 },
  { arbitrary: anyInput, weight: 1 },
) as fc.Arbitrary<CreateCenBandwidthPackageInput>;

describe("client ↔ emulator round trip", () => {
  it("CreateCenBandwidthPackage: accepted by the client ⇒ accepted by the emulator, values intact", async () => {
    const emulator = createEmulator({ quotas: { cenBandwidthPackages: 1_000_000 } });
    const volc = new VolcClient({
      transport: emulatorTransport(emulator),
      credentials: EMULATOR_CREDENTIALS,
      maxAttempts: 1,
    });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(cenInput, async (input) => {
        const before = emulator.stats.requests;
        const outcome = await volc.send(CreateCenBandwidthPackage, input).then(
          (r) => r,
          (e: unknown) => e,
        );
        if (outcome instanceof ValidationError) {
          expect(emulator.stats.requests).toBe(before);
          return;
        }
        if (outcome instanceof Error) throw outcome;
        accepted++;
        const id = (outcome as { CenBandwidthPackageId: string }).CenBandwidthPackageId;
        const stored = emulator.state.cenBandwidthPackages.get(id);
        expect(stored).toMatchObject({
          LocalGeographicRegionSetId: input.LocalGeographicRegionSetId,
          PeerGeographicRegionSetId: input.PeerGeographicRegionSetId,
          Bandwidth: input.Bandwidth ?? 2,
          Period: input.Period ?? 1,
          Description: input.Description ?? "",
          ProjectName: input.ProjectName ?? "default",
          LineOperator: input.LineOperator,
          Tags: (input.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value ?? "" })),
        });
        expect(stored?.CenBandwidthPackageName).toBe(input.CenBandwidthPackageName ?? id);
      }),
      { numRuns: 300 },
    );
    // The property is only worth something if most inputs got through.
    expect(accepted).toBeGreaterThan(150);
  });

  it("CreateNumberPool: any name the client accepts comes back unchanged", async () => {
    const emulator = createEmulator({ quotas: { numberPools: 1_000_000 } });
    const volc = new VolcClient({
      transport: emulatorTransport(emulator),
      credentials: EMULATOR_CREDENTIALS,
      maxAttempts: 1,
    });
    await fc.assert(
      fc.asyncProperty(
        // Any well-formed text without control characters (the text policy every parameter follows).
        fc
          .string({ unit: "binary", minLength: 1, maxLength: 32 })
          .filter((name) => !/[\u0000-\u001f\u007f-\u009f]/.test(name)),
        fc.integer({ min: 1, max: 999 }),
        async (Name, code) => {
          const pool = await volc.send(CreateNumberPool, { Name, ServiceType: code, SubServiceType: code });
          expect(pool.Name).toBe(Name);
          expect(emulator.state.numberPools.get(pool.NumberPoolNo)?.Name).toBe(Name);
        },
      ),
      { numRuns: 200 },
    );
  });
});
