// Region and endpoint rules: where each request goes and which region it is signed for, from the
// options, the environment, the CLI profile, the standard resolver and the bootstrap regions.
import { describe, expect, it } from "vitest";
import { VolcClient as FetchVolcClient } from "../../src/fetch.js";
import { type NodeVolcClientOptions, standardHost, ValidationError, VolcClient } from "../../src/index.js";
import { CreateNumberPool } from "../../src/services/vms/index.js";
import { EMULATOR_CREDENTIALS } from "../../src/testing/index.js";
import { NOTHING, recording, type Sent, tempDir, writeIn } from "./helpers.js";

const POOL = { Name: "p", NumberPoolNo: "NP1", ServiceType: 100, SubServiceType: 101 };

/** Where one vms call and one call to `service` (default cen) go, and the region they are signed for. */
async function where(
  options: NodeVolcClientOptions,
  service = "cen",
): Promise<{ vms: string; other: string; region: string | undefined }> {
  const sent: Sent[] = [];
  const volc = new VolcClient({
    credentials: EMULATOR_CREDENTIALS,
    transport: recording(undefined, sent, POOL),
    ...options,
    env: { ...NOTHING, ...options.env },
  });
  await volc.send(CreateNumberPool, { Name: "p", ServiceType: 100, SubServiceType: 101 });
  await volc.call({ service, version: "2020-04-01", action: "DescribeThings" });
  const [vms, other] = sent.map((s) => `${s.url.origin}${s.url.pathname}`);
  return { vms: vms ?? "", other: other ?? "", region: sent[0]?.scope?.region };
}

describe("endpoints, first rule that applies", () => {
  it("with nothing set: each operation's documented host (open.volcengineapi.com for call), https", async () => {
    expect(await where({})).toEqual({
      vms: "https://cloud-vms.volcengineapi.com/",
      other: "https://open.volcengineapi.com/",
      region: "cn-beijing",
    });
  });

  it("endpoints[service] beats endpoint, which beats VOLCENGINE_ENDPOINT, which beats the profile's", async () => {
    const dir = await tempDir();
    const file = await writeIn(dir, "config.json", {
      current: "p",
      profiles: { p: { endpoint: "profile.example" } },
    });
    const env = { VOLCENGINE_CLI_CONFIG_FILE: file, VOLCENGINE_ENDPOINT: "http://env.example:8080" };
    expect(
      await where({ env, endpoint: "https://option.example/gw", endpoints: { cen: "https://cen.example" } }),
    ).toMatchObject({
      vms: "https://option.example/gw",
      other: "https://cen.example/",
    });
    expect(await where({ env })).toMatchObject({
      vms: "http://env.example:8080/",
      other: "http://env.example:8080/",
    });
    // A bare host (as the ve CLI writes it) gets https, or http when the profile says disable-ssl.
    expect(await where({ env: { VOLCENGINE_CLI_CONFIG_FILE: file } })).toMatchObject({
      vms: "https://profile.example/",
    });
    const plain = await writeIn(dir, "plain.json", {
      current: "p",
      profiles: { p: { endpoint: "profile.example", "disable-ssl": true } },
    });
    expect(await where({ env: { VOLCENGINE_CLI_CONFIG_FILE: plain } })).toMatchObject({
      vms: "http://profile.example/",
    });
  });

  it("the standard resolver: {service}.{region}.volcengineapi.com, {service}.volcengineapi.com for global services", async () => {
    const expected = {
      vms: "https://vms.cn-shanghai.volcengineapi.com/",
      other: "https://cen.volcengineapi.com/",
    };
    expect(await where({ region: "cn-shanghai", endpointResolver: "standard" })).toMatchObject(expected);
    expect(
      await where({ region: "cn-shanghai", env: { VOLCENGINE_ENDPOINT_RESOLVER: "standard" } }),
    ).toMatchObject(expected);
    expect(
      await where({ region: "cn-shanghai", env: { VOLCENGINE_ENDPOINT: "auto-addressing" } }),
    ).toMatchObject(expected);
    const dir = await tempDir();
    const file = await writeIn(dir, "c.json", {
      current: "p",
      profiles: { p: { "endpoint-resolver": "standard" } },
    });
    expect(await where({ region: "cn-shanghai", env: { VOLCENGINE_CLI_CONFIG_FILE: file } })).toMatchObject(
      expected,
    );
    // The option "default" turns it off again; a named endpoint always wins over it.
    expect(
      await where({ endpointResolver: "default", env: { VOLCENGINE_ENDPOINT_RESOLVER: "standard" } }),
    ).toMatchObject({
      vms: "https://cloud-vms.volcengineapi.com/",
    });
    expect(await where({ endpointResolver: "standard", endpoint: "https://gw.example" })).toMatchObject({
      vms: "https://gw.example/",
    });
    // The service code in the host: lower case, `_` as `-` (the signing name stays as it is).
    expect(
      await where({ region: "ap-southeast-1", endpointResolver: "standard" }, "rds_mysql"),
    ).toMatchObject({
      other: "https://rds-mysql.ap-southeast-1.volcengineapi.com/",
    });
  });

  it("dual-stack: volcengine-api.com, from useDualStack, VOLC_ENABLE_DUALSTACK or the profile", async () => {
    const dual = {
      vms: "https://vms.cn-beijing.volcengine-api.com/",
      other: "https://cen.volcengine-api.com/",
    };
    expect(await where({ endpointResolver: "standard", useDualStack: true })).toMatchObject(dual);
    expect(
      await where({ endpointResolver: "standard", env: { VOLC_ENABLE_DUALSTACK: "true" } }),
    ).toMatchObject(dual);
    const dir = await tempDir();
    const file = await writeIn(dir, "c.json", { current: "p", profiles: { p: { "use-dual-stack": true } } });
    expect(
      await where({ endpointResolver: "standard", env: { VOLCENGINE_CLI_CONFIG_FILE: file } }),
    ).toMatchObject(dual);
    // Documented hosts do not change (as in the official SDKs, open.volcengineapi.com is never dual-stack).
    expect(await where({ useDualStack: true })).toMatchObject({
      vms: "https://cloud-vms.volcengineapi.com/",
    });
  });

  it("bootstrap regions: regional hosts even without the standard resolver (built in, or VOLC_BOOTSTRAP_REGION_LIST_CONF)", async () => {
    expect(await where({ region: "ap-southeast-2" })).toMatchObject({
      vms: "https://vms.ap-southeast-2.volcengineapi.com/",
      other: "https://cen.volcengineapi.com/",
      region: "ap-southeast-2",
    });
    const dir = await tempDir();
    const list = await writeIn(dir, "regions", "cn-private-1\n  cn-private-2 \n");
    expect(
      await where({ region: "cn-private-2", env: { VOLC_BOOTSTRAP_REGION_LIST_CONF: list } }),
    ).toMatchObject({
      vms: "https://vms.cn-private-2.volcengineapi.com/",
    });
    expect(await where({ region: "cn-private-2" })).toMatchObject({
      vms: "https://cloud-vms.volcengineapi.com/",
    });
  });

  it("standardHost, as exported", () => {
    expect(standardHost("vke", "cn-beijing")).toBe("vke.cn-beijing.volcengineapi.com");
    expect(standardHost("iam", "cn-beijing")).toBe("iam.volcengineapi.com");
    expect(standardHost("Volc_Observe", "cn-beijing", true)).toBe(
      "volc-observe.cn-beijing.volcengine-api.com",
    );
  });
});

describe("region: option → VOLCENGINE_REGION → profile region → cn-beijing", () => {
  it("signs for the region found first", async () => {
    const dir = await tempDir();
    const file = await writeIn(dir, "c.json", { current: "p", profiles: { p: { region: "cn-guangzhou" } } });
    const env = { VOLCENGINE_CLI_CONFIG_FILE: file, VOLCENGINE_REGION: "cn-shanghai" };
    expect((await where({ env, region: "ap-southeast-1" })).region).toBe("ap-southeast-1");
    expect((await where({ env })).region).toBe("cn-shanghai");
    expect((await where({ env: { VOLCENGINE_CLI_CONFIG_FILE: file } })).region).toBe("cn-guangzhou");
    expect((await where({})).region).toBe("cn-beijing");
  });
});

describe("settings that cannot work fail when the client is built, naming where they came from", () => {
  it("a region or endpoint from the environment or the profile", async () => {
    const bad = (env: Record<string, string>) => {
      try {
        new VolcClient({ env: { ...NOTHING, ...env } });
      } catch (error) {
        return error as ValidationError;
      }
      throw new Error("expected a ValidationError");
    };
    const region = bad({ VOLCENGINE_REGION: "cn beijing" });
    expect(region).toBeInstanceOf(ValidationError);
    expect(region.issues).toEqual([
      { path: "VOLCENGINE_REGION", message: 'must be a region id such as "cn-beijing"; got "cn beijing"' },
    ]);
    expect(bad({ VOLCENGINE_ENDPOINT: "ftp://x" }).issues).toEqual([
      { path: "VOLCENGINE_ENDPOINT", message: 'must use http or https; got "ftp"' },
    ]);
    const dir = await tempDir();
    const file = await writeIn(dir, "c.json", {
      current: "p",
      profiles: { p: { endpoint: "https://u:p@h" } },
    });
    expect(bad({ VOLCENGINE_CLI_CONFIG_FILE: file }).issues).toEqual([
      { path: "profile endpoint", message: "must not hold a user name or password" },
    ]);
  });

  it("Node-only options", () => {
    expect(() => new VolcClient({ endpointResolver: "fancy" as never })).toThrow(
      /endpointResolver: must be "standard" or "default"/,
    );
    expect(() => new VolcClient({ logLevel: "loud" as never })).toThrow(
      /logLevel: must be "debug", "info", "warn", "error" or "off"/,
    );
    expect(() => new VolcClient({ logger: {} as never })).toThrow(
      /logger: must have debug, info, warn and error methods/,
    );
    expect(() => new VolcClient({ endpoints: { cen: "nope" } })).toThrow(
      /endpoints: must be an object of http\(s\) URLs/,
    );
  });
});

describe("the fetch entry", () => {
  it("takes endpoint and endpoints from its options, and reads no variable or file for them", async () => {
    const sent: Sent[] = [];
    const volc = new FetchVolcClient({
      credentials: EMULATOR_CREDENTIALS,
      transport: recording(undefined, sent, POOL),
      env: { VOLCENGINE_ENDPOINT: "https://env.example", VOLCENGINE_REGION: "cn-shanghai" },
      endpoints: { vms: "https://vms.example" },
    });
    await volc.send(CreateNumberPool, { Name: "p", ServiceType: 100, SubServiceType: 101 });
    expect(sent[0]?.url.origin).toBe("https://vms.example");
    expect(sent[0]?.scope?.region).toBe("cn-beijing");
  });
});
