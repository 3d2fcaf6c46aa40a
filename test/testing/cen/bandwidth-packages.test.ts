// cen bandwidth packages through the emulator: lifecycle, association, expiry and renewal, and every
// documented business error with its status.
import { beforeEach, describe, expect, it } from "vitest";
import {
  AssociateCenBandwidthPackage,
  CreateCen,
  CreateCenBandwidthPackage,
  type CreateCenBandwidthPackageInput,
  CreateCenInterRegionBandwidth,
  DeleteCenBandwidthPackage,
  DescribeCenBandwidthPackageAttributes,
  DescribeCenBandwidthPackages,
  DescribeCenBandwidthPackagesBilling,
  DisassociateCenBandwidthPackage,
  ModifyCenBandwidthPackageAssociation,
  ModifyCenBandwidthPackageAttributes,
  RenewCenBandwidthPackage,
  SetCenBandwidthPackageRenewal,
} from "../../../src/services/cen/index.js";
import { expectCode, type Rig, rig } from "./setup.js";

let r: Rig;
let cenId: string;
beforeEach(() => {
  r = rig({ transitionMs: 0 });
  cenId = r.emulator.addCen("cen-a");
});

const DAY = 86_400_000;
const create = async (extra: Partial<CreateCenBandwidthPackageInput> = {}) =>
  (
    await r.volc.send(CreateCenBandwidthPackage, {
      LocalGeographicRegionSetId: "China",
      PeerGeographicRegionSetId: "Asia",
      Bandwidth: 10,
      ...extra,
    })
  ).CenBandwidthPackageId;
const describe_ = (CenBandwidthPackageId: string) =>
  r.volc.send(DescribeCenBandwidthPackageAttributes, { CenBandwidthPackageId });

describe("CreateCenBandwidthPackage", () => {
  it("is Creating, then Available, or InUse when created bound to a CEN", async () => {
    r = rig();
    const CenId = r.emulator.addCen();
    const free = await create();
    const bound = await create({ CenId });
    expect((await describe_(free)).Status).toBe("Creating");
    r.advance(1000);
    expect((await describe_(free)).Status).toBe("Available");
    expect((await describe_(bound)).Status).toBe("InUse");
  });

  it("answers InvalidCen.InvalidStatus 409 for a CEN still Creating", async () => {
    r = rig();
    const { CenId } = await r.volc.send(CreateCen, {});
    await expectCode(create({ CenId }), 409, "InvalidCen.InvalidStatus");
  });
});

describe("DescribeCenBandwidthPackageAttributes", () => {
  it("answers bandwidth, remaining bandwidth, CEN and an expiry at the end of the period's last day", async () => {
    const id = await create({
      CenId: cenId,
      Period: 2,
      PeriodUnit: "Month",
      Tags: [{ Key: "k", Value: "v" }],
    });
    await r.volc.send(CreateCenInterRegionBandwidth, {
      CenId: cenId,
      LocalRegionId: "cn-beijing",
      PeerRegionId: "ap-southeast-1",
      Bandwidth: 3,
    });
    const pkg = await describe_(id);
    expect(pkg).toMatchObject({
      CenBandwidthPackageId: id,
      Status: "InUse",
      BusinessStatus: "Normal",
      Bandwidth: 10,
      RemainingBandwidth: 7,
      BillingType: 1,
      CenIds: [cenId],
      Tags: [{ Key: "k", Value: "v" }],
    });
    expect(pkg.ExpiredTime).toMatch(/^\d{4}-\d\d-\d\d 23:59:59$/);
    expect(pkg.CreationTime).toMatch(/\+08:00$/);
  });

  it("answers InvalidCenBandwidthPackage.NotFound 404 for an unknown id", async () => {
    await expectCode(describe_("cbp-nope"), 404, "InvalidCenBandwidthPackage.NotFound");
  });
});

describe("DescribeCenBandwidthPackages", () => {
  it("filters by ids, name, CEN, region sets, project and tags; 10 a page by default; items carry Business and UpdatedAt", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++)
      ids.push(
        await create({
          CenBandwidthPackageName: `p${i}`,
          ProjectName: i < 4 ? "net" : "default",
          PeerGeographicRegionSetId: i % 2 ? "China" : "Asia",
        }),
      );
    const bound = await create({
      CenId: cenId,
      LocalGeographicRegionSetId: "Asia",
      PeerGeographicRegionSetId: "China",
      Tags: [{ Key: "team", Value: "a" }],
    });
    const first = await r.volc.send(DescribeCenBandwidthPackages);
    expect([first.CenBandwidthPackages?.length, first.PageSize, first.TotalCount]).toEqual([10, 10, 13]);
    expect(first.CenBandwidthPackages?.[0]).toMatchObject({
      Business: "Normal",
      UpdatedAt: expect.any(String),
    });
    expect(
      (await r.volc.send(DescribeCenBandwidthPackages, { CenBandwidthPackageIds: ids.slice(0, 3) }))
        .TotalCount,
    ).toBe(3);
    expect(
      (
        await r.volc.send(DescribeCenBandwidthPackages, { CenBandwidthPackageName: "p5" })
      ).CenBandwidthPackages?.map((p) => p.CenBandwidthPackageId),
    ).toEqual([ids[5]]);
    expect((await r.volc.send(DescribeCenBandwidthPackages, { ProjectName: "net" })).TotalCount).toBe(4);
    expect(
      (
        await r.volc.send(DescribeCenBandwidthPackages, {
          PeerGeographicRegionSetId: "China",
          LocalGeographicRegionSetId: "China",
        })
      ).TotalCount,
    ).toBe(6);
    const byCen = await r.volc.send(DescribeCenBandwidthPackages, { CenId: cenId });
    expect(byCen.CenBandwidthPackages?.map((p) => p.CenBandwidthPackageId)).toEqual([bound]);
    expect(
      (await r.volc.send(DescribeCenBandwidthPackages, { TagFilters: [{ Key: "team", Values: ["a"] }] }))
        .TotalCount,
    ).toBe(1);
  });
});

describe("ModifyCenBandwidthPackageAttributes", () => {
  it("grows a prepaid package and renames it", async () => {
    const id = await create();
    await r.volc.send(ModifyCenBandwidthPackageAttributes, {
      CenBandwidthPackageId: id,
      Bandwidth: 20,
      CenBandwidthPackageName: "bigger",
      Description: "更大",
    });
    expect(await describe_(id)).toMatchObject({
      Bandwidth: 20,
      CenBandwidthPackageName: "bigger",
      Description: "更大",
    });
  });

  it("never shrinks a prepaid package (InvalidParameter 400)", async () => {
    const id = await create();
    await expectCode(
      r.volc.send(ModifyCenBandwidthPackageAttributes, { CenBandwidthPackageId: id, Bandwidth: 5 }),
      400,
      "InvalidParameter",
    );
  });

  it("shrinks a 95th-percentile package, never below its allocated bandwidth (LimitExceeded.InterRegionBandwidth)", async () => {
    const id = await create({ BillingType: 4, CenId: cenId });
    await r.volc.send(CreateCenInterRegionBandwidth, {
      CenId: cenId,
      LocalRegionId: "a",
      PeerRegionId: "b",
      Bandwidth: 6,
    });
    await r.volc.send(ModifyCenBandwidthPackageAttributes, { CenBandwidthPackageId: id, Bandwidth: 6 });
    await expectCode(
      r.volc.send(ModifyCenBandwidthPackageAttributes, { CenBandwidthPackageId: id, Bandwidth: 5 }),
      400,
      "LimitExceeded.InterRegionBandwidth",
    );
  });
});

describe("AssociateCenBandwidthPackage, DisassociateCenBandwidthPackage, ModifyCenBandwidthPackageAssociation", () => {
  it("associates (InUse), moves and disassociates (Available)", async () => {
    const id = await create();
    const other = r.emulator.addCen("cen-b");
    await r.volc.send(AssociateCenBandwidthPackage, { CenBandwidthPackageId: id, CenId: cenId });
    expect(await describe_(id)).toMatchObject({ Status: "InUse", CenIds: [cenId] });
    await r.volc.send(ModifyCenBandwidthPackageAssociation, { CenBandwidthPackageId: id, CenId: other });
    expect((await describe_(id)).CenIds).toEqual([other]);
    await r.volc.send(DisassociateCenBandwidthPackage, { CenBandwidthPackageId: id, CenId: other });
    expect(await describe_(id)).toMatchObject({ Status: "Available", CenIds: [] });
  });

  it("answers the documented errors", async () => {
    const id = await create();
    const same = await create({ CenId: cenId });
    const call = { CenBandwidthPackageId: id, CenId: cenId };
    await expectCode(
      r.volc.send(AssociateCenBandwidthPackage, call),
      409,
      "InvalidCenBandwidthPackage.RegionSetConflict",
    );
    await expectCode(
      r.volc.send(AssociateCenBandwidthPackage, { ...call, CenId: "cen-nope" }),
      404,
      "InvalidCen.NotFound",
    );
    await expectCode(
      r.volc.send(AssociateCenBandwidthPackage, { ...call, CenBandwidthPackageId: "cbp-nope" }),
      404,
      "InvalidCenBandwidthPackage.NotFound",
    );
    await expectCode(
      r.volc.send(AssociateCenBandwidthPackage, { CenBandwidthPackageId: same, CenId: "cen-a" }),
      400,
      "InvalidCenBandwidthPackage.InUse",
    );
    await expectCode(
      r.volc.send(DisassociateCenBandwidthPackage, call),
      404,
      "InvalidCenBandwidthPackage.NotInUse",
    );
    await expectCode(
      r.volc.send(ModifyCenBandwidthPackageAssociation, call),
      404,
      "InvalidCenBandwidthPackage.NotInUse",
    );
    await r.volc.send(CreateCenInterRegionBandwidth, {
      CenId: cenId,
      LocalRegionId: "a",
      PeerRegionId: "b",
      Bandwidth: 1,
    });
    await expectCode(
      r.volc.send(DisassociateCenBandwidthPackage, { CenBandwidthPackageId: same, CenId: cenId }),
      400,
      "InvalidCenBandwidthPackage.InUse",
    );
    const b = r.emulator.addCen("cen-b");
    await expectCode(
      r.volc.send(ModifyCenBandwidthPackageAssociation, { CenBandwidthPackageId: same, CenId: b }),
      400,
      "InvalidCenBandwidthPackage.InUse",
    );
    expect((await describe_(same)).CenIds).toEqual([cenId]);
  });
});

describe("RenewCenBandwidthPackage and SetCenBandwidthPackageRenewal", () => {
  it("moves ExpiredTime on by the period", async () => {
    const id = await create({ PeriodUnit: "Month", Period: 1 });
    const before = (await describe_(id)).ExpiredTime ?? "";
    await r.volc.send(RenewCenBandwidthPackage, { CenBandwidthPackageId: id, PeriodUnit: "Year", Period: 1 });
    const after = (await describe_(id)).ExpiredTime ?? "";
    expect(Number(after.slice(0, 4)) - Number(before.slice(0, 4))).toBe(1);
    expect(after.slice(4)).toBe(before.slice(4));
  });

  it("keeps renewal settings, shown by DescribeCenBandwidthPackagesBilling", async () => {
    const id = await create();
    const billing = async () =>
      (await r.volc.send(DescribeCenBandwidthPackagesBilling, { CenBandwidthPackageIds: [id] }))
        .CenBandwidthPackages?.[0];
    expect(await billing()).toMatchObject({
      CenBandwidthPackageId: id,
      BillingStatus: 1,
      BillingType: 1,
      RenewType: "Manual",
      RemainRenewTimes: -1,
    });
    await r.volc.send(SetCenBandwidthPackageRenewal, {
      CenBandwidthPackageId: id,
      RenewType: "Auto",
      RenewPeriod: 3,
      RemainRenewTimes: 2,
    });
    expect(await billing()).toMatchObject({
      RenewType: "Auto",
      RemainRenewTimes: 2,
      ExpiredTime: (await describe_(id)).ExpiredTime,
    });
    r.advance(40 * DAY);
    expect((await billing())?.BillingStatus).toBe(4);
  });

  it("refuses a 95th-percentile package (InvalidCenBandwidthPackage.BillingTypeMalformed)", async () => {
    const id = await create({ BillingType: 4 });
    await expectCode(
      r.volc.send(RenewCenBandwidthPackage, { CenBandwidthPackageId: id }),
      400,
      "InvalidCenBandwidthPackage.BillingTypeMalformed",
    );
    await expectCode(
      r.volc.send(SetCenBandwidthPackageRenewal, { CenBandwidthPackageId: id, RenewType: "NoRenew" }),
      400,
      "InvalidCenBandwidthPackage.BillingTypeMalformed",
    );
  });

  it("refuses a package still Creating (InvalidCenBandwidthPackage.InvalidStatus)", async () => {
    r = rig();
    const id = await create();
    await expectCode(
      r.volc.send(RenewCenBandwidthPackage, { CenBandwidthPackageId: id }),
      400,
      "InvalidCenBandwidthPackage.InvalidStatus",
    );
  });

  it("pages the billing list 20 at a time by default", async () => {
    for (let i = 0; i < 21; i++) await create();
    const page = await r.volc.send(DescribeCenBandwidthPackagesBilling);
    expect([page.CenBandwidthPackages?.length, page.PageSize, page.TotalCount]).toEqual([20, 20, 21]);
  });
});

describe("DeleteCenBandwidthPackage", () => {
  it("deletes a 95th-percentile package: Deleting, then gone", async () => {
    r = rig();
    const id = await create({ BillingType: 4 });
    r.advance(1000);
    await r.volc.send(DeleteCenBandwidthPackage, { CenBandwidthPackageId: id });
    expect((await describe_(id)).Status).toBe("Deleting");
    r.advance(1000);
    await expectCode(describe_(id), 404, "InvalidCenBandwidthPackage.NotFound");
  });

  it("refuses a prepaid package before it expires (.InvalidStatus), and deletes it after", async () => {
    const id = await create({ Period: 1 });
    await expectCode(
      r.volc.send(DeleteCenBandwidthPackage, { CenBandwidthPackageId: id }),
      400,
      "InvalidCenBandwidthPackage.InvalidStatus",
    );
    r.advance(32 * DAY);
    await r.volc.send(DeleteCenBandwidthPackage, { CenBandwidthPackageId: id });
    await expectCode(describe_(id), 404, "InvalidCenBandwidthPackage.NotFound");
  });

  it("refuses a package associated with a CEN (.InUse), and an unknown one (.NotFound)", async () => {
    const id = await create({ BillingType: 4, CenId: cenId });
    await expectCode(
      r.volc.send(DeleteCenBandwidthPackage, { CenBandwidthPackageId: id }),
      400,
      "InvalidCenBandwidthPackage.InUse",
    );
    await expectCode(
      r.volc.send(DeleteCenBandwidthPackage, { CenBandwidthPackageId: "cbp-nope" }),
      404,
      "InvalidCenBandwidthPackage.NotFound",
    );
  });
});
