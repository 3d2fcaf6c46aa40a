// The types a cen user works with: required ids in answers, open status unions, literal enums in inputs,
// the paged operations' items, and what the waiters resolve with.
import { describe, expectTypeOf, it } from "vitest";
import type { ItemOf } from "../../../src/index.js";
import type {
  AttachInstanceToCenInput,
  CenStatus,
  DescribeCenAttributesOutput,
  DescribeCenBandwidthPackages,
  DescribeCens,
  DescribeCensOutput,
  ListTagsForResources,
  SetCenBandwidthPackageRenewalInput,
  waitUntilCenAvailable,
  waitUntilCenDeleted,
} from "../../../src/services/cen/index.js";

describe("cen types", () => {
  it("answers: ids required, the rest optional, statuses open unions", () => {
    expectTypeOf<DescribeCenAttributesOutput["CenId"]>().toEqualTypeOf<string>();
    expectTypeOf<DescribeCenAttributesOutput["Status"]>().toEqualTypeOf<
      CenStatus | (string & {}) | undefined
    >();
    expectTypeOf<NonNullable<DescribeCensOutput["Cens"]>[number]["CenId"]>().toEqualTypeOf<string>();
    expectTypeOf<DescribeCensOutput["TotalCount"]>().toEqualTypeOf<number | undefined>();
  });

  it("inputs: enums as literal unions", () => {
    expectTypeOf<AttachInstanceToCenInput["InstanceType"]>().toEqualTypeOf<"VPC" | "DCGW">();
    expectTypeOf<SetCenBandwidthPackageRenewalInput["RenewType"]>().toEqualTypeOf<
      "Manual" | "Auto" | "NoRenew"
    >();
  });

  it("paged operations name their items", () => {
    expectTypeOf<ItemOf<typeof DescribeCens>["CenId"]>().toEqualTypeOf<string>();
    expectTypeOf<
      ItemOf<typeof DescribeCenBandwidthPackages>["CenBandwidthPackageId"]
    >().toEqualTypeOf<string>();
    expectTypeOf<ItemOf<typeof ListTagsForResources>["ResourceId"]>().toEqualTypeOf<string>();
  });

  it("waiters resolve with the describe's answer, delete waiters with nothing", () => {
    expectTypeOf<ReturnType<typeof waitUntilCenAvailable>>().toEqualTypeOf<
      Promise<DescribeCenAttributesOutput>
    >();
    expectTypeOf<ReturnType<typeof waitUntilCenDeleted>>().toEqualTypeOf<Promise<void>>();
  });
});
