// volc.call / callAction: any action, typed or not yet, sent the documented way, signed, retried only
// when it cannot have taken effect (or when said idempotent), errors typed, result unknown.
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { callAction, VolcClient as FetchVolcClient } from "../../src/fetch.js";
import { ServiceError, ValidationError, VolcClient } from "../../src/index.js";
import {
  createEmulator,
  EMULATOR_CREDENTIALS,
  emulatorTransport,
  type RunningEmulator,
  startEmulator,
} from "../../src/testing/index.js";
import { NOTHING, recording, type Sent } from "./helpers.js";

const CEN = { service: "cen", version: "2020-04-01", action: "CreateCenBandwidthPackage" } as const;
const VMS = {
  service: "vms",
  version: "2022-01-01",
  action: "CreateNumberPool",
  method: "POST",
  host: "cloud-vms.volcengineapi.com",
} as const;

let server: RunningEmulator;
let volc: VolcClient;
beforeAll(async () => {
  server = await startEmulator();
  volc = new VolcClient({
    endpoint: server.url,
    credentials: EMULATOR_CREDENTIALS,
    env: NOTHING,
    logLevel: "off",
    retryDelay: () => 0,
  });
});
afterAll(async () => {
  await volc.close();
  await server.close();
});
beforeEach(() => {
  server.emulator.reset();
});

describe("volc.call sends any action", () => {
  it("GET (the default): parameters flattened into the query, signed; the answer's Result, unchecked", async () => {
    const result = await volc.call(CEN, {
      LocalGeographicRegionSetId: "China",
      PeerGeographicRegionSetId: "Asia",
      CenBandwidthPackageName: "via-call",
      Tags: [{ Key: "env", Value: "prod" }],
    });
    expectTypeOf(result).toBeUnknown();
    const { CenBandwidthPackageId } = result as { CenBandwidthPackageId: string };
    const stored = server.emulator.state.cenBandwidthPackages.get(CenBandwidthPackageId);
    expect(stored).toMatchObject({
      CenBandwidthPackageName: "via-call",
      Tags: [{ Key: "env", Value: "prod" }],
    });
    expect((result as { $metadata: { requestId: string } }).$metadata.requestId).toMatch(
      /^\d{26}[0-9A-F]{6}$/,
    );
  });

  it("POST: parameters as a JSON body", async () => {
    const sent: Sent[] = [];
    const client = new VolcClient({
      credentials: EMULATOR_CREDENTIALS,
      transport: recording(emulatorTransport(server.emulator), sent),
      env: NOTHING,
    });
    const pool = (await client.call(VMS, { Name: "call-pool", ServiceType: 100, SubServiceType: 101 })) as {
      NumberPoolNo: string;
    };
    expect(server.emulator.state.numberPools.get(pool.NumberPoolNo)?.Name).toBe("call-pool");
    expect(sent[0]).toMatchObject({
      method: "POST",
      body: '{"Name":"call-pool","ServiceType":100,"SubServiceType":101}',
      headers: { "content-type": "application/json; charset=utf-8" },
    });
    expect(sent[0]?.url.href).toBe(
      "https://cloud-vms.volcengineapi.com/?Action=CreateNumberPool&Version=2022-01-01",
    );
    expect(sent[0]?.scope).toEqual({
      accessKeyId: EMULATOR_CREDENTIALS.accessKeyId,
      region: "cn-beijing",
      service: "vms",
    });
  });

  it("errors are typed as for send: an unknown action, a parameter the service refuses", async () => {
    const unknown = await volc.call({ ...CEN, action: "DescribeNothing" }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(ServiceError);
    expect(unknown).toMatchObject({
      code: "InvalidActionOrVersion",
      status: 404,
      service: "cen",
      action: "DescribeNothing",
    });
    const refused = await volc
      .call(CEN, { LocalGeographicRegionSetId: "Mars", PeerGeographicRegionSetId: "Asia" })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ServiceError);
    expect(refused).toMatchObject({ status: 404, code: "InvalidGeographicRegionSetID.NotSupported" });
  });
});

describe("retries: only when the request cannot have taken effect, unless said idempotent", () => {
  it("a 503 is not retried by default: the outcome is unknown", async () => {
    server.emulator.injectFaults([
      { kind: "error", status: 503, code: "ServiceUnavailable", phase: "after" },
    ]);
    const error = await volc
      .call(VMS, { Name: "maybe", ServiceType: 100, SubServiceType: 101 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: "ServiceUnavailable", attempts: 1, mayHaveSucceeded: true });
    expect((error as Error).message).toContain("the outcome is unknown");
    expect(server.emulator.countCreatedByName("maybe")).toBe(1);
  });

  it("idempotent: true retries any transient failure", async () => {
    server.emulator.injectFaults([{ kind: "error", status: 503, code: "ServiceUnavailable", times: 2 }]);
    const result = await volc.call({
      service: "sts",
      version: "2018-01-01",
      action: "GetCallerIdentity",
      idempotent: true,
    });
    expect(result).toMatchObject({ Trn: `trn:iam::2100000000:user/${EMULATOR_CREDENTIALS.accessKeyId}` });
    expect(server.emulator.stats.requests).toBe(3);
  });

  it("a throttled request (429) is retried either way: it was turned away before being processed", async () => {
    server.emulator.injectFaults([{ kind: "error", status: 429, code: "FlowLimitExceeded" }]);
    await volc.call(VMS, { Name: "throttled", ServiceType: 100, SubServiceType: 101 });
    expect(server.emulator.countCreatedByName("throttled")).toBe(1);
    expect(server.emulator.stats.requests).toBe(2);
  });
});

describe("checks, before anything is sent", () => {
  it("the parameters as an object of parameters, each problem at its wire path", async () => {
    const hostile = JSON.parse('{"A":{"__proto__":{"x":1}}}') as Record<string, unknown>;
    const cases: [unknown, { path: string; message: RegExp }[]][] = [
      ["text", [{ path: "(input)", message: /must be an object/ }]],
      [[1, 2], [{ path: "(input)", message: /must be an object/ }]],
      [
        { Fn: () => 1, N: Number.NaN, Big: 1n, Tags: [{ Key: Number.POSITIVE_INFINITY }] },
        [
          { path: "Fn", message: /cannot be sent: a function/ },
          { path: "N", message: /must be a finite number; got NaN/ },
          { path: "Big", message: /cannot be sent: a bigint/ },
          { path: "Tags.1.Key", message: /must be a finite number; got Infinity/ },
        ],
      ],
      [hostile, [{ path: "A.__proto__", message: /would reach an object's prototype/ }]],
      [{ Ids: new Array(10_001).fill("x") }, [{ path: "Ids.10001", message: /past 10000/ }]],
    ];
    for (const [params, issues] of cases) {
      const error = await volc.call(CEN, params as Record<string, unknown>).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual(
        issues.map((i) => ({ path: i.path, message: expect.stringMatching(i.message) })),
      );
    }
    expect(server.emulator.stats.requests).toBe(0);
  });

  it("the action: service, version and action names, method, host", async () => {
    const error = await volc
      .call({ service: "", version: "2020 04", action: "X", method: "PUT" as never, host: "https://x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual([
      "service",
      "version",
      "method",
      "host",
    ]);
  });
});

describe("the fetch entry", () => {
  it("has callAction, the same call as a function (its bundles keep it only when imported)", async () => {
    const emulator = createEmulator();
    const client = new FetchVolcClient({
      transport: emulatorTransport(emulator),
      credentials: EMULATOR_CREDENTIALS,
    });
    const result = (await callAction(client, CEN, {
      LocalGeographicRegionSetId: "China",
      PeerGeographicRegionSetId: "Asia",
    })) as {
      CenBandwidthPackageId: string;
    };
    expect(emulator.state.cenBandwidthPackages.has(result.CenBandwidthPackageId)).toBe(true);
  });
});
