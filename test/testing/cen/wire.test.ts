// cen on the wire, over real HTTP on loopback: raw signed GETs with flattened query keys reach the
// emulator's handlers, and each broken input rule is answered with its documented code and status.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { VolcClient } from "../../../src/index.js";
import { CreateCenServiceRouteEntry, DescribeCens, TagResources } from "../../../src/services/cen/index.js";
import { EMULATOR_CREDENTIALS, type RunningEmulator, startEmulator } from "../../../src/testing/index.js";
import { codeOf, sendRaw } from "../raw.js";

let server: RunningEmulator;
beforeAll(async () => {
  server = await startEmulator({ transitionMs: 0 });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.emulator.reset());

const send = (action: string, query: Record<string, string | number>) =>
  sendRaw(server.url, { service: "cen", action, version: "2020-04-01", query });

describe("documented codes for broken input rules", () => {
  const cases: [string, string, Record<string, string | number>, number, string][] = [
    ["CreateCen", "a name starting with _", { CenName: "_x" }, 400, "InvalidName.Malformed"],
    ["CreateCen", "a description with !", { Description: "d!" }, 400, "InvalidDescription.Malformed"],
    ["CreateCen", "a volc: tag key", { "Tags.1.Key": "volc:x" }, 400, "InvalidTagKey.Malformed"],
    ["CreateCen", "Tags.2 without Tags.1", { "Tags.2.Key": "a" }, 400, "InvalidTag.Disorder"],
    [
      "CreateCen",
      "a ClientToken of 65 characters",
      { ClientToken: "t".repeat(65) },
      400,
      "InvalidParameter.ClientTokenMalformed",
    ],
    ["DescribeCens", "PageSize 101", { PageSize: 101 }, 400, "InvalidParameter"],
    ["DescribeCenAttributes", "no CenId", {}, 400, "MissingParameter"],
    [
      "ModifyCenBandwidthPackageAttributes",
      "Bandwidth 1",
      { CenBandwidthPackageId: "cbp-1", Bandwidth: 1 },
      400,
      "LimitExceeded.BandwidthOfBandwidthPackage",
    ],
    [
      "RenewCenBandwidthPackage",
      "Period 10 by month",
      { CenBandwidthPackageId: "cbp-1", Period: 10 },
      400,
      "InvalidCenBandwidthPackage.PeriodMalformed",
    ],
    [
      "RenewCenBandwidthPackage",
      "PeriodUnit Week",
      { CenBandwidthPackageId: "cbp-1", PeriodUnit: "Week" },
      400,
      "InvalidCenBandwidthPackage.PeriodUnitMalformed",
    ],
    [
      "SetCenBandwidthPackageRenewal",
      "RemainRenewTimes 0",
      { CenBandwidthPackageId: "cbp-1", RenewType: "Auto", RemainRenewTimes: 0 },
      400,
      "InvalidCenBandwidthPackage.RemainRenewTimesMalformed",
    ],
    [
      "CreateCenSummaryRouteEntry",
      "a malformed CIDR",
      { CenId: "cen-1", DestinationCidrBlock: "10.0.0.0/40" },
      400,
      "InvalidCidr.Malformed",
    ],
    [
      "CreateCenSummaryRouteEntry",
      "a description of 256",
      { CenId: "cen-1", DestinationCidrBlock: "10.0.0.0/8", Description: "d".repeat(256) },
      400,
      "InvalidDescription.Malformed",
    ],
    [
      "TagResources",
      "ResourceType CEN",
      { ResourceType: "CEN", "ResourceIds.1": "cen-1" },
      400,
      "InvalidResourceType.Malformed",
    ],
    [
      "TagResources",
      "21 tags",
      {
        ResourceType: "cen",
        "ResourceIds.1": "cen-1",
        ...Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`Tags.${i + 1}.Key`, `k${i}`])),
      },
      400,
      "LimitExceeded.Tags",
    ],
    [
      "UntagResources",
      "51 resources",
      {
        ResourceType: "cen",
        "TagKeys.1": "a",
        ...Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`ResourceIds.${i + 1}`, `cen-${i}`])),
      },
      400,
      "LimitExceeded.Resource",
    ],
    [
      "UntagResources",
      "a sys: key",
      { ResourceType: "cen", "ResourceIds.1": "cen-1", "TagKeys.1": "sys:a" },
      400,
      "InvalidTagKey.Malformed",
    ],
    [
      "ListTagsForResources",
      "ResourceType Cen",
      { ResourceType: "Cen" },
      400,
      "InvalidResourceType.Malformed",
    ],
    [
      "CreateCenServiceRouteEntry",
      "a CIDR outside 100.64.0.0/10",
      { CenId: "cen-1", DestinationCidrBlock: "10.0.0.0/8", ServiceRegionId: "r", ServiceVpcId: "v" },
      400,
      "InvalidParameter",
    ],
  ];
  for (const [action, rule, query, status, code] of cases) {
    it(`${action}: ${status} ${code} for ${rule}`, async () => {
      const answer = await send(action, query);
      expect([answer.status, codeOf(answer)]).toEqual([status, code]);
    });
  }
});

describe("flattened parameters", () => {
  it("reads TagFilters.N.Values.M and answers the documented Result shape", async () => {
    const CenId = server.emulator.addCen("cen-tagged");
    const volc = new VolcClient({ endpoint: server.url, credentials: EMULATOR_CREDENTIALS });
    try {
      await volc.send(TagResources, {
        ResourceType: "cen",
        ResourceIds: [CenId],
        Tags: [{ Key: "env", Value: "b" }],
      });
      const answer = await send("DescribeCens", {
        "TagFilters.1.Key": "env",
        "TagFilters.1.Values.1": "a",
        "TagFilters.1.Values.2": "b",
      });
      expect(answer.envelope.Result).toMatchObject({
        Cens: [{ CenId, Tags: [{ Key: "env", Value: "b" }] }],
        PageNumber: 1,
        PageSize: 20,
        TotalCount: 1,
      });
      const none = await volc.send(DescribeCens, { TagFilters: [{ Key: "env", Values: ["a"] }] });
      expect(none.TotalCount).toBe(0);
    } finally {
      await volc.close();
    }
  });

  it("reads PublishToInstances.N.InstanceType", async () => {
    const volc = new VolcClient({ endpoint: server.url, credentials: EMULATOR_CREDENTIALS });
    const CenId = server.emulator.addCen();
    try {
      const answer = await send("AttachInstanceToCen", {
        CenId,
        InstanceId: "vpc-1",
        InstanceRegionId: "cn-beijing",
        InstanceType: "VPC",
      });
      expect(answer.status).toBe(200);
      await volc.send(CreateCenServiceRouteEntry, {
        CenId,
        DestinationCidrBlock: "100.64.0.0/11",
        ServiceRegionId: "cn-beijing",
        ServiceVpcId: "vpc-1",
        PublishMode: "Custom",
        PublishToInstances: [{ InstanceId: "dcgw-1", InstanceRegionId: "cn-shanghai", InstanceType: "DCGW" }],
      });
      const listed = await send("DescribeCenServiceRouteEntries", { CenId });
      expect(listed.envelope.Result).toMatchObject({
        ServiceRouteEntries: [
          {
            PublishToInstances: [
              { InstanceId: "dcgw-1", InstanceRegionId: "cn-shanghai", InstanceType: "DCGW" },
            ],
          },
        ],
      });
    } finally {
      await volc.close();
    }
  });
});
