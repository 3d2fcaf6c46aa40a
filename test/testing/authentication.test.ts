// The emulator authenticates like the gateway: every failure is driven with raw signed requests over
// loopback and must come back with the documented status, Code and CodeN.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/signing/index.js";
import {
  EMULATOR_CREDENTIALS,
  EMULATOR_STS_CREDENTIALS,
  type RunningEmulator,
  startEmulator,
} from "../../src/testing/index.js";
import { CEN, cenRequest, codeOf, sendRaw, vmsJsonRequest } from "./raw.js";

const NOW = Date.parse("2025-06-05T07:45:57Z");
let server: RunningEmulator;

beforeAll(async () => {
  server = await startEmulator({ now: () => NOW });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.emulator.reset());

const signedNow = { date: new Date(NOW) };

describe("a correctly signed request", () => {
  it("succeeds with the documented success envelope and a Date header from the emulator clock", async () => {
    const answer = await sendRaw(server.url, cenRequest({}, signedNow));
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.envelope)).toEqual(["ResponseMetadata", "Result"]);
    expect(answer.envelope.ResponseMetadata).toEqual({
      RequestId: expect.stringMatching(/^\d{26}[0-9A-F]{6}$/),
      Action: CEN.action,
      Version: CEN.version,
      Service: "cen",
      Region: "cn-beijing",
    });
    expect(answer.envelope.Result?.CenBandwidthPackageId).toMatch(/^cbp-[a-z0-9]{17}$/);
    expect(answer.headers.get("date")).toBe(new Date(NOW).toUTCString());
    expect(answer.headers.get("content-type")).toBe("application/json; charset=utf-8");
  });

  it("stamps the RequestId with the emulator's clock in Beijing time, unique per answer", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++)
      ids.add((await sendRaw(server.url, cenRequest({}, signedNow))).envelope.ResponseMetadata.RequestId);
    expect(ids.size).toBe(5);
    for (const id of ids) expect(id.startsWith("20250605154557000")).toBe(true);
  });

  it("accepts STS credentials with their session token signed", async () => {
    const answer = await sendRaw(
      server.url,
      cenRequest({}, { ...signedNow, credentials: EMULATOR_STS_CREDENTIALS }),
    );
    expect(answer.status).toBe(200);
  });

  it("accepts any region in the credential scope and echoes it", async () => {
    const answer = await sendRaw(server.url, cenRequest({}, { ...signedNow, region: "cn-shanghai" }));
    expect(answer.status).toBe(200);
    expect(answer.envelope.ResponseMetadata.Region).toBe("cn-shanghai");
  });

  it("accepts a query sent in another order than the canonical one (the server canonicalizes)", async () => {
    const answer = await sendRaw(
      server.url,
      cenRequest(
        {},
        {
          ...signedNow,
          sentQuery:
            "Version=2020-04-01&PeerGeographicRegionSetId=Asia&Action=CreateCenBandwidthPackage&LocalGeographicRegionSetId=China",
        },
      ),
    );
    expect(answer.status).toBe(200);
  });
});

describe("authentication failures", () => {
  const cases: {
    name: string;
    request: Parameters<typeof sendRaw>[1];
    status: number;
    code: string;
    codeN?: number;
  }[] = [
    {
      name: "no Authorization header",
      request: cenRequest({}, { ...signedNow, mutate: (h) => delete h.Authorization }),
      status: 401,
      code: "MissingSignature",
      codeN: 100005,
    },
    {
      name: "a malformed Authorization header",
      request: cenRequest({}, { ...signedNow, mutate: (h) => (h.Authorization = "Bearer abc") }),
      status: 401,
      code: "MissingAuthenticationToken",
      codeN: 100003,
    },
    {
      name: "an unknown access key",
      request: cenRequest({}, { ...signedNow, credentials: { accessKeyId: "AKLTnobody", secretKey: "x" } }),
      status: 401,
      code: "InvalidAccessKey",
      codeN: 100009,
    },
    {
      name: "a wrong secret key",
      request: cenRequest(
        {},
        { ...signedNow, credentials: { ...EMULATOR_CREDENTIALS, secretKey: "not-the-secret" } },
      ),
      status: 401,
      code: "SignatureDoesNotMatch",
      codeN: 100010,
    },
    {
      name: "a tampered body (one body signed, another sent)",
      request: vmsJsonRequest(
        { Name: "pool", ServiceType: 100, SubServiceType: 101 },
        { ...signedNow, signedBody: JSON.stringify({ Name: "pool", ServiceType: 100, SubServiceType: 102 }) },
      ),
      status: 401,
      code: "SignatureDoesNotMatch",
      codeN: 100010,
    },
    {
      name: "a tampered body whose X-Content-Sha256 is recomputed but not re-signed",
      request: vmsJsonRequest(
        { Name: "pool", ServiceType: 100, SubServiceType: 101 },
        {
          ...signedNow,
          signedBody: "{}",
          mutate: (h) => {
            h["X-Content-Sha256"] = sha256Hex(
              JSON.stringify({ Name: "pool", ServiceType: 100, SubServiceType: 101 }),
            );
          },
        },
      ),
      status: 401,
      code: "SignatureDoesNotMatch",
    },
    {
      name: "a tampered query",
      request: cenRequest(
        {},
        {
          ...signedNow,
          sentQuery:
            "Action=CreateCenBandwidthPackage&Bandwidth=10&LocalGeographicRegionSetId=China&PeerGeographicRegionSetId=Asia&Version=2020-04-01",
        },
      ),
      status: 401,
      code: "SignatureDoesNotMatch",
    },
    {
      name: "SignedHeaders that leave x-content-sha256 out",
      request: cenRequest(
        {},
        {
          ...signedNow,
          mutate: (h) =>
            (h.Authorization = h.Authorization!.replace("host;x-content-sha256;x-date", "host;x-date")),
        },
      ),
      status: 401,
      code: "SignatureDoesNotMatch",
    },
    {
      name: "a credential scope for another service",
      request: { ...cenRequest({}, signedNow), service: "vpc" },
      status: 404,
      code: "InvalidActionOrVersion",
      codeN: 100008,
    },
    {
      name: "a stale X-Date (16 minutes old)",
      request: cenRequest({}, { date: new Date(NOW - 16 * 60_000) }),
      status: 400,
      code: "InvalidTimestamp",
      codeN: 100006,
    },
    {
      name: "an X-Date 16 minutes in the future",
      request: cenRequest({}, { date: new Date(NOW + 16 * 60_000) }),
      status: 400,
      code: "InvalidTimestamp",
      codeN: 100006,
    },
    {
      name: "no X-Date",
      request: cenRequest({}, { ...signedNow, mutate: (h) => delete h["X-Date"] }),
      status: 400,
      code: "InvalidTimestamp",
    },
    {
      name: "an unreadable X-Date",
      request: cenRequest({}, { ...signedNow, mutate: (h) => (h["X-Date"] = "2025-06-05T07:45:57Z") }),
      status: 400,
      code: "InvalidTimestamp",
    },
    {
      name: "an STS key without its session token",
      request: cenRequest(
        {},
        {
          ...signedNow,
          credentials: {
            accessKeyId: EMULATOR_STS_CREDENTIALS.accessKeyId,
            secretKey: EMULATOR_STS_CREDENTIALS.secretKey,
          },
        },
      ),
      status: 401,
      code: "InvalidSecretToken",
    },
    {
      name: "an STS key with another session token",
      request: cenRequest(
        {},
        { ...signedNow, credentials: { ...EMULATOR_STS_CREDENTIALS, sessionToken: "STSforged" } },
      ),
      status: 401,
      code: "InvalidSecretToken",
    },
  ];

  for (const c of cases) {
    it(`answers ${c.status} ${c.code} for ${c.name}`, async () => {
      const answer = await sendRaw(server.url, c.request);
      expect(answer.status).toBe(c.status);
      expect(codeOf(answer)).toBe(c.code);
      if (c.codeN !== undefined) expect(answer.envelope.ResponseMetadata.Error?.CodeN).toBe(c.codeN);
      expect(answer.envelope.Result).toBeUndefined();
      expect(answer.headers.get("date")).toBe(new Date(NOW).toUTCString());
      expect(answer.envelope.ResponseMetadata.RequestId).toMatch(/^\d{26}[0-9A-F]{6}$/);
      expect(server.emulator.state.cenBandwidthPackages.size + server.emulator.state.numberPools.size).toBe(
        0,
      );
    });
  }

  it("accepts an X-Date just inside the 15-minute window", async () => {
    const answer = await sendRaw(server.url, cenRequest({}, { date: new Date(NOW - 14 * 60_000) }));
    expect(answer.status).toBe(200);
  });

  it("says in an InvalidTimestamp message how far off the clock is", async () => {
    const answer = await sendRaw(server.url, cenRequest({}, { date: new Date(NOW - 3600_000) }));
    expect(answer.envelope.ResponseMetadata.Error?.Message).toContain("3600 s behind");
  });

  it("fills the error envelope with the request's Action, Version, Service and Region", async () => {
    const answer = await sendRaw(
      server.url,
      cenRequest({}, { ...signedNow, credentials: { ...EMULATOR_CREDENTIALS, secretKey: "wrong" } }),
    );
    expect(answer.envelope).toEqual({
      ResponseMetadata: {
        RequestId: expect.any(String),
        Action: CEN.action,
        Version: CEN.version,
        Service: "cen",
        Region: "cn-beijing",
        Error: { Code: "SignatureDoesNotMatch", CodeN: 100010, Message: expect.any(String) },
      },
    });
  });
});
