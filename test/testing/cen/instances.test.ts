// cen CEN instances through the emulator: what each action does to the store, and every documented
// business error with its status.
import { beforeEach, describe, expect, it } from "vitest";
import {
  AttachInstanceToCen,
  CreateCen,
  CreateCenBandwidthPackage,
  CreateCenSummaryRouteEntry,
  DeleteCen,
  DescribeCenAttributes,
  DescribeCens,
  ModifyCenAttributes,
} from "../../../src/services/cen/index.js";
import { expectCode, type Rig, rig } from "./setup.js";

let r: Rig;
beforeEach(() => {
  r = rig();
});

const createCen = async (input = {}) => (await r.volc.send(CreateCen, input)).CenId;

describe("CreateCen", () => {
  it("makes a CEN that is Creating, then Available once transitionMs has passed", async () => {
    const CenId = await createCen({
      CenName: "prod",
      Description: "生产网络",
      Tags: [{ Key: "env", Value: "prod" }],
    });
    expect(CenId).toMatch(/^cen-[a-z0-9]{18}$/);
    const creating = await r.volc.send(DescribeCenAttributes, { CenId });
    expect(creating).toMatchObject({
      CenName: "prod",
      Description: "生产网络",
      Status: "Creating",
      ProjectName: "default",
    });
    expect(creating.Tags).toEqual([{ Key: "env", Value: "prod" }]);
    expect(creating.CreationTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    expect(creating.AccountId).toMatch(/^\d{10}$/);
    r.advance(999);
    expect((await r.volc.send(DescribeCenAttributes, { CenId })).Status).toBe("Creating");
    r.advance(1);
    expect((await r.volc.send(DescribeCenAttributes, { CenId })).Status).toBe("Available");
  });

  it("names a CEN without a name after its id", async () => {
    const CenId = await createCen();
    expect((await r.volc.send(DescribeCenAttributes, { CenId })).CenName).toBe(CenId);
  });

  it("refuses a sixth CEN of an account with QuotaExceeded.Cen, and counts per account", async () => {
    for (let i = 0; i < 5; i++) await createCen();
    await expectCode(r.volc.send(CreateCen, {}), 400, "QuotaExceeded.Cen");
    await expect(r.other.send(CreateCen, {})).resolves.toHaveProperty("CenId");
    expect(r.emulator.state.cens.size).toBe(6);
  });

  it("takes the quota from createEmulator({ quotas: { cens } })", async () => {
    r = rig({ quotas: { cens: 1 } });
    await createCen();
    await expectCode(r.volc.send(CreateCen, {}), 400, "QuotaExceeded.Cen");
  });

  it("replays a ClientToken and refuses it with other parameters (IdempotentParameterMismatch)", async () => {
    const first = await createCen({ CenName: "once", ClientToken: "tok-1" });
    expect(await createCen({ CenName: "once", ClientToken: "tok-1" })).toBe(first);
    await expectCode(
      r.volc.send(CreateCen, { CenName: "twice", ClientToken: "tok-1" }),
      400,
      "IdempotentParameterMismatch",
    );
    expect(r.emulator.state.cens.size).toBe(1);
  });
});

describe("DescribeCens", () => {
  it("filters by ids, name, project and tags, and pages 20 at a time by default", async () => {
    r = rig({ quotas: { cens: 30 } });
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) {
      ids.push(
        await createCen({
          CenName: `cen-${i}`,
          ProjectName: i % 2 ? "odd" : "even",
          Tags: [{ Key: "n", Value: String(i % 3) }],
        }),
      );
    }
    const first = await r.volc.send(DescribeCens);
    expect([first.Cens?.length, first.PageNumber, first.PageSize, first.TotalCount]).toEqual([20, 1, 20, 25]);
    const second = await r.volc.send(DescribeCens, { PageNumber: 2 });
    expect(second.Cens?.map((c) => c.CenId)).toEqual(ids.slice(20));
    expect((await r.volc.send(DescribeCens, { CenIds: [ids[3] ?? "", ids[4] ?? ""] })).TotalCount).toBe(2);
    expect((await r.volc.send(DescribeCens, { CenName: "cen-7" })).Cens?.map((c) => c.CenId)).toEqual([
      ids[7],
    ]);
    expect((await r.volc.send(DescribeCens, { ProjectName: "odd" })).TotalCount).toBe(12);
    const tagged = await r.volc.send(DescribeCens, {
      TagFilters: [{ Key: "n", Values: ["0", "1"] }],
      PageSize: 100,
    });
    expect(tagged.TotalCount).toBe(17);
    expect((await r.volc.send(DescribeCens, { TagFilters: [{ Key: "missing" }] })).TotalCount).toBe(0);
  });

  it("lists the bandwidth packages associated with each CEN", async () => {
    const CenId = r.emulator.addCen();
    const { CenBandwidthPackageId } = await r.volc.send(CreateCenBandwidthPackage, {
      LocalGeographicRegionSetId: "China",
      PeerGeographicRegionSetId: "Asia",
      CenId,
    });
    const { Cens } = await r.volc.send(DescribeCens, { CenIds: [CenId] });
    expect(Cens?.[0]?.CenBandwidthPackageIds).toEqual([CenBandwidthPackageId]);
  });
});

describe("DescribeCenAttributes", () => {
  it("answers InvalidCen.NotFound 404 for an unknown id", async () => {
    await expectCode(r.volc.send(DescribeCenAttributes, { CenId: "cen-nope" }), 404, "InvalidCen.NotFound");
  });
});

describe("ModifyCenAttributes", () => {
  it("renames an Available CEN and moves its UpdateTime", async () => {
    const CenId = r.emulator.addCen();
    r.advance(5000);
    await r.volc.send(ModifyCenAttributes, { CenId, CenName: "renamed", Description: "" });
    const cen = await r.volc.send(DescribeCenAttributes, { CenId });
    expect(cen).toMatchObject({ CenName: "renamed", Description: "" });
    expect(cen.UpdateTime).not.toBe(cen.CreationTime);
  });

  it("answers InvalidCen.InvalidStatus 409 while the CEN is Creating", async () => {
    const CenId = await createCen();
    await expectCode(
      r.volc.send(ModifyCenAttributes, { CenId, CenName: "x" }),
      409,
      "InvalidCen.InvalidStatus",
    );
  });
});

describe("DeleteCen", () => {
  it("deletes: Deleting for transitionMs, then gone (InvalidCen.NotFound)", async () => {
    const CenId = r.emulator.addCen();
    await r.volc.send(DeleteCen, { CenId });
    expect((await r.volc.send(DescribeCenAttributes, { CenId })).Status).toBe("Deleting");
    await expectCode(r.volc.send(DeleteCen, { CenId }), 409, "InvalidCen.InvalidStatus");
    r.advance(1000);
    await expectCode(r.volc.send(DescribeCenAttributes, { CenId }), 404, "InvalidCen.NotFound");
    await expectCode(r.volc.send(DeleteCen, { CenId }), 404, "InvalidCen.NotFound");
  });

  const inUse: [string, (CenId: string) => Promise<unknown>][] = [
    [
      "an attached instance",
      (CenId) =>
        r.volc.send(AttachInstanceToCen, {
          CenId,
          InstanceId: "vpc-1",
          InstanceRegionId: "cn-beijing",
          InstanceType: "VPC",
        }),
    ],
    [
      "an associated bandwidth package",
      (CenId) =>
        r.volc.send(CreateCenBandwidthPackage, {
          LocalGeographicRegionSetId: "China",
          PeerGeographicRegionSetId: "China",
          CenId,
        }),
    ],
    [
      "a summary route",
      (CenId) => r.volc.send(CreateCenSummaryRouteEntry, { CenId, DestinationCidrBlock: "10.0.0.0/8" }),
    ],
  ];
  for (const [what, make] of inUse) {
    it(`answers InvalidCen.InUse 400 while the CEN has ${what}`, async () => {
      const CenId = r.emulator.addCen();
      await make(CenId);
      await expectCode(r.volc.send(DeleteCen, { CenId }), 400, "InvalidCen.InUse");
      expect((await r.volc.send(DescribeCenAttributes, { CenId })).Status).toBe("Available");
    });
  }
});
