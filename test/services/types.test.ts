import { describe, expectTypeOf, it } from "vitest";
import type { InputOf, OutputOf } from "../../src/client/operation.js";
import type {
  CreateCenBandwidthPackage,
  CreateCenBandwidthPackageInput,
  CreateCenBandwidthPackageOutput,
  GeographicRegionSetId,
} from "../../src/services/cen/index.js";
import type {
  CreateNumberPool,
  CreateNumberPoolInput,
  CreateNumberPoolOutput,
  KnownServiceType,
  KnownSubServiceType,
} from "../../src/services/vms/index.js";

describe("types come from the schemas", () => {
  it("CreateCenBandwidthPackageInput: optional Bandwidth, required region sets", () => {
    expectTypeOf<CreateCenBandwidthPackageInput>()
      .toHaveProperty("Bandwidth")
      .toEqualTypeOf<number | undefined>();
    expectTypeOf<Pick<CreateCenBandwidthPackageInput, "Bandwidth">>().toEqualTypeOf<{ Bandwidth?: number }>();
    expectTypeOf<
      Pick<CreateCenBandwidthPackageInput, "LocalGeographicRegionSetId" | "PeerGeographicRegionSetId">
    >().toEqualTypeOf<{
      LocalGeographicRegionSetId: "China" | "Asia";
      PeerGeographicRegionSetId: "China" | "Asia";
    }>();
    expectTypeOf<GeographicRegionSetId>().toEqualTypeOf<"China" | "Asia">();
    expectTypeOf<CreateCenBandwidthPackageInput["BillingType"]>().toEqualTypeOf<1 | 4 | undefined>();
    expectTypeOf<CreateCenBandwidthPackageInput["PeriodUnit"]>().toEqualTypeOf<
      "Month" | "Year" | undefined
    >();
    expectTypeOf<CreateCenBandwidthPackageInput["Tags"]>().toEqualTypeOf<
      { Key: string; Value?: string }[] | undefined
    >();
    expectTypeOf<InputOf<typeof CreateCenBandwidthPackage>>().toEqualTypeOf<CreateCenBandwidthPackageInput>();
    // @ts-expect-error the region sets are required
    const missing: CreateCenBandwidthPackageInput = { LocalGeographicRegionSetId: "China" };
    expectTypeOf(missing).not.toBeAny();
  });

  it("CreateCenBandwidthPackageOutput has CenBandwidthPackageId: string", () => {
    expectTypeOf<CreateCenBandwidthPackageOutput>().toEqualTypeOf<{ CenBandwidthPackageId: string }>();
    expectTypeOf<
      OutputOf<typeof CreateCenBandwidthPackage>
    >().toEqualTypeOf<CreateCenBandwidthPackageOutput>();
  });

  it("CreateNumberPool codes show the known values yet take any number", () => {
    expectTypeOf<KnownServiceType>().toEqualTypeOf<100 | 200>();
    expectTypeOf<KnownSubServiceType>().toEqualTypeOf<
      101 | 102 | 103 | 104 | 105 | 201 | 202 | 203 | 204 | 205
    >();
    expectTypeOf<CreateNumberPoolInput["ServiceType"]>().toEqualTypeOf<100 | 200 | (number & {})>();
    expectTypeOf<CreateNumberPoolInput>().toHaveProperty("Name").toEqualTypeOf<string>();
    expectTypeOf<{ Name: string; ServiceType: 300; SubServiceType: 301 }>().toExtend<CreateNumberPoolInput>();
    expectTypeOf<OutputOf<typeof CreateNumberPool>>().toEqualTypeOf<CreateNumberPoolOutput>();
    expectTypeOf<CreateNumberPoolOutput>().toHaveProperty("NumberPoolNo").toEqualTypeOf<string>();
  });
});
