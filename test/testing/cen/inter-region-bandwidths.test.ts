// cen inter-region bandwidths through the emulator: allocation from a package, bounded by its bandwidth.
import { beforeEach, describe, expect, it } from "vitest";
import {
  CreateCenBandwidthPackage,
  CreateCenInterRegionBandwidth,
  DeleteCenInterRegionBandwidth,
  DescribeCenBandwidthPackageAttributes,
  DescribeCenInterRegionBandwidthAttributes,
  DescribeCenInterRegionBandwidths,
  ModifyCenInterRegionBandwidthAttributes,
} from "../../../src/services/cen/index.js";
import { expectCode, type Rig, rig } from "./setup.js";

let r: Rig;
let CenId: string;
let pkg: string;
beforeEach(async () => {
  r = rig({ transitionMs: 0 });
  CenId = r.emulator.addCen();
  pkg = (
    await r.volc.send(CreateCenBandwidthPackage, {
      LocalGeographicRegionSetId: "China",
      PeerGeographicRegionSetId: "Asia",
      Bandwidth: 10,
      CenId,
    })
  ).CenBandwidthPackageId;
});

const allocate = async (Bandwidth: number, extra = {}) =>
  (
    await r.volc.send(CreateCenInterRegionBandwidth, {
      CenId,
      LocalRegionId: "cn-beijing",
      PeerRegionId: "ap-southeast-1",
      Bandwidth,
      ...extra,
    })
  ).InterRegionBandwidthId;

describe("CreateCenInterRegionBandwidth", () => {
  it("allocates from the CEN's package: Creating, then Available; the package's RemainingBandwidth drops", async () => {
    r = rig();
    CenId = r.emulator.addCen();
    await r.volc.send(CreateCenBandwidthPackage, {
      LocalGeographicRegionSetId: "China",
      PeerGeographicRegionSetId: "Asia",
      Bandwidth: 10,
      CenId,
    });
    r.advance(1000);
    const id = await allocate(4);
    const irb = await r.volc.send(DescribeCenInterRegionBandwidthAttributes, { InterRegionBandwidthId: id });
    expect(irb).toMatchObject({
      CenId,
      LocalRegionId: "cn-beijing",
      PeerRegionId: "ap-southeast-1",
      Bandwidth: 4,
      Status: "Creating",
    });
    r.advance(1000);
    expect(
      (await r.volc.send(DescribeCenInterRegionBandwidthAttributes, { InterRegionBandwidthId: id })).Status,
    ).toBe("Available");
    const { RemainingBandwidth } = await r.volc.send(DescribeCenBandwidthPackageAttributes, {
      CenBandwidthPackageId: irb.CenBandwidthPackageId ?? "",
    });
    expect(RemainingBandwidth).toBe(6);
  });

  it("answers LimitExceeded.InterRegionBandwidth 400 when the sum would pass the package's bandwidth", async () => {
    await allocate(6, { CenBandwidthPackageId: pkg });
    await allocate(4);
    await expectCode(allocate(1), 400, "LimitExceeded.InterRegionBandwidth");
  });

  it("answers the documented errors for the CEN and the package", async () => {
    const free = (
      await r.volc.send(CreateCenBandwidthPackage, {
        LocalGeographicRegionSetId: "China",
        PeerGeographicRegionSetId: "China",
      })
    ).CenBandwidthPackageId;
    await expectCode(
      allocate(1, { CenBandwidthPackageId: free }),
      404,
      "InvalidCenBandwidthPackage.NotInUse",
    );
    await expectCode(
      allocate(1, { CenBandwidthPackageId: "cbp-nope" }),
      404,
      "InvalidCenBandwidthPackage.NotFound",
    );
    await expectCode(allocate(1, { CenId: "cen-nope" }), 404, "InvalidCen.NotFound");
    await expectCode(allocate(1, { CenId: r.emulator.addCen() }), 404, "InvalidCenBandwidthPackage.NotFound");
  });
});

describe("ModifyCenInterRegionBandwidthAttributes", () => {
  it("changes the bandwidth within what the package has left, its own share included", async () => {
    const id = await allocate(4);
    await allocate(4);
    await r.volc.send(ModifyCenInterRegionBandwidthAttributes, { InterRegionBandwidthId: id, Bandwidth: 6 });
    expect(
      (await r.volc.send(DescribeCenInterRegionBandwidthAttributes, { InterRegionBandwidthId: id }))
        .Bandwidth,
    ).toBe(6);
    await expectCode(
      r.volc.send(ModifyCenInterRegionBandwidthAttributes, { InterRegionBandwidthId: id, Bandwidth: 7 }),
      400,
      "LimitExceeded.InterRegionBandwidth",
    );
    await expectCode(
      r.volc.send(ModifyCenInterRegionBandwidthAttributes, {
        InterRegionBandwidthId: "cirb-nope",
        Bandwidth: 1,
      }),
      404,
      "InvalidInterRegionBandwidth.NotFound",
    );
  });
});

describe("DeleteCenInterRegionBandwidth and the lists", () => {
  it("lists by CEN and ids, 20 a page; a deleted one is gone and its bandwidth back", async () => {
    const a = await allocate(2);
    const b = await allocate(3);
    const page = await r.volc.send(DescribeCenInterRegionBandwidths, { CenId });
    expect([
      page.InterRegionBandwidths?.map((i) => i.InterRegionBandwidthId),
      page.PageSize,
      page.TotalCount,
    ]).toEqual([[a, b], 20, 2]);
    expect(
      (await r.volc.send(DescribeCenInterRegionBandwidths, { InterRegionBandwidthIds: [b] })).TotalCount,
    ).toBe(1);
    expect((await r.volc.send(DescribeCenInterRegionBandwidths, { CenId: "cen-other" })).TotalCount).toBe(0);
    await r.volc.send(DeleteCenInterRegionBandwidth, { InterRegionBandwidthId: a });
    await expectCode(
      r.volc.send(DescribeCenInterRegionBandwidthAttributes, { InterRegionBandwidthId: a }),
      404,
      "InvalidInterRegionBandwidth.NotFound",
    );
    expect(
      (await r.volc.send(DescribeCenBandwidthPackageAttributes, { CenBandwidthPackageId: pkg }))
        .RemainingBandwidth,
    ).toBe(7);
    await expectCode(
      r.volc.send(DeleteCenInterRegionBandwidth, { InterRegionBandwidthId: a }),
      404,
      "InvalidInterRegionBandwidth.NotFound",
    );
  });
});
