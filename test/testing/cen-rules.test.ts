// cen CreateCenBandwidthPackage, driven with raw GET requests: every documented rule answers with the
// seed's own code, and the business rules (CEN existence, region-set conflicts, quota, ClientToken)
// hold across requests.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/testing/index.js";
import { cenRequest, codeOf, sendRaw } from "./raw.js";

let server: RunningEmulator;
beforeAll(async () => {
  server = await startEmulator({ cens: ["cen-abc", "cen-def"], quotas: { cenBandwidthPackages: 3 } });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.emulator.reset());

const send = (query: Record<string, string | number | boolean>) => sendRaw(server.url, cenRequest(query));

describe("input rules, each with its documented code", () => {
  const cases: [string, Record<string, string | number | boolean>, number, string][] = [
    [
      "a name over 128 characters",
      { CenBandwidthPackageName: "n".repeat(129) },
      400,
      "InvalidName.Malformed",
    ],
    ["a name starting with a dot", { CenBandwidthPackageName: ".pkg" }, 400, "InvalidName.Malformed"],
    [
      "a description with a forbidden character",
      { Description: "bad*desc" },
      400,
      "InvalidDescription.Malformed",
    ],
    [
      "a description over 255 characters",
      { Description: "d".repeat(256) },
      400,
      "InvalidDescription.Malformed",
    ],
    [
      "Period 10 by month",
      { PeriodUnit: "Month", Period: 10 },
      400,
      "InvalidCenBandwidthPackage.PeriodMalformed",
    ],
    [
      "Period 4 by year",
      { PeriodUnit: "Year", Period: 4 },
      400,
      "InvalidCenBandwidthPackage.PeriodMalformed",
    ],
    ["Period that is not a number", { Period: "one" }, 400, "InvalidCenBandwidthPackage.PeriodMalformed"],
    ["PeriodUnit Week", { PeriodUnit: "Week" }, 400, "InvalidCenBandwidthPackage.PeriodUnitMalformed"],
    ["BillingType 2", { BillingType: 2 }, 400, "InvalidCenBandwidthPackage.BillingTypeMalformed"],
    ["Bandwidth 1", { Bandwidth: 1 }, 400, "LimitExceeded.BandwidthOfBandwidthPackage"],
    ["Bandwidth 10001", { Bandwidth: 10001 }, 400, "LimitExceeded.BandwidthOfBandwidthPackage"],
    ["Bandwidth that is not a number", { Bandwidth: "ten" }, 400, "InvalidParameter"],
    [
      "Asia to Asia",
      { LocalGeographicRegionSetId: "Asia", PeerGeographicRegionSetId: "Asia" },
      400,
      "InvalidBandwidthPackageRegionSetId.NotSupported",
    ],
    [
      "an unknown region set",
      { PeerGeographicRegionSetId: "Europe" },
      404,
      "InvalidGeographicRegionSetID.NotSupported",
    ],
    [
      "a tag key starting with volc:",
      { "Tags.1.Key": "VOLC:env", "Tags.1.Value": "x" },
      400,
      "InvalidTagKey.Malformed",
    ],
    ["a tag key with a forbidden character", { "Tags.1.Key": "env#1" }, 400, "InvalidTagKey.Malformed"],
    ["a duplicate tag key", { "Tags.1.Key": "env", "Tags.2.Key": "env" }, 400, "InvalidTagKey.Malformed"],
    ["a tag value without its key", { "Tags.1.Value": "prod" }, 400, "InvalidTagKey.Malformed"],
    [
      "a tag value with a trailing space",
      { "Tags.1.Key": "env", "Tags.1.Value": "prod " },
      400,
      "InvalidTagValue.Malformed",
    ],
    ["Tags.2 without Tags.1", { "Tags.2.Key": "env", "Tags.2.Value": "prod" }, 400, "InvalidTag.Disorder"],
    [
      "a ClientToken over 64 characters",
      { ClientToken: "t".repeat(65) },
      400,
      "InvalidParameter.ClientTokenMalformed",
    ],
    ["a non-ASCII ClientToken", { ClientToken: "令牌" }, 400, "InvalidParameter.ClientTokenMalformed"],
    ["an unknown parameter", { Bandwith: 5 }, 400, "InvalidParameter"],
  ];
  for (const [name, query, status, code] of cases) {
    it(`answers ${status} ${code} for ${name}`, async () => {
      const answer = await send(query);
      expect(answer.status).toBe(status);
      expect(codeOf(answer)).toBe(code);
      expect(server.emulator.state.cenBandwidthPackages.size).toBe(0);
    });
  }

  it("answers LimitExceeded.Tags for 21 tags", async () => {
    const tags: Record<string, string> = {};
    for (let i = 1; i <= 21; i++) tags[`Tags.${i}.Key`] = `k${i}`;
    const answer = await send(tags);
    expect([answer.status, codeOf(answer)]).toEqual([400, "LimitExceeded.Tags"]);
  });

  it("answers MissingParameter naming a missing region set", async () => {
    const answer = await sendRaw(
      server.url,
      cenRequest({}, { query: { LocalGeographicRegionSetId: "China" } }),
    );
    expect([answer.status, codeOf(answer)]).toEqual([400, "MissingParameter"]);
    expect(answer.envelope.ResponseMetadata.Error?.Message).toContain("PeerGeographicRegionSetId");
  });

  it("puts what was wrong in the message after the documented text", async () => {
    const answer = await send({ PeriodUnit: "Month", Period: 10 });
    expect(answer.envelope.ResponseMetadata.Error?.Message).toBe(
      "Specified Period is invalid. Period: with PeriodUnit Month, Period must be 1–9, 12, 24 or 36; got 10.",
    );
  });

  it("reads numbers from the query as the schema's integers and keeps the package with defaults", async () => {
    const answer = await send({
      Bandwidth: 10,
      PeriodUnit: "Year",
      Period: 2,
      CenBandwidthPackageName: "跨境-pkg_1",
      "Tags.1.Key": "env",
      "Tags.1.Value": "prod",
      "Tags.2.Key": "team",
    });
    expect(answer.status).toBe(200);
    const id = answer.envelope.Result?.CenBandwidthPackageId as string;
    expect(server.emulator.state.cenBandwidthPackages.get(id)).toMatchObject({
      CenBandwidthPackageId: id,
      CenBandwidthPackageName: "跨境-pkg_1",
      Bandwidth: 10,
      Period: 2,
      PeriodUnit: "Year",
      BillingType: 1,
      ProjectName: "default",
      Description: "",
      Status: "Creating", // then Available, once transitionMs has passed
      Tags: [
        { Key: "env", Value: "prod" },
        { Key: "team", Value: "" },
      ],
    });
  });

  it("names a package without a name after its id, as documented", async () => {
    const answer = await send({});
    const id = answer.envelope.Result?.CenBandwidthPackageId as string;
    expect(server.emulator.state.cenBandwidthPackages.get(id)?.CenBandwidthPackageName).toBe(id);
  });
});

describe("business rules", () => {
  it("answers InvalidCen.NotFound 404 for an unknown CenId", async () => {
    const answer = await send({ CenId: "cen-nope" });
    expect([answer.status, codeOf(answer)]).toEqual([404, "InvalidCen.NotFound"]);
  });

  it("accepts a CEN added after start", async () => {
    const id = server.emulator.addCen();
    expect(id).toMatch(/^cen-[a-z0-9]{18}$/);
    expect((await send({ CenId: id })).status).toBe(200);
  });

  it("answers RegionSetConflict 409 for a second package on the same CEN and region pair, in either order", async () => {
    expect((await send({ CenId: "cen-abc" })).status).toBe(200);
    const same = await send({ CenId: "cen-abc" });
    expect([same.status, codeOf(same)]).toEqual([409, "InvalidCenBandwidthPackage.RegionSetConflict"]);
    const reversed = await send({
      CenId: "cen-abc",
      LocalGeographicRegionSetId: "Asia",
      PeerGeographicRegionSetId: "China",
    });
    expect(codeOf(reversed)).toBe("InvalidCenBandwidthPackage.RegionSetConflict");
    // Another pair on the same CEN, the same pair on another CEN, or no CEN: all fine.
    expect((await send({ CenId: "cen-abc", PeerGeographicRegionSetId: "China" })).status).toBe(200);
    expect((await send({ CenId: "cen-def" })).status).toBe(200);
  });

  it("answers QuotaExceeded.CenBandwidthPackage past the configured quota", async () => {
    for (let i = 0; i < 3; i++) expect((await send({})).status).toBe(200);
    const answer = await send({});
    expect([answer.status, codeOf(answer)]).toEqual([400, "QuotaExceeded.CenBandwidthPackage"]);
    expect(server.emulator.state.cenBandwidthPackages.size).toBe(3);
  });
});

describe("ClientToken", () => {
  it("answers the same token with the same parameters with the same package, creating one", async () => {
    const first = await send({ ClientToken: "tok-1", Bandwidth: 5, CenBandwidthPackageName: "once" });
    const again = await send({ ClientToken: "tok-1", Bandwidth: 5, CenBandwidthPackageName: "once" });
    expect(again.status).toBe(200);
    expect(again.envelope.Result).toEqual(first.envelope.Result);
    expect(again.envelope.ResponseMetadata.RequestId).not.toBe(first.envelope.ResponseMetadata.RequestId);
    expect(server.emulator.state.cenBandwidthPackages.size).toBe(1);
    expect(server.emulator.countCreatedByName("once")).toBe(1);
    expect(server.emulator.stats).toMatchObject({ clientTokens: { "tok-1": 2 }, idempotentReplays: 1 });
  });

  it("replays before the business checks: a replay does not conflict with its own package", async () => {
    const first = await send({ ClientToken: "tok-cen", CenId: "cen-abc" });
    const again = await send({ ClientToken: "tok-cen", CenId: "cen-abc" });
    expect(again.envelope.Result).toEqual(first.envelope.Result);
  });

  it("answers IdempotentParameterMismatch 400 for the same token with other parameters", async () => {
    await send({ ClientToken: "tok-2", Bandwidth: 5 });
    const other = await send({ ClientToken: "tok-2", Bandwidth: 6 });
    expect([other.status, codeOf(other)]).toEqual([400, "IdempotentParameterMismatch"]);
    expect(server.emulator.state.cenBandwidthPackages.size).toBe(1);
  });

  it("does not remember a token whose request failed", async () => {
    expect(codeOf(await send({ ClientToken: "tok-3", CenId: "cen-nope" }))).toBe("InvalidCen.NotFound");
    expect((await send({ ClientToken: "tok-3" })).status).toBe(200);
  });
});
