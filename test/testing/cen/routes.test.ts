// cen attached instances, their route entries, service routes and summary routes through the emulator.
import { beforeEach, describe, expect, it } from "vitest";
import {
  AttachInstanceToCen,
  CreateCen,
  CreateCenServiceRouteEntry,
  CreateCenSummaryRouteEntry,
  DeleteCenServiceRouteEntry,
  DeleteCenSummaryRouteEntry,
  DescribeCenAttachedInstanceAttributes,
  DescribeCenAttachedInstances,
  DescribeCenRouteEntries,
  DescribeCenServiceRouteEntries,
  DescribeCenSummaryRouteEntries,
  DetachInstanceFromCen,
  GrantInstanceToCen,
  ModifyCenServiceRouteEntryAttributes,
  PublishCenRouteEntry,
  WithdrawCenRouteEntry,
} from "../../../src/services/cen/index.js";
import { accountIdOf } from "../../../src/testing/cen/account.js";
import { EMULATOR_CREDENTIALS } from "../../../src/testing/index.js";
import { expectCode, OTHER_ACCOUNT, type Rig, rig } from "./setup.js";

let r: Rig;
let CenId: string;
beforeEach(() => {
  r = rig();
  CenId = r.emulator.addCen();
});

const vpc = (InstanceId = "vpc-1") => ({
  InstanceId,
  InstanceRegionId: "cn-beijing",
  InstanceType: "VPC" as const,
});
const attach = async (InstanceId = "vpc-1") => {
  await r.volc.send(AttachInstanceToCen, { CenId, ...vpc(InstanceId) });
  r.advance(1000);
};

describe("AttachInstanceToCen and DescribeCenAttachedInstance(s|Attributes)", () => {
  it("attaches: Attaching, then Available, owned by the caller's account", async () => {
    await r.volc.send(AttachInstanceToCen, { CenId, ...vpc() });
    const attached = await r.volc.send(DescribeCenAttachedInstanceAttributes, { CenId, ...vpc() });
    expect(attached).toMatchObject({
      CenId,
      ...vpc(),
      Status: "Attaching",
      InstanceOwnerId: accountIdOf(EMULATOR_CREDENTIALS.accessKeyId),
    });
    r.advance(1000);
    expect((await r.volc.send(DescribeCenAttachedInstanceAttributes, { CenId, ...vpc() })).Status).toBe(
      "Available",
    );
  });

  it("lists by CEN, instance, region and type", async () => {
    await attach("vpc-1");
    await r.volc.send(AttachInstanceToCen, {
      CenId,
      InstanceId: "dcgw-1",
      InstanceRegionId: "cn-shanghai",
      InstanceType: "DCGW",
    });
    expect((await r.volc.send(DescribeCenAttachedInstances, { CenId })).TotalCount).toBe(2);
    const dcgw = await r.volc.send(DescribeCenAttachedInstances, { InstanceType: "DCGW" });
    expect(dcgw.AttachedInstances?.map((a) => a.InstanceId)).toEqual(["dcgw-1"]);
    expect(
      (await r.volc.send(DescribeCenAttachedInstances, { InstanceRegionId: "cn-beijing", PageSize: 1 }))
        .AttachedInstances,
    ).toHaveLength(1);
  });

  it("answers the errors: CEN unknown or not Available, already attached, not attached", async () => {
    await expectCode(
      r.volc.send(AttachInstanceToCen, { CenId: "cen-nope", ...vpc() }),
      404,
      "InvalidCen.NotFound",
    );
    const { CenId: creating } = await r.volc.send(CreateCen, {});
    await expectCode(
      r.volc.send(AttachInstanceToCen, { CenId: creating, ...vpc() }),
      409,
      "InvalidCen.InvalidStatus",
    );
    await attach();
    await expectCode(
      r.volc.send(AttachInstanceToCen, { CenId, ...vpc() }),
      409,
      "InvalidCenAttachedInstance.AlreadyExists",
    );
    await expectCode(
      r.volc.send(DescribeCenAttachedInstanceAttributes, { CenId, ...vpc("vpc-2") }),
      404,
      "InvalidCenAttachedInstance.NotFound",
    );
  });

  it("attaches another account's instance only once it is granted to the CEN (AccessDenied 403 before)", async () => {
    const owner = accountIdOf(OTHER_ACCOUNT.accessKeyId);
    const me = accountIdOf(EMULATOR_CREDENTIALS.accessKeyId);
    const theirs = { CenId, ...vpc("vpc-theirs"), InstanceOwnerId: owner };
    await expectCode(r.volc.send(AttachInstanceToCen, theirs), 403, "AccessDenied");
    await r.other.send(GrantInstanceToCen, { CenId, CenOwnerId: me, ...vpc("vpc-theirs") });
    await r.volc.send(AttachInstanceToCen, theirs);
    expect(
      (await r.volc.send(DescribeCenAttachedInstanceAttributes, { CenId, ...vpc("vpc-theirs") }))
        .InstanceOwnerId,
    ).toBe(owner);
  });
});

describe("DetachInstanceFromCen", () => {
  it("detaches, taking the instance's route entries along", async () => {
    await attach();
    expect((await r.volc.send(DescribeCenRouteEntries, { CenId })).TotalCount).toBe(1);
    await r.volc.send(DetachInstanceFromCen, { CenId, ...vpc() });
    expect((await r.volc.send(DescribeCenAttachedInstances, { CenId })).TotalCount).toBe(0);
    expect((await r.volc.send(DescribeCenRouteEntries, { CenId })).TotalCount).toBe(0);
  });

  it("answers InvalidCenAttachedInstance.CannotUpdate 400 while attaching or while a service route goes through it", async () => {
    await r.volc.send(AttachInstanceToCen, { CenId, ...vpc() });
    await expectCode(
      r.volc.send(DetachInstanceFromCen, { CenId, ...vpc() }),
      400,
      "InvalidCenAttachedInstance.CannotUpdate",
    );
    r.advance(1000);
    await r.volc.send(CreateCenServiceRouteEntry, {
      CenId,
      DestinationCidrBlock: "100.64.0.0/11",
      ServiceRegionId: "cn-beijing",
      ServiceVpcId: "vpc-1",
    });
    await expectCode(
      r.volc.send(DetachInstanceFromCen, { CenId, ...vpc() }),
      400,
      "InvalidCenAttachedInstance.CannotUpdate",
    );
    await expectCode(
      r.volc.send(DetachInstanceFromCen, { CenId, ...vpc("vpc-2") }),
      404,
      "InvalidCenAttachedInstance.NotFound",
    );
  });
});

describe("route entries: DescribeCenRouteEntries, PublishCenRouteEntry, WithdrawCenRouteEntry", () => {
  it("an attached VPC brings its published system route; withdraw and publish flip it", async () => {
    await attach();
    const { CenRouteEntries } = await r.volc.send(DescribeCenRouteEntries, { CenId, InstanceType: "VPC" });
    const entry = CenRouteEntries?.[0];
    expect(entry).toMatchObject({
      CenId,
      ...vpc(),
      Type: "System",
      PublishStatus: "Published",
      Status: "Available",
      AsPath: [],
    });
    const ref = { CenId, ...vpc(), DestinationCidrBlock: entry?.DestinationCidrBlock ?? "" };
    await r.volc.send(WithdrawCenRouteEntry, ref);
    expect(
      (await r.volc.send(DescribeCenRouteEntries, { DestinationCidrBlock: ref.DestinationCidrBlock }))
        .CenRouteEntries?.[0]?.PublishStatus,
    ).toBe("NonPublished");
    await r.volc.send(PublishCenRouteEntry, ref);
    expect(
      (await r.volc.send(DescribeCenRouteEntries, { InstanceId: "vpc-1" })).CenRouteEntries?.[0]
        ?.PublishStatus,
    ).toBe("Published");
  });

  it("answers InvalidCenRouteEntry.NotFound 404 for an entry the CEN does not have", async () => {
    await attach();
    const ref = { CenId, ...vpc(), DestinationCidrBlock: "192.0.2.0/24" };
    await expectCode(r.volc.send(PublishCenRouteEntry, ref), 404, "InvalidCenRouteEntry.NotFound");
    await expectCode(
      r.volc.send(WithdrawCenRouteEntry, { ...ref, InstanceRegionId: "cn-shanghai" }),
      404,
      "InvalidCenRouteEntry.NotFound",
    );
  });
});

describe("service routes", () => {
  const route = () => ({ CenId, DestinationCidrBlock: "100.64.0.0/11", ServiceRegionId: "cn-beijing" });

  it("creates through an attached VPC, modifies, lists and deletes", async () => {
    await attach();
    await r.volc.send(CreateCenServiceRouteEntry, {
      ...route(),
      ServiceVpcId: "vpc-1",
      Description: "对象存储",
    });
    const listed = await r.volc.send(DescribeCenServiceRouteEntries, { CenId, ServiceVpcId: "vpc-1" });
    expect(listed.ServiceRouteEntries?.[0]).toMatchObject({
      ...route(),
      ServiceVpcId: "vpc-1",
      Description: "对象存储",
      PublishMode: "LocalDCGW",
      PublishToInstances: [],
      Status: "Available",
    });
    const targets = [
      { InstanceId: "dcgw-1", InstanceRegionId: "cn-shanghai", InstanceType: "DCGW" as const },
    ];
    await r.volc.send(ModifyCenServiceRouteEntryAttributes, {
      ...route(),
      PublishMode: "Custom",
      PublishToInstances: targets,
    });
    const modified = await r.volc.send(DescribeCenServiceRouteEntries, {
      DestinationCidrBlock: "100.64.0.0/11",
    });
    expect(modified.ServiceRouteEntries?.[0]).toMatchObject({
      PublishMode: "Custom",
      PublishToInstances: targets,
    });
    await r.volc.send(DeleteCenServiceRouteEntry, route());
    expect((await r.volc.send(DescribeCenServiceRouteEntries, { CenId })).TotalCount).toBe(0);
  });

  it("answers the errors: VPC not attached, route already there, route unknown", async () => {
    await expectCode(
      r.volc.send(CreateCenServiceRouteEntry, { ...route(), ServiceVpcId: "vpc-1" }),
      404,
      "InvalidCenAttachedInstance.NotFound",
    );
    await attach();
    await r.volc.send(CreateCenServiceRouteEntry, { ...route(), ServiceVpcId: "vpc-1" });
    await expectCode(
      r.volc.send(CreateCenServiceRouteEntry, { ...route(), ServiceVpcId: "vpc-1" }),
      409,
      "InvalidCenServiceRouteEntry.AlreadyExists",
    );
    const unknown = { ...route(), DestinationCidrBlock: "fd00:64::/32" };
    await expectCode(
      r.volc.send(ModifyCenServiceRouteEntryAttributes, { ...unknown, Description: "x" }),
      404,
      "InvalidCenServiceRouteEntry.NotFound",
    );
    await expectCode(
      r.volc.send(DeleteCenServiceRouteEntry, unknown),
      404,
      "InvalidCenServiceRouteEntry.NotFound",
    );
  });
});

describe("summary routes", () => {
  it("creates, lists and deletes a CEN's summary routes", async () => {
    await r.volc.send(CreateCenSummaryRouteEntry, {
      CenId,
      DestinationCidrBlock: "10.0.0.0/8",
      Description: "汇总",
    });
    await r.volc.send(CreateCenSummaryRouteEntry, { CenId, DestinationCidrBlock: "fd00::/8" });
    const all = await r.volc.send(DescribeCenSummaryRouteEntries, { CenId });
    expect([
      all.TotalCount,
      all.CenSummaryRouteEntries?.[0]?.Status,
      all.CenSummaryRouteEntries?.[0]?.Description,
    ]).toEqual([2, "Available", "汇总"]);
    expect(
      (await r.volc.send(DescribeCenSummaryRouteEntries, { CenId, DestinationCidrBlock: "fd00::/8" }))
        .TotalCount,
    ).toBe(1);
    await r.volc.send(DeleteCenSummaryRouteEntry, { CenId, DestinationCidrBlock: "10.0.0.0/8" });
    expect((await r.volc.send(DescribeCenSummaryRouteEntries, { CenId })).TotalCount).toBe(1);
  });

  it("answers the errors: already there, unknown, CEN unknown", async () => {
    await r.volc.send(CreateCenSummaryRouteEntry, { CenId, DestinationCidrBlock: "10.0.0.0/8" });
    await expectCode(
      r.volc.send(CreateCenSummaryRouteEntry, { CenId, DestinationCidrBlock: "10.0.0.0/8" }),
      409,
      "InvalidCenSummaryRouteEntry.AlreadyExists",
    );
    await expectCode(
      r.volc.send(DeleteCenSummaryRouteEntry, { CenId, DestinationCidrBlock: "10.1.0.0/16" }),
      404,
      "InvalidCenSummaryRouteEntry.NotFound",
    );
    await expectCode(
      r.volc.send(DescribeCenSummaryRouteEntries, { CenId: "cen-nope" }),
      404,
      "InvalidCen.NotFound",
    );
  });
});
