// Proxies, through a real forwarding proxy on loopback: a CONNECT tunnel for https endpoints, absolute-form
// requests for http ones; every way to name one; NO_PROXY; credentials in the proxy URL, which never
// appear in an error or a log line.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  ConnectionError,
  type NodeVolcClientOptions,
  UndiciTransport,
  type UndiciTransportOptions,
  VolcClient,
} from "../../src/index.js";
import { GetCallerIdentity } from "../../src/services/sts/index.js";
import {
  createOidcToken,
  EMULATOR_CREDENTIALS,
  type RunningEmulator,
  startEmulator,
  startImdsEmulator,
} from "../../src/testing/index.js";
import { renderings } from "../helpers/renderings.js";
import {
  capturingLogger,
  LOOPBACK_TLS,
  NOTHING,
  type RunningProxy,
  startProxy,
  tempDir,
  writeIn,
} from "./helpers.js";

const PASSWORD = "pr0xy-s3cret-pw";
const AUTH = `Basic ${Buffer.from(`alice:${PASSWORD}`).toString("base64")}`;

let https: RunningEmulator;
let http: RunningEmulator;
let proxy: RunningProxy;
let guarded: RunningProxy;
const clients: VolcClient[] = [];

beforeAll(async () => {
  https = await startEmulator({ tls: LOOPBACK_TLS });
  http = await startEmulator({ emulator: https.emulator });
  proxy = await startProxy();
  guarded = await startProxy({ auth: AUTH });
});
afterAll(async () => {
  await Promise.all([https.close(), http.close(), proxy.close(), guarded.close()]);
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  (proxy.seen as unknown[]).length = 0;
  (guarded.seen as unknown[]).length = 0;
});

/** A client of the http emulator through the default transport, its proxies from `options` and `env`. */
function viaDefault(options: NodeVolcClientOptions = {}): VolcClient {
  const volc = new VolcClient({
    endpoint: http.url,
    credentials: EMULATOR_CREDENTIALS,
    logLevel: "off",
    ...options,
    env: { ...NOTHING, ...options.env },
  });
  clients.push(volc);
  return volc;
}

/** A client of the https emulator through an undici transport that trusts the test certificate. */
function viaTls(transport: UndiciTransportOptions, options: NodeVolcClientOptions = {}): VolcClient {
  const volc = new VolcClient({
    endpoint: https.url,
    credentials: EMULATOR_CREDENTIALS,
    transport: new UndiciTransport({ ca: LOOPBACK_TLS.cert, env: {}, ...transport }),
    logLevel: "off",
    ...options,
  });
  clients.push(volc);
  return volc;
}

const target = (url: string) => new URL(url).host;
const trn = `trn:iam::2100000000:user/${EMULATOR_CREDENTIALS.accessKeyId}`;

describe("requests go through the proxy", () => {
  it("https: a CONNECT tunnel to the endpoint (HTTPS_PROXY)", async () => {
    const volc = viaTls({ env: { HTTPS_PROXY: proxy.url } });
    expect((await volc.send(GetCallerIdentity)).Trn).toBe(trn);
    expect(proxy.seen).toEqual([{ kind: "connect", target: target(https.url), authorization: undefined }]);
  });

  it("http: absolute-form requests (HTTP_PROXY, either case), through the default transport", async () => {
    for (const env of [{ HTTP_PROXY: proxy.url }, { http_proxy: proxy.url }]) {
      (proxy.seen as unknown[]).length = 0;
      expect((await viaDefault({ env }).send(GetCallerIdentity)).Trn).toBe(trn);
      expect(proxy.seen).toEqual([
        {
          kind: "absolute",
          target: `${http.url}/?Action=GetCallerIdentity&Version=2018-01-01`,
          authorization: undefined,
        },
      ]);
    }
  });

  it("named by the proxy option, VOLC_PROXY_HOST / VOLC_PROXY_PORT, or the CLI profile's http-proxy", async () => {
    const dir = await tempDir();
    const file = await writeIn(dir, "config.json", {
      current: "p",
      profiles: {
        p: { "access-key": "AKLTEmulatorTestKey", "secret-key": "emulator-secret", "http-proxy": proxy.url },
      },
    });
    const ways: NodeVolcClientOptions[] = [
      { proxy: proxy.url },
      { proxy: { http: proxy.url } },
      { env: { VOLC_PROXY_HOST: "127.0.0.1", VOLC_PROXY_PORT: String(proxy.port) } },
      { env: { VOLCENGINE_CLI_CONFIG_FILE: file }, credentials: undefined },
    ];
    for (const way of ways) {
      (proxy.seen as unknown[]).length = 0;
      expect((await viaDefault(way).send(GetCallerIdentity)).Trn).toBe(trn);
      expect(proxy.seen.map((s) => s.kind)).toEqual(["absolute"]);
    }
  });

  it("the option wins over the environment; proxy: false turns every proxy off", async () => {
    const dead = "http://127.0.0.1:9";
    await viaDefault({ proxy: proxy.url, env: { HTTP_PROXY: dead } }).send(GetCallerIdentity);
    expect(proxy.seen).toHaveLength(1);
    await viaDefault({ proxy: false, env: { HTTP_PROXY: dead, VOLC_PROXY_PORT: "9" } }).send(
      GetCallerIdentity,
    );
    expect(proxy.seen).toHaveLength(1);
  });

  it("NO_PROXY exempts hosts (by name, suffix or port); another port is still proxied", async () => {
    for (const noProxy of ["127.0.0.1", `127.0.0.1:${new URL(http.url).port}`, "*", "localhost,127.0.0.1"]) {
      await viaDefault({ env: { HTTP_PROXY: proxy.url, NO_PROXY: noProxy } }).send(GetCallerIdentity);
    }
    expect(proxy.seen).toEqual([]);
    await viaDefault({ env: { HTTP_PROXY: proxy.url, no_proxy: "127.0.0.1:1" } }).send(GetCallerIdentity);
    expect(proxy.seen).toHaveLength(1);
  });

  it("the credential chain's STS calls go through it; the ECS metadata service never does", async () => {
    const token = createOidcToken();
    const role = "trn:iam::2100000000:role/ci";
    https.emulator.addRole(role);
    https.emulator.trustOidcToken(token);
    const dir = await tempDir();
    const tokenFile = await writeIn(dir, "token", token);
    const oidc = viaDefault({
      credentials: undefined,
      env: { HTTP_PROXY: proxy.url, VOLCENGINE_OIDC_ROLE_TRN: role, VOLCENGINE_OIDC_TOKEN_FILE: tokenFile },
    });
    await oidc.send(GetCallerIdentity);
    expect(proxy.seen.map((s) => new URL(s.target).searchParams.get("Action"))).toEqual([
      "AssumeRoleWithOIDC",
      "GetCallerIdentity",
    ]);
    (proxy.seen as unknown[]).length = 0;
    const imds = await startImdsEmulator({ role: "web", emulator: https.emulator });
    try {
      const ecs = viaDefault({
        credentials: undefined,
        env: {
          HTTP_PROXY: proxy.url,
          VOLCENGINE_ECS_METADATA_DISABLED: undefined,
          VOLCENGINE_ECS_METADATA_ENDPOINT: imds.url,
        },
      });
      await ecs.send(GetCallerIdentity);
      expect(proxy.seen.map((s) => new URL(s.target).searchParams.get("Action"))).toEqual([
        "GetCallerIdentity",
      ]);
      expect(imds.requests).toHaveLength(3);
    } finally {
      await imds.close();
    }
  });
});

describe("a proxy that wants credentials", () => {
  const withPassword = (url: string) => url.replace("http://", `http://alice:${PASSWORD}@`);

  it("gets them from the proxy URL, for tunnels and absolute-form requests alike", async () => {
    await viaDefault({ env: { HTTP_PROXY: withPassword(guarded.url) } }).send(GetCallerIdentity);
    await viaTls({ proxy: withPassword(guarded.url) }).send(GetCallerIdentity);
    expect(guarded.seen.map((s) => [s.kind, s.authorization])).toEqual([
      ["absolute", AUTH],
      ["connect", AUTH],
    ]);
  });

  it("refusing them (407) is a ConnectionError that says nothing was sent, and shows no password anywhere", async () => {
    const wrong = guarded.url.replace("http://", "http://alice:wrong-pw-9z@");
    const log = capturingLogger();
    const errors: unknown[] = [];
    for (const volc of [
      viaDefault({ env: { HTTP_PROXY: wrong, HTTPS_PROXY: wrong }, logger: log.logger, logLevel: "debug" }),
      viaTls({ proxy: wrong, logger: log.logger }, { logger: log.logger, logLevel: "debug" }),
    ]) {
      const error = await volc.send(GetCallerIdentity).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error).toMatchObject({ requestMayHaveBeenSent: false, code: "PROXY_407" });
      expect((error as Error).message).toContain(`The proxy ${guarded.url} refused the request`);
      errors.push(error);
    }
    const warnings = log.lines.filter((l) => l.level === "warn").map((l) => l.message);
    expect(warnings.length).toBeGreaterThanOrEqual(2);
    for (const line of warnings)
      expect(line).toContain(`the request through the proxy ${guarded.url} failed`);
    const shown = [log.text(), ...errors.map(renderings)].join("\n");
    expect(shown).not.toContain("wrong-pw-9z");
    expect(shown).not.toContain("alice:");
  });

  it("an unreachable proxy is a ConnectionError (not sent), logged at warn without its password", async () => {
    const log = capturingLogger();
    const volc = viaDefault({
      env: { HTTP_PROXY: `http://alice:${PASSWORD}@127.0.0.1:9` },
      logger: log.logger,
      logLevel: "warn",
    });
    const error = await volc.send(GetCallerIdentity, undefined, { maxAttempts: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ requestMayHaveBeenSent: false, code: "ECONNREFUSED" });
    expect(log.lines.map((l) => l.level)).toEqual(["warn"]);
    expect(log.text()).toContain("the request through the proxy http://127.0.0.1:9 failed");
    expect([log.text(), renderings(error)].join("\n")).not.toContain(PASSWORD);
  });
});

describe("proxy settings that cannot work", () => {
  it("are refused at the first call, naming where they came from, never quoting them", async () => {
    const error = await viaDefault({
      env: { HTTPS_PROXY: `socks9://bob:${PASSWORD}@x` },
      endpoint: https.url,
    })
      .send(GetCallerIdentity)
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain("HTTPS_PROXY: must be an http(s) proxy URL");
    expect(renderings(error)).not.toContain(PASSWORD);
  });
});
