// The default credential chain of `volcengine-ts`, end to end over loopback: every source (environment,
// OIDC, the CLI configuration in each mode, ~/.volc/config, the ECS instance role) signs real calls that
// the emulator verifies; their precedence; a configured source that fails; refreshes.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AttemptEvent } from "../../src/client/attempt-event.js";
import { CredentialsError, ServiceError, VolcClient, type VolcClientOptions } from "../../src/index.js";
import { GetCallerIdentity } from "../../src/services/sts/index.js";
import {
  createOidcToken,
  EMULATOR_CREDENTIALS,
  EMULATOR_STS_CREDENTIALS,
  type RunningEmulator,
  type RunningImds,
  startEmulator,
  startImdsEmulator,
} from "../../src/testing/index.js";
import { NOTHING, tempDir, writeIn } from "./helpers.js";

const ROLE = "trn:iam::2100000000:role/ci";
const LEGACY = { accessKeyId: "AKLTLegacyKey", secretKey: "legacy-secret" };
const USER = (ak: string) => `trn:iam::2100000000:user/${ak}`;
const SESSION = (role: string) => new RegExp(`^trn:sts::2100000000:assumed-role/${role}/`);

let server: RunningEmulator;
let imds: RunningImds;
let dir: string;
let clients: VolcClient[] = [];

beforeAll(async () => {
  server = await startEmulator({
    roles: [ROLE],
    credentials: [EMULATOR_CREDENTIALS, EMULATOR_STS_CREDENTIALS, LEGACY],
  });
  imds = await startImdsEmulator({ role: "web", emulator: server.emulator });
});
afterAll(async () => {
  await Promise.all([server.close(), imds.close()]);
});
beforeEach(async () => {
  await Promise.all(clients.map((c) => c.close()));
  clients = [];
  dir = await tempDir();
});

/** A client of the emulator whose credentials come from the default chain, reading `env` only. */
function client(env: Record<string, string | undefined>, options: VolcClientOptions = {}): VolcClient {
  const volc = new VolcClient({
    endpoint: server.url,
    env: { ...NOTHING, ...env },
    logLevel: "off",
    ...options,
  });
  clients.push(volc);
  return volc;
}

const whoAmI = async (volc: VolcClient) => (await volc.send(GetCallerIdentity)).Trn;

/** A token file holding an OIDC token the emulator trusts. */
async function trustedTokenFile(name = "token"): Promise<{ file: string; token: string }> {
  const token = createOidcToken({ sub: "system:serviceaccount:default:ci" });
  server.emulator.trustOidcToken(token);
  return { file: await writeIn(dir, name, `${token}\n`), token };
}

/** Writes a CLI configuration with these profiles (the first is `current`); returns its path. */
async function cliConfig(profiles: Record<string, Record<string, unknown>>, current?: string) {
  return writeIn(dir, "config.json", { current: current ?? Object.keys(profiles)[0], profiles });
}

const AK = { "access-key": EMULATOR_CREDENTIALS.accessKeyId, "secret-key": EMULATOR_CREDENTIALS.secretKey };

describe("each source of the chain signs real calls", () => {
  it("the environment: VOLCENGINE_*, the VOLCSTACK_* names (each falling back on its own), VOLC_*", async () => {
    const { accessKeyId: ak, secretKey: sk } = EMULATOR_CREDENTIALS;
    const sts = EMULATOR_STS_CREDENTIALS;
    expect(await whoAmI(client({ VOLCENGINE_ACCESS_KEY: ak, VOLCENGINE_SECRET_KEY: sk }))).toBe(USER(ak));
    expect(await whoAmI(client({ VOLCSTACK_ACCESS_KEY_ID: ak, VOLCSTACK_SECRET_ACCESS_KEY: sk }))).toBe(
      USER(ak),
    );
    expect(await whoAmI(client({ VOLCSTACK_ACCESS_KEY: ak, VOLCSTACK_SECRET_KEY: sk }))).toBe(USER(ak));
    // Mixed names, a session token from VOLCSTACK_SESSION_TOKEN; an empty variable counts as unset.
    const mixed = client({
      VOLCENGINE_ACCESS_KEY: "",
      VOLCSTACK_ACCESS_KEY_ID: sts.accessKeyId,
      VOLCENGINE_SECRET_KEY: sts.secretKey,
      VOLCSTACK_SESSION_TOKEN: sts.sessionToken,
    });
    expect(await whoAmI(mixed)).toBe(USER(sts.accessKeyId));
    expect(
      await whoAmI(client({ VOLC_ACCESSKEY: LEGACY.accessKeyId, VOLC_SECRETKEY: LEGACY.secretKey })),
    ).toBe(USER(LEGACY.accessKeyId));
    // VOLCENGINE_* wins over the older names.
    const both = client({
      VOLCENGINE_ACCESS_KEY: ak,
      VOLCENGINE_SECRET_KEY: sk,
      VOLC_ACCESSKEY: LEGACY.accessKeyId,
      VOLC_SECRETKEY: LEGACY.secretKey,
    });
    expect(await whoAmI(both)).toBe(USER(ak));
  });

  it("OIDC: AssumeRoleWithOIDC sent unsigned as a form, then calls signed with the role's keys", async () => {
    const { file, token } = await trustedTokenFile();
    const events: AttemptEvent[] = [];
    const volc = client(
      {
        VOLCENGINE_OIDC_ROLE_TRN: ROLE,
        VOLCENGINE_OIDC_TOKEN_FILE: file,
        VOLCENGINE_OIDC_ROLE_SESSION_NAME: "run-42",
      },
      { onAttempt: (e) => events.push(e) },
    );
    expect(await whoAmI(volc)).toBe("trn:sts::2100000000:assumed-role/ci/run-42");
    const [assume, call] = events;
    expect(assume).toMatchObject({ action: "AssumeRoleWithOIDC", status: 200 });
    expect(assume?.request.method).toBe("POST");
    expect(assume?.request.headers.authorization).toBeUndefined();
    expect(assume?.request.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    // The token travels in the body, never in the URL an event or a log line shows.
    expect(assume?.request.url).not.toContain(token.slice(0, 20));
    expect(call?.request.headers.authorization).toBe("[redacted]");
    expect(call?.request.headers["x-security-token"]).toBe("[redacted]");
  });

  it("OIDC: VOLCENGINE_OIDC_STS_ENDPOINT names where AssumeRoleWithOIDC goes", async () => {
    const { file } = await trustedTokenFile();
    const sts = await startEmulator({ emulator: server.emulator });
    try {
      const events: AttemptEvent[] = [];
      const volc = client(
        {
          VOLCENGINE_OIDC_ROLE_TRN: ROLE,
          VOLCENGINE_OIDC_TOKEN_FILE: file,
          VOLCENGINE_OIDC_STS_ENDPOINT: sts.url,
        },
        { onAttempt: (e) => events.push(e) },
      );
      expect(await whoAmI(volc)).toMatch(SESSION("ci"));
      expect(events.map((e) => [e.action, new URL(e.request.url).origin])).toEqual([
        ["AssumeRoleWithOIDC", sts.url],
        ["GetCallerIdentity", server.url],
      ]);
    } finally {
      await sts.close();
    }
  });

  describe("the CLI configuration, in each mode", () => {
    it("ak, from VOLCENGINE_CLI_CONFIG_FILE, profile from current", async () => {
      const file = await cliConfig({ dev: AK });
      expect(await whoAmI(client({ VOLCENGINE_CLI_CONFIG_FILE: file }))).toBe(
        USER(EMULATOR_CREDENTIALS.accessKeyId),
      );
    });

    it("ststoken: temporary keys with sts-expiration (seconds or milliseconds)", async () => {
      const issued = server.emulator.issueCredentials({ roleTrn: ROLE, sessionName: "cli" });
      const expires = Date.parse(issued.ExpiredTime);
      for (const stsExpiration of [Math.floor(expires / 1000), expires]) {
        const file = await cliConfig({
          temp: {
            mode: "StsToken",
            "access-key": issued.AccessKeyId,
            "secret-key": issued.SecretAccessKey,
            "session-token": issued.SessionToken,
            "sts-expiration": stsExpiration,
          },
        });
        expect(await whoAmI(client({ VOLCENGINE_CLI_CONFIG_FILE: file }))).toBe(
          "trn:sts::2100000000:assumed-role/ci/cli",
        );
      }
    });

    it("ramrolearn (and iamrole): AssumeRole signed with the profile's keys, by role-trn or account-id + role-name", async () => {
      const events: AttemptEvent[] = [];
      for (const profile of [
        { mode: "ramrolearn", ...AK, "role-trn": ROLE },
        { mode: "iamrole", ...AK, "account-id": "2100000000", "role-name": "ci" },
      ]) {
        const file = await cliConfig({ role: profile });
        const volc = client({ VOLCENGINE_CLI_CONFIG_FILE: file }, { onAttempt: (e) => events.push(e) });
        expect(await whoAmI(volc)).toMatch(SESSION("ci"));
      }
      expect(events.map((e) => e.action)).toEqual([
        "AssumeRole",
        "GetCallerIdentity",
        "AssumeRole",
        "GetCallerIdentity",
      ]);
    });

    it("oidc: role-trn and oidc-token-file", async () => {
      const { file: tokenFile } = await trustedTokenFile();
      const file = await cliConfig({ pod: { mode: "oidc", "role-trn": ROLE, "oidc-token-file": tokenFile } });
      expect(await whoAmI(client({ VOLCENGINE_CLI_CONFIG_FILE: file }))).toMatch(SESSION("ci"));
    });

    it("ecsrole: the instance role named in role-name, from the metadata service", async () => {
      const file = await cliConfig({ ecs: { mode: "ecsrole", "role-name": "web" } });
      const env = {
        VOLCENGINE_CLI_CONFIG_FILE: file,
        VOLCENGINE_ECS_METADATA_ENDPOINT: imds.url,
        VOLCENGINE_ECS_METADATA_DISABLED: undefined,
      };
      expect(await whoAmI(client(env))).toMatch(SESSION("web"));
    });

    it("sso: the temporary keys the CLI stored, while they are valid", async () => {
      const issued = server.emulator.issueCredentials({ roleTrn: ROLE, sessionName: "sso" });
      const sso = {
        mode: "sso",
        "access-key": issued.AccessKeyId,
        "secret-key": issued.SecretAccessKey,
        "session-token": issued.SessionToken,
        "sts-expiration": Math.floor(Date.parse(issued.ExpiredTime) / 1000),
      };
      const file = await cliConfig({ sso });
      expect(await whoAmI(client({ VOLCENGINE_CLI_CONFIG_FILE: file }))).toMatch(SESSION("ci"));
      const expired = await cliConfig({ sso: { ...sso, "sts-expiration": 1_700_000_000 } });
      const error = await whoAmI(client({ VOLCENGINE_CLI_CONFIG_FILE: expired })).catch((e) => e);
      expect(error).toBeInstanceOf(CredentialsError);
      expect(error.message).toContain("log in again with `ve sso login`");
    });

    it("picks the profile from VOLCENGINE_PROFILE, then VOLCSTACK_PROFILE, then current, then default", async () => {
      const sts = EMULATOR_STS_CREDENTIALS;
      const profiles = {
        a: AK,
        b: { "access-key": sts.accessKeyId, "secret-key": sts.secretKey, "session-token": sts.sessionToken },
        default: { "access-key": LEGACY.accessKeyId, "secret-key": LEGACY.secretKey },
      };
      const withCurrent = await writeIn(dir, "current.json", { current: "a", profiles });
      const noCurrent = await writeIn(dir, "no-current.json", { profiles });
      const who = (env: Record<string, string>) => whoAmI(client(env));
      expect(
        await who({
          VOLCENGINE_CLI_CONFIG_FILE: withCurrent,
          VOLCENGINE_PROFILE: "b",
          VOLCSTACK_PROFILE: "default",
        }),
      ).toBe(USER(sts.accessKeyId));
      expect(await who({ VOLCENGINE_CLI_CONFIG_FILE: withCurrent, VOLCSTACK_PROFILE: "b" })).toBe(
        USER(sts.accessKeyId),
      );
      expect(await who({ VOLCENGINE_CLI_CONFIG_FILE: withCurrent })).toBe(
        USER(EMULATOR_CREDENTIALS.accessKeyId),
      );
      expect(await who({ VOLCENGINE_CLI_CONFIG_FILE: noCurrent })).toBe(USER(LEGACY.accessKeyId));
      // The client's `profile` option wins over them all.
      const volc = new VolcClient({
        endpoint: server.url,
        env: { ...NOTHING, VOLCENGINE_CLI_CONFIG_FILE: withCurrent, VOLCENGINE_PROFILE: "a" },
        profile: "b",
      });
      clients.push(volc);
      expect(await whoAmI(volc)).toBe(USER(sts.accessKeyId));
    });

    it("is found at ~/.volcengine/config.json, home from HOME", async () => {
      await mkdir(join(dir, ".volcengine"));
      await writeFile(
        join(dir, ".volcengine", "config.json"),
        JSON.stringify({ current: "x", profiles: { x: AK } }),
      );
      expect(await whoAmI(client({ HOME: dir }))).toBe(USER(EMULATOR_CREDENTIALS.accessKeyId));
    });

    it("gives the client its region and endpoint too (options and variables first)", async () => {
      const file = await cliConfig({ dev: { ...AK, region: "cn-shanghai", endpoint: server.url } });
      const events: AttemptEvent[] = [];
      const volc = new VolcClient({
        env: { ...NOTHING, VOLCENGINE_CLI_CONFIG_FILE: file },
        onAttempt: (e) => events.push(e),
      });
      clients.push(volc);
      const identity = await volc.send(GetCallerIdentity);
      expect(volc.region).toBe("cn-shanghai");
      expect(identity.$metadata.region).toBe("cn-shanghai");
      expect(new URL(events[0]?.request.url ?? "").origin).toBe(server.url);
      const overridden = new VolcClient({
        env: { ...NOTHING, VOLCENGINE_CLI_CONFIG_FILE: file, VOLCENGINE_REGION: "cn-guangzhou" },
      });
      clients.push(overridden);
      expect(overridden.region).toBe("cn-guangzhou");
    });
  });

  it("~/.volc/config, as older SDKs read it", async () => {
    await mkdir(join(dir, ".volc"));
    await writeFile(
      join(dir, ".volc", "config"),
      JSON.stringify({ VOLC_ACCESSKEY: LEGACY.accessKeyId, VOLC_SECRETKEY: LEGACY.secretKey }),
    );
    expect(await whoAmI(client({ HOME: dir }))).toBe(USER(LEGACY.accessKeyId));
  });

  it("the ECS instance role: IMDSv2 token, the role listed (or VOLCENGINE_ECS_METADATA), its keys", async () => {
    const before = imds.requests.length;
    const env = { VOLCENGINE_ECS_METADATA_DISABLED: undefined, VOLCENGINE_ECS_METADATA_ENDPOINT: imds.url };
    expect(await whoAmI(client(env))).toMatch(SESSION("web"));
    expect(imds.requests.slice(before)).toEqual([
      { method: "PUT", path: "/latest/api/token", withToken: false },
      {
        method: "GET",
        path: "/volcstack/latest/iam/security_credentials?type=user&format=json",
        withToken: true,
      },
      { method: "GET", path: "/volcstack/latest/iam/security_credentials/web", withToken: true },
    ]);
    const named = imds.requests.length;
    expect(await whoAmI(client({ ...env, VOLCENGINE_ECS_METADATA: "web" }))).toMatch(SESSION("web"));
    expect(imds.requests.slice(named).map((r) => r.path)).toEqual([
      "/latest/api/token",
      "/volcstack/latest/iam/security_credentials/web",
    ]);
  });

  it("the ECS instance role: a metadata service that fails once (HTTP 500) is asked again", async () => {
    imds.fail(500, 1);
    const env = { VOLCENGINE_ECS_METADATA_DISABLED: undefined, VOLCENGINE_ECS_METADATA_ENDPOINT: imds.url };
    expect(await whoAmI(client(env))).toMatch(SESSION("web"));
  });
});

describe("precedence: the first configured source decides", () => {
  it("environment → OIDC → CLI configuration → ~/.volc/config → ECS instance role", async () => {
    const { file: tokenFile } = await trustedTokenFile();
    const sts = EMULATOR_STS_CREDENTIALS;
    await mkdir(join(dir, ".volcengine"));
    await writeFile(
      join(dir, ".volcengine", "config.json"),
      JSON.stringify({
        current: "p",
        profiles: {
          p: {
            "access-key": sts.accessKeyId,
            "secret-key": sts.secretKey,
            "session-token": sts.sessionToken,
          },
        },
      }),
    );
    await mkdir(join(dir, ".volc"));
    await writeFile(
      join(dir, ".volc", "config"),
      JSON.stringify({ VOLC_ACCESSKEY: LEGACY.accessKeyId, VOLC_SECRETKEY: LEGACY.secretKey }),
    );
    const layers: [string, Record<string, string | undefined>, string | RegExp][] = [
      [
        "environment",
        {
          VOLCENGINE_ACCESS_KEY: EMULATOR_CREDENTIALS.accessKeyId,
          VOLCENGINE_SECRET_KEY: EMULATOR_CREDENTIALS.secretKey,
        },
        USER(EMULATOR_CREDENTIALS.accessKeyId),
      ],
      ["OIDC", { VOLCENGINE_OIDC_ROLE_TRN: ROLE, VOLCENGINE_OIDC_TOKEN_FILE: tokenFile }, SESSION("ci")],
      ["CLI configuration", { HOME: dir }, USER(sts.accessKeyId)],
      ["~/.volc/config", {}, USER(LEGACY.accessKeyId)],
      [
        "ECS instance role",
        { VOLCENGINE_ECS_METADATA_DISABLED: undefined, VOLCENGINE_ECS_METADATA_ENDPOINT: imds.url },
        SESSION("web"),
      ],
    ];
    const seen: string[] = [];
    for (let top = 0; top < layers.length; top++) {
      const env: Record<string, string | undefined> = {};
      for (const [, vars] of layers.slice(top)) Object.assign(env, vars);
      // Without its own layer the CLI configuration's file goes (the home holds both files).
      if (top >= 3) await writeFile(join(dir, ".volcengine", "config.json"), "{}");
      if (top >= 4) await writeFile(join(dir, ".volc", "config"), "");
      env.HOME = top <= 3 ? dir : join(dir, "empty-home");
      const trn = await whoAmI(client(env));
      const [name, , expected] = layers[top] as (typeof layers)[number];
      if (typeof expected === "string") expect(trn, name).toBe(expected);
      else expect(trn, name).toMatch(expected);
      seen.push(name);
    }
    expect(seen).toHaveLength(5);
  });
});

describe("a configured source that fails is a CredentialsError naming it: no fall-through", () => {
  const valid = {
    VOLCENGINE_ACCESS_KEY: EMULATOR_CREDENTIALS.accessKeyId,
    VOLCENGINE_SECRET_KEY: EMULATOR_CREDENTIALS.secretKey,
  };

  async function failure(env: Record<string, string | undefined>): Promise<CredentialsError> {
    const volc = client(env);
    const error = await volc.send(GetCallerIdentity).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as CredentialsError).attempts).toBeUndefined(); // the call itself sent nothing
    return error as CredentialsError;
  }

  it("the environment: an access key without its secret, though the CLI configuration is valid", async () => {
    const file = await cliConfig({ dev: AK });
    const error = await failure({ VOLCENGINE_ACCESS_KEY: "AKLTonly", VOLCENGINE_CLI_CONFIG_FILE: file });
    expect(error.message).toMatch(
      /^sts\.GetCallerIdentity: Credentials from the environment failed: No Volcengine credentials in the environment/,
    );
  });

  it("OIDC: no token file, or a token STS refuses (its ServiceError as the cause)", async () => {
    const missing = await failure({
      ...valid,
      VOLCENGINE_ACCESS_KEY: undefined,
      VOLCENGINE_SECRET_KEY: undefined,
      VOLCENGINE_OIDC_ROLE_TRN: ROLE,
      VOLCENGINE_OIDC_TOKEN_FILE: join(dir, "nope"),
    });
    expect(missing.message).toContain(
      `Credentials from OIDC failed: Could not read the OIDC token file ${join(dir, "nope")} (ENOENT)`,
    );
    const untrusted = await writeIn(dir, "untrusted", createOidcToken());
    const refused = await failure({ VOLCENGINE_OIDC_ROLE_TRN: ROLE, VOLCENGINE_OIDC_TOKEN_FILE: untrusted });
    expect(refused.message).toContain(
      `Could not assume role ${ROLE} with the OIDC token of ${untrusted}: sts.AssumeRoleWithOIDC failed with AccessDenied (HTTP 403)`,
    );
    expect(refused.cause).toBeInstanceOf(CredentialsError);
    expect((refused.cause as CredentialsError).cause).toBeInstanceOf(ServiceError);
    expect(refused.requestId).toMatch(/^\d{26}[0-9A-F]{6}$/);
    const half = await failure({ VOLCENGINE_OIDC_ROLE_TRN: ROLE });
    expect(half.message).toContain(
      "OIDC needs a role and a token file: VOLCENGINE_OIDC_TOKEN_FILE is not set",
    );
  });

  it("the CLI configuration: a chosen profile that is missing, a broken file, a mode without keys, an unsupported mode", async () => {
    const file = await cliConfig({
      dev: AK,
      empty: { region: "cn-beijing" },
      web: { mode: "console-login" },
      old: { ...AK, mode: "ststoken", "session-token": "x", "sts-expiration": 1_700_000_000 },
    });
    const cases: [Record<string, string>, RegExp][] = [
      [{ VOLCENGINE_PROFILE: "nope" }, /Credentials from the CLI configuration failed: No profile "nope" in/],
      [
        { VOLCENGINE_PROFILE: "empty" },
        /The profile "empty" of .* \(mode ak\) has no access-key and secret-key/,
      ],
      [
        { VOLCENGINE_PROFILE: "web" },
        /The profile "web" of .* \(mode console-login\): volcengine-ts does not support this mode/,
      ],
      [
        { VOLCENGINE_PROFILE: "old" },
        /The temporary keys of the profile "old" .* expired at 2023-11-14T22:13:20.000Z/,
      ],
    ];
    for (const [env, message] of cases) {
      const error = await failure({ VOLCENGINE_CLI_CONFIG_FILE: file, ...env });
      expect(error.message).toMatch(message);
    }
    const broken = await writeIn(dir, "broken.json", `{"profiles":{"x":{"secret-key":"SKverysecret"`);
    const error = await failure({ VOLCENGINE_CLI_CONFIG_FILE: broken });
    expect(error.message).toContain("is not valid JSON");
    expect(error.message).not.toContain("SKverysecret");
    // A file named on purpose that is not there.
    const gone = await failure({ VOLCENGINE_CLI_CONFIG_FILE: join(dir, "gone.json") });
    expect(gone.message).toContain(`No CLI configuration file at ${join(dir, "gone.json")}`);
  });

  it("~/.volc/config without the keys", async () => {
    await mkdir(join(dir, ".volc"));
    await writeFile(join(dir, ".volc", "config"), JSON.stringify({ VOLC_ACCESSKEY: "AKonly" }));
    const error = await failure({ HOME: dir });
    expect(error.message).toContain(
      "Credentials from ~/.volc/config failed: No VOLC_ACCESSKEY and VOLC_SECRETKEY in",
    );
  });

  it("the ECS instance role: a role the metadata service does not know, a service that keeps failing", async () => {
    const env = { VOLCENGINE_ECS_METADATA_DISABLED: undefined, VOLCENGINE_ECS_METADATA_ENDPOINT: imds.url };
    const unknown = await failure({ ...env, VOLCENGINE_ECS_METADATA: "db" });
    expect(unknown.message).toContain(
      `Credentials from the ECS instance role failed: ECS instance role: GET ${imds.url}/volcstack/latest/iam/security_credentials/db answered HTTP 404`,
    );
    const noRole = await startImdsEmulator({ role: null });
    try {
      const none = await failure({ ...env, VOLCENGINE_ECS_METADATA_ENDPOINT: noRole.url });
      expect(none.message).toContain("the instance has no role attached");
    } finally {
      await noRole.close();
    }
  });

  it("nothing configured: one error listing every source looked at", async () => {
    const error = await failure({});
    expect(error.message).toMatch(
      /No Volcengine credentials found\. Looked at the environment \(VOLCENGINE_ACCESS_KEY.*VOLC_ACCESSKEY.*not set\); OIDC \(VOLCENGINE_OIDC_ROLE_TRN and VOLCENGINE_OIDC_TOKEN_FILE not set\); the CLI configuration \(no file at \/nonexistent\/volcengine-ts-test-home\/\.volcengine\/config\.json\); ~\/\.volc\/config \(no file at \/nonexistent\/volcengine-ts-test-home\/\.volc\/config\); the ECS instance role \(turned off by VOLCENGINE_ECS_METADATA_DISABLED\)/,
    );
  });

  it("nothing configured, off ECS: a metadata service that cannot be reached means none, within its time limit", async () => {
    const closed = await startImdsEmulator();
    const url = closed.url;
    await closed.close();
    const started = Date.now();
    const error = await failure({
      VOLCENGINE_ECS_METADATA_DISABLED: undefined,
      VOLCENGINE_ECS_METADATA_ENDPOINT: url,
    });
    expect(error.message).toMatch(
      /No Volcengine credentials found\..*the ECS instance role \(the metadata service .* could not be reached \(ECONNREFUSED\); is this an ECS instance\?\)/,
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("the chain keeps the source that worked", () => {
  it("asks OIDC again at refresh time, even once the environment holds keys", async () => {
    let clock = Date.parse("2026-11-29T10:00:00Z");
    const now = () => clock;
    const token = createOidcToken();
    const local = await startEmulator({ roles: [ROLE], now, oidcTokens: [token] });
    try {
      const file = await writeIn(dir, "token", token);
      const env: Record<string, string | undefined> = {
        ...NOTHING,
        VOLCENGINE_OIDC_ROLE_TRN: ROLE,
        VOLCENGINE_OIDC_TOKEN_FILE: file,
      };
      const volc = new VolcClient({ endpoint: local.url, env, now });
      clients.push(volc);
      expect(await whoAmI(volc)).toMatch(SESSION("ci"));
      env.VOLCENGINE_ACCESS_KEY = EMULATOR_CREDENTIALS.accessKeyId;
      env.VOLCENGINE_SECRET_KEY = EMULATOR_CREDENTIALS.secretKey;
      clock += 3600_000 - 30_000; // 30 s before the role's keys expire
      expect(await whoAmI(volc)).toMatch(SESSION("ci"));
      expect(local.emulator.stats.requestsByAction.AssumeRoleWithOIDC).toBe(2);
    } finally {
      await local.close();
    }
  });
});
