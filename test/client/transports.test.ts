import { MockAgent } from "undici";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CredentialsError, type HttpRequest, VolcClient } from "../../src/index.js";
import { CreateCenBandwidthPackage } from "../../src/services/cen/index.js";
import { CreateNumberPool } from "../../src/services/vms/index.js";

const credentials = { accessKeyId: "AKLTtest", secretKey: "secret" };
const ok = (result: object) => ({
  ResponseMetadata: { RequestId: "rid-1", Action: "A", Version: "V", Service: "s", Region: "cn-beijing" },
  Result: result,
});

describe("an undici Dispatcher as transport (MockAgent)", () => {
  it("reaches each service's documented host with its documented method and shape", async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    const seen: {
      origin: string;
      method: string;
      path: string;
      body: unknown;
      headers: Record<string, string>;
    }[] = [];
    const answer =
      (origin: string, result: object) =>
      (opts: { method: string; path: string; body?: unknown; headers?: unknown }) => {
        seen.push({
          origin,
          method: opts.method,
          path: opts.path,
          body: opts.body,
          headers: opts.headers as Record<string, string>,
        });
        return { statusCode: 200, data: ok(result) };
      };
    agent
      .get("https://cloud-vms.volcengineapi.com")
      .intercept({ path: () => true, method: "POST" })
      .reply(answer("vms", { Name: "p", NumberPoolNo: "NP1", ServiceType: 100, SubServiceType: 101 }));
    agent
      .get("https://open.volcengineapi.com")
      .intercept({ path: () => true, method: "GET" })
      .reply(answer("cen", { CenBandwidthPackageId: "cbp-1" }));
    const volc = new VolcClient({ credentials, transport: agent });

    const pool = await volc.send(CreateNumberPool, { Name: "p", ServiceType: 100, SubServiceType: 101 });
    const pkg = await volc.send(CreateCenBandwidthPackage, {
      LocalGeographicRegionSetId: "China",
      PeerGeographicRegionSetId: "Asia",
      Tags: [{ Key: "env", Value: "prod" }],
    });
    await agent.close();

    expect(pool.NumberPoolNo).toBe("NP1");
    expect(pkg.CenBandwidthPackageId).toBe("cbp-1");
    expect(pkg.$metadata.requestId).toBe("rid-1");
    const [vms, cen] = seen;
    expect(vms?.path).toBe("/?Action=CreateNumberPool&Version=2022-01-01");
    expect(vms?.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(vms?.headers.Authorization).toMatch(
      /^HMAC-SHA256 Credential=AKLTtest\/\d{8}\/cn-beijing\/vms\/request, SignedHeaders=host;x-content-sha256;x-date, Signature=[0-9a-f]{64}$/,
    );
    expect(cen?.path).toMatch(
      /^\/\?Action=CreateCenBandwidthPackage&ClientToken=[0-9a-f-]{36}&LocalGeographicRegionSetId=China&PeerGeographicRegionSetId=Asia&Tags.1.Key=env&Tags.1.Value=prod&Version=2020-04-01$/,
    );
    expect(cen?.body).toBeUndefined();
    expect(cen?.headers.Authorization).toContain("/cn-beijing/cen/request");
  });
});

describe("a custom Transport", () => {
  it("receives exactly the signed bytes, and the region chosen", async () => {
    const sent: HttpRequest[] = [];
    const volc = new VolcClient({
      region: "cn-shanghai",
      credentials,
      endpoint: "https://gateway.example.com:8443/",
      transport: {
        async send(req) {
          sent.push(req);
          return {
            status: 200,
            headers: {},
            body: JSON.stringify(
              ok({ Name: "p", NumberPoolNo: "NP2", ServiceType: 100, SubServiceType: 101 }),
            ),
          };
        },
      },
    });
    await volc.send(CreateNumberPool, { Name: "号码池", ServiceType: 100, SubServiceType: 101 });
    const req = sent[0];
    expect(req?.url).toBe("https://gateway.example.com:8443/?Action=CreateNumberPool&Version=2022-01-01");
    expect(new TextDecoder().decode(req?.body)).toBe(
      '{"Name":"号码池","ServiceType":100,"SubServiceType":101}',
    );
    expect(req?.headers.Authorization).toContain("/cn-shanghai/vms/request");
  });
});

describe("credentials from the environment", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("are not needed to construct a client; the first call fails naming the variables, and sends nothing", async () => {
    for (const name of [
      "VOLCENGINE_ACCESS_KEY",
      "VOLCENGINE_SECRET_KEY",
      "VOLCENGINE_SESSION_TOKEN",
      "VOLC_ACCESSKEY",
      "VOLC_SECRETKEY",
    ]) {
      vi.stubEnv(name, "");
    }
    vi.stubEnv("HOME", "/nonexistent-home");
    vi.stubEnv("VOLCENGINE_PROFILE", "");
    let sent = 0;
    const volc = new VolcClient({
      transport: {
        async send() {
          sent++;
          throw new Error("must not be called");
        },
      },
    });
    const err = await volc
      .send(CreateNumberPool, { Name: "p", ServiceType: 100, SubServiceType: 101 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CredentialsError);
    expect((err as Error).message).toContain("VOLCENGINE_ACCESS_KEY");
    expect((err as Error).message).toContain("VOLC_ACCESSKEY");
    expect(sent).toBe(0);
  });

  it("are read from VOLCENGINE_* at the first call", async () => {
    vi.stubEnv("VOLCENGINE_ACCESS_KEY", "AKLTfromEnv");
    vi.stubEnv("VOLCENGINE_SECRET_KEY", "sk");
    vi.stubEnv("VOLCENGINE_SESSION_TOKEN", "tok");
    const headers: Record<string, string>[] = [];
    const volc = new VolcClient({
      transport: {
        async send(req) {
          headers.push(req.headers);
          const pool = { Name: "p", NumberPoolNo: "NP1", ServiceType: 100, SubServiceType: 101 };
          return { status: 200, headers: {}, body: JSON.stringify(ok(pool)) };
        },
      },
    });
    await volc.send(CreateNumberPool, { Name: "p", ServiceType: 100, SubServiceType: 101 });
    expect(headers[0]?.Authorization).toContain("Credential=AKLTfromEnv/");
    expect(headers[0]?.["X-Security-Token"]).toBe("tok");
  });
});

describe("close()", () => {
  it("makes later calls fail with a VolcError", async () => {
    const volc = new VolcClient({ credentials });
    await volc.close();
    await expect(
      volc.send(CreateNumberPool, { Name: "p", ServiceType: 100, SubServiceType: 101 }),
    ).rejects.toThrow(/closed/);
  });
});
