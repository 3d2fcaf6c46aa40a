// cen grants across accounts, tags and 95th-percentile traffic through the emulator.
import { beforeEach, describe, expect, it } from "vitest";
import {
  CreateCen,
  CreateCenBandwidthPackage,
  Describe95Traffic,
  DescribeCenAttributes,
  DescribeGrantRulesToCen,
  DescribeInstanceGrantedRules,
  GrantInstanceToCen,
  ListTagsForResources,
  RevokeInstanceFromCen,
  TagResources,
  UntagResources,
} from "../../../src/services/cen/index.js";
import { accountIdOf } from "../../../src/testing/cen/account.js";
import { EMULATOR_CREDENTIALS } from "../../../src/testing/index.js";
import { expectCode, OTHER_ACCOUNT, type Rig, rig } from "./setup.js";

let r: Rig;
beforeEach(() => {
  r = rig({ transitionMs: 0 });
});

describe("grants: GrantInstanceToCen, RevokeInstanceFromCen, DescribeGrantRulesToCen, DescribeInstanceGrantedRules", () => {
  const me = accountIdOf(EMULATOR_CREDENTIALS.accessKeyId);
  const them = accountIdOf(OTHER_ACCOUNT.accessKeyId);
  const grant = {
    CenId: "cen-mine",
    CenOwnerId: me,
    InstanceId: "vpc-theirs",
    InstanceRegionId: "cn-beijing",
    InstanceType: "VPC" as const,
  };

  it("shows a grant to the CEN's owner and to the instance's owner, each from their side", async () => {
    expect(me).not.toBe(them);
    await r.other.send(GrantInstanceToCen, grant);
    const toMyCens = await r.volc.send(DescribeGrantRulesToCen, { CenId: "cen-mine" });
    expect(toMyCens.CenGrantRules).toEqual([
      {
        CenId: "cen-mine",
        InstanceId: "vpc-theirs",
        InstanceOwnerId: them,
        InstanceRegionId: "cn-beijing",
        InstanceType: "VPC",
        CreationTime: expect.stringMatching(/\+08:00$/),
      },
    ]);
    expect((await r.volc.send(DescribeGrantRulesToCen, { InstanceOwnerId: me })).TotalCount).toBe(0);
    const ofMyInstances = await r.other.send(DescribeInstanceGrantedRules, { InstanceId: "vpc-theirs" });
    expect(ofMyInstances.CenGrantRules?.[0]).toMatchObject({
      CenId: "cen-mine",
      CenOwnerId: me,
      InstanceId: "vpc-theirs",
    });
    expect((await r.volc.send(DescribeInstanceGrantedRules)).TotalCount).toBe(0);
    await r.other.send(RevokeInstanceFromCen, grant);
    expect((await r.volc.send(DescribeGrantRulesToCen)).TotalCount).toBe(0);
  });

  it("answers the errors: granted twice, revoking what is not granted (or not one's own)", async () => {
    await r.other.send(GrantInstanceToCen, grant);
    await expectCode(r.other.send(GrantInstanceToCen, grant), 409, "InvalidCenGrantRule.AlreadyExists");
    await expectCode(r.volc.send(RevokeInstanceFromCen, grant), 404, "InvalidCenGrantRule.NotFound");
    await expectCode(
      r.other.send(RevokeInstanceFromCen, { ...grant, InstanceId: "vpc-2" }),
      404,
      "InvalidCenGrantRule.NotFound",
    );
  });
});

describe("tags: TagResources, UntagResources, ListTagsForResources", () => {
  it("tags CENs and packages, overwrites a key's value, untags by key, lists one entry per tag", async () => {
    const { CenId } = await r.volc.send(CreateCen, { Tags: [{ Key: "env", Value: "dev" }] });
    const { CenBandwidthPackageId } = await r.volc.send(CreateCenBandwidthPackage, {
      LocalGeographicRegionSetId: "China",
      PeerGeographicRegionSetId: "Asia",
    });
    await r.volc.send(TagResources, {
      ResourceType: "cen",
      ResourceIds: [CenId],
      Tags: [{ Key: "env", Value: "prod" }, { Key: "team" }],
    });
    await r.volc.send(TagResources, {
      ResourceType: "cenbandwidthpackage",
      ResourceIds: [CenBandwidthPackageId],
      Tags: [{ Key: "team", Value: "net" }],
    });
    expect((await r.volc.send(DescribeCenAttributes, { CenId })).Tags).toEqual([
      { Key: "env", Value: "prod" },
      { Key: "team", Value: "" },
    ]);
    const cenTags = await r.volc.send(ListTagsForResources, { ResourceType: "cen" });
    expect(cenTags).toEqual({
      ResourceTags: [
        { ResourceId: CenId, ResourceType: "cen", TagKey: "env", TagValue: "prod" },
        { ResourceId: CenId, ResourceType: "cen", TagKey: "team", TagValue: "" },
      ],
      NextToken: "",
    });
    const filtered = await r.volc.send(ListTagsForResources, {
      ResourceType: "cenbandwidthpackage",
      TagFilters: [{ Key: "team", Values: ["net"] }],
    });
    expect(filtered.ResourceTags?.map((t) => t.ResourceId)).toEqual([CenBandwidthPackageId]);
    expect(
      (await r.volc.send(ListTagsForResources, { ResourceType: "cen", TagType: "system" })).ResourceTags,
    ).toEqual([]);
    await r.volc.send(UntagResources, {
      ResourceType: "cen",
      ResourceIds: [CenId],
      TagKeys: ["env", "absent"],
    });
    expect((await r.volc.send(DescribeCenAttributes, { CenId })).Tags).toEqual([{ Key: "team", Value: "" }]);
  });

  it("pages by NextToken, 10 tags a page by default, and refuses a token it did not hand out", async () => {
    const { CenId } = await r.volc.send(CreateCen, {});
    const tags = Array.from({ length: 15 }, (_, i) => ({ Key: `k${i}`, Value: `v${i}` }));
    await r.volc.send(TagResources, { ResourceType: "cen", ResourceIds: [CenId], Tags: tags });
    const first = await r.volc.send(ListTagsForResources, { ResourceType: "cen", ResourceIds: [CenId] });
    expect(first.ResourceTags).toHaveLength(10);
    const second = await r.volc.send(ListTagsForResources, {
      ResourceType: "cen",
      NextToken: first.NextToken ?? "",
    });
    expect([second.ResourceTags?.length, second.NextToken]).toEqual([5, ""]);
    await expectCode(
      r.volc.send(ListTagsForResources, { ResourceType: "cen", NextToken: "forged" }),
      400,
      "InvalidParameter",
    );
  });

  it("answers InvalidResource.NotFound 404 for an unknown resource, and LimitExceeded.Tags past 50 tags on one", async () => {
    const { CenId } = await r.volc.send(CreateCen, {});
    await expectCode(
      r.volc.send(TagResources, {
        ResourceType: "cen",
        ResourceIds: [CenId, "cen-nope"],
        Tags: [{ Key: "a" }],
      }),
      404,
      "InvalidResource.NotFound",
    );
    await expectCode(
      r.volc.send(UntagResources, {
        ResourceType: "cenbandwidthpackage",
        ResourceIds: [CenId],
        TagKeys: ["a"],
      }),
      404,
      "InvalidResource.NotFound",
    );
    expect((await r.volc.send(DescribeCenAttributes, { CenId })).Tags).toEqual([]);
    for (const start of [0, 20]) {
      const tags = Array.from({ length: 20 }, (_, i) => ({ Key: `k${start + i}` }));
      await r.volc.send(TagResources, { ResourceType: "cen", ResourceIds: [CenId], Tags: tags });
    }
    const tooMany = Array.from({ length: 11 }, (_, i) => ({ Key: `x${i}` }));
    await expectCode(
      r.volc.send(TagResources, { ResourceType: "cen", ResourceIds: [CenId], Tags: tooMany }),
      400,
      "LimitExceeded.Tags",
    );
    await r.volc.send(TagResources, { ResourceType: "cen", ResourceIds: [CenId], Tags: tooMany.slice(1) });
  });
});

describe("Describe95Traffic", () => {
  it("answers a package's day in 24 hourly intervals, and InvalidCenBandwidthPackage.NotFound for another id", async () => {
    const { CenBandwidthPackageId } = await r.volc.send(CreateCenBandwidthPackage, {
      LocalGeographicRegionSetId: "China",
      PeerGeographicRegionSetId: "Asia",
      BillingType: 4,
      Bandwidth: 50,
    });
    const { TrafficData } = await r.volc.send(Describe95Traffic, {
      Day: "2026-07-08",
      InstanceId: CenBandwidthPackageId,
      ResourceType: "cenbandwidthpackage",
    });
    expect(TrafficData).toMatchObject({ InstanceId: CenBandwidthPackageId, Bandwidth: 50 });
    expect(TrafficData?.TrafficDetailDatas).toHaveLength(24);
    expect(TrafficData?.TrafficDetailDatas?.[0]).toMatchObject({
      BillBandwidth: "0",
      StartTime: expect.stringMatching(/\+08:00$/),
    });
    await expectCode(
      r.volc.send(Describe95Traffic, { Day: "2026-07-08", InstanceId: "cbp-nope", ResourceType: "x" }),
      404,
      "InvalidCenBandwidthPackage.NotFound",
    );
  });
});
