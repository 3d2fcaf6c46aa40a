// The emulator's sts (GetCallerIdentity, AssumeRole with session tags, AssumeRoleWithOIDC for the tokens
// it trusts) and the ECS metadata stand-in, driven over loopback, raw and through the client.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServiceError, VolcClient } from "../../src/index.js";
import { AssumeRole, AssumeRoleWithOIDC, GetCallerIdentity } from "../../src/services/sts/index.js";
import {
  createOidcToken,
  EMULATOR_CREDENTIALS,
  EMULATOR_STS_CREDENTIALS,
  type RunningEmulator,
  startEmulator,
  startImdsEmulator,
} from "../../src/testing/index.js";
import { codeOf, sendRaw } from "../testing/raw.js";
import { NOTHING } from "./helpers.js";

const ROLE = "trn:iam::2100000000:role/ci";
const OTHER = "trn:iam::2100000000:role/other";

let server: RunningEmulator;
let volc: VolcClient;
beforeAll(async () => {
  server = await startEmulator({ roles: [ROLE, OTHER] });
  volc = new VolcClient({
    endpoint: server.url,
    credentials: EMULATOR_CREDENTIALS,
    env: NOTHING,
    logLevel: "off",
  });
});
afterAll(async () => {
  await volc.close();
  await server.close();
});

/** An unsigned form POST, as the official SDKs send AssumeRoleWithOIDC. */
async function unsignedOidc(form: Record<string, string>) {
  const response = await fetch(`${server.url}/?Action=AssumeRoleWithOIDC&Version=2018-01-01`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, envelope: await response.json() };
}

describe("the emulator's sts", () => {
  it("GetCallerIdentity: the test keys are users of account 2100000000; minted keys are role sessions", async () => {
    expect(await volc.send(GetCallerIdentity)).toEqual({
      AccountId: 2100000000,
      IdentityId: expect.stringMatching(/^\d+$/),
      IdentityType: "User",
      Trn: `trn:iam::2100000000:user/${EMULATOR_CREDENTIALS.accessKeyId}`,
    });
    const sts = new VolcClient({ endpoint: server.url, credentials: EMULATOR_STS_CREDENTIALS, env: NOTHING });
    expect((await sts.send(GetCallerIdentity)).Trn).toBe(
      `trn:iam::2100000000:user/${EMULATOR_STS_CREDENTIALS.accessKeyId}`,
    );
    await sts.close();
    const { Credentials, AssumedRoleUser } = await volc.send(AssumeRole, {
      RoleTrn: ROLE,
      RoleSessionName: "who",
    });
    const session = new VolcClient({
      endpoint: server.url,
      env: NOTHING,
      credentials: {
        accessKeyId: Credentials.AccessKeyId,
        secretKey: Credentials.SecretAccessKey,
        sessionToken: Credentials.SessionToken,
      },
    });
    expect(await session.send(GetCallerIdentity)).toEqual({
      AccountId: 2100000000,
      IdentityId: AssumedRoleUser.AssumedRoleId,
      IdentityType: "AssumedRole",
      Trn: "trn:sts::2100000000:assumed-role/ci/who",
    });
    await session.close();
  });

  it("AssumeRole keeps the session tags with the session", async () => {
    const tags = [{ Key: "team", Value: "payments" }, { Key: "ci" }];
    const { Credentials } = await volc.send(AssumeRole, {
      RoleTrn: ROLE,
      RoleSessionName: "tagged",
      Tags: tags,
    });
    expect(server.emulator.identityOf(Credentials.AccessKeyId)?.Tags).toEqual([
      { Key: "team", Value: "payments" },
      { Key: "ci", Value: undefined },
    ]);
    // Sent raw, flattened as documented.
    const raw = await sendRaw(server.url, {
      action: "AssumeRole",
      version: "2018-01-01",
      service: "sts",
      query: { RoleTrn: ROLE, RoleSessionName: "raw", "Tags.1.Key": "k", "Tags.1.Value": "v" },
    });
    const key = (raw.envelope.Result as { Credentials: { AccessKeyId: string } }).Credentials.AccessKeyId;
    expect(server.emulator.identityOf(key)?.Tags).toEqual([{ Key: "k", Value: "v" }]);
  });

  describe("AssumeRoleWithOIDC", () => {
    it("answers an unsigned form POST for a trusted token, with the claims it read", async () => {
      const token = createOidcToken({ sub: "system:serviceaccount:ci:runner", iss: "https://oidc.vke.test" });
      server.emulator.trustOidcToken(token);
      const { status, envelope } = await unsignedOidc({
        RoleTrn: ROLE,
        OIDCToken: token,
        RoleSessionName: "pod",
      });
      expect(status).toBe(200);
      expect(envelope.ResponseMetadata).toMatchObject({ Action: "AssumeRoleWithOIDC", Service: "sts" });
      expect(envelope.Result).toEqual({
        Credentials: {
          AccessKeyId: expect.stringMatching(/^AKTP/),
          SecretAccessKey: expect.any(String),
          SessionToken: expect.stringMatching(/^STS2/),
          CurrentTime: expect.stringMatching(/\+08:00$/),
          ExpiredTime: expect.stringMatching(/\+08:00$/),
          Expiration: envelope.Result.Credentials.ExpiredTime,
        },
        AssumedRoleUser: {
          Trn: "trn:sts::2100000000:assumed-role/ci/pod",
          AssumedRoleId: expect.stringMatching(/:pod$/),
        },
        OIDCTokenInfo: {
          Subject: "system:serviceaccount:ci:runner",
          Issuer: "https://oidc.vke.test",
          ClientIds: ["sts.volcengineapi.com"],
        },
      });
    });

    it("through the client too (unsigned), and signed calls are accepted as well", async () => {
      const token = createOidcToken();
      server.emulator.trustOidcToken(token);
      const result = await volc.send(AssumeRoleWithOIDC, {
        RoleTrn: ROLE,
        OIDCToken: token,
        RoleSessionName: "c",
      });
      expect(result.AssumedRoleUser?.Trn).toBe("trn:sts::2100000000:assumed-role/ci/c");
      const signed = await sendRaw(server.url, {
        method: "POST",
        action: "AssumeRoleWithOIDC",
        version: "2018-01-01",
        service: "sts",
        contentType: "application/x-www-form-urlencoded",
        body: new URLSearchParams({ RoleTrn: ROLE, OIDCToken: token, RoleSessionName: "s" }).toString(),
      });
      expect(signed.status).toBe(200);
    });

    it("refuses a token it does not trust, a role the token may not assume, a role it does not know: AccessDenied 403", async () => {
      const limited = createOidcToken();
      server.emulator.trustOidcToken(limited, [OTHER]);
      const cases: [Record<string, string>, RegExp][] = [
        [
          { RoleTrn: ROLE, OIDCToken: createOidcToken(), RoleSessionName: "x" },
          /not one this emulator trusts/,
        ],
        [
          { RoleTrn: ROLE, OIDCToken: limited, RoleSessionName: "x" },
          /cannot assume role trn:iam::2100000000:role\/ci/,
        ],
        [
          { RoleTrn: "trn:iam::2100000000:role/nobody", OIDCToken: limited, RoleSessionName: "x" },
          /cannot assume role/,
        ],
      ];
      for (const [form, message] of cases) {
        const { status, envelope } = await unsignedOidc(form);
        expect([status, envelope.ResponseMetadata.Error.Code, envelope.ResponseMetadata.Error.CodeN]).toEqual(
          [403, "AccessDenied", 100013],
        );
        expect(envelope.ResponseMetadata.Error.Message).toMatch(message);
      }
      expect((await unsignedOidc({ RoleTrn: OTHER, OIDCToken: limited, RoleSessionName: "ok" })).status).toBe(
        200,
      );
    });

    it("checks its parameters with the operation's own rules", async () => {
      const missing = await unsignedOidc({ RoleTrn: ROLE, RoleSessionName: "x" });
      expect([missing.status, missing.envelope.ResponseMetadata.Error.Code]).toEqual([
        400,
        "MissingParameter",
      ]);
      const short = await unsignedOidc({
        RoleTrn: ROLE,
        OIDCToken: "t",
        RoleSessionName: "x",
        DurationSeconds: "60",
      });
      expect([short.status, short.envelope.ResponseMetadata.Error.Code]).toEqual([400, "InvalidParameter"]);
      expect(short.envelope.ResponseMetadata.Error.Message).toContain("DurationSeconds: must be 900–43200");
    });

    it("unsigned, any other action is still refused as unsigned (MissingSignature)", async () => {
      const response = await fetch(`${server.url}/?Action=GetCallerIdentity&Version=2018-01-01`, {
        method: "POST",
      });
      expect(response.status).toBe(401);
      expect(codeOf({ status: response.status, envelope: await response.json() } as never)).toBe(
        "MissingSignature",
      );
    });
  });
});

describe("the ECS metadata stand-in", () => {
  it("wants a session token (PUT with a TTL), lists the role, serves its keys, refuses the rest", async () => {
    const imds = await startImdsEmulator({
      role: "web",
      credentials: {
        accessKeyId: "AKTPfixed",
        secretKey: "sk",
        sessionToken: "st",
        expiration: new Date("2026-12-01T00:00:00Z"),
      },
    });
    try {
      const noTtl = await fetch(`${imds.url}/latest/api/token`, { method: "PUT" });
      expect(noTtl.status).toBe(400);
      const token = await (
        await fetch(`${imds.url}/latest/api/token`, {
          method: "PUT",
          headers: { "X-volc-ecs-metadata-token-ttl-seconds": "60" },
        })
      ).text();
      const get = (path: string, withToken = true) =>
        fetch(`${imds.url}${path}`, withToken ? { headers: { "X-volc-ecs-metadata-token": token } } : {});
      expect(
        (await get("/volcstack/latest/iam/security_credentials?type=user&format=json", false)).status,
      ).toBe(401);
      expect(
        await (await get("/volcstack/latest/iam/security_credentials?type=user&format=json")).json(),
      ).toEqual(["web"]);
      expect((await get("/volcstack/latest/iam/security_credentials/db")).status).toBe(404);
      expect(await (await get("/volcstack/latest/iam/security_credentials/web")).json()).toEqual({
        AccessKeyId: "AKTPfixed",
        SecretAccessKey: "sk",
        SessionToken: "st",
        CurrentTime: expect.stringMatching(/\+08:00$/),
        ExpiredTime: "2026-12-01T08:00:00+08:00",
      });
      imds.fail(503, 2);
      expect((await get("/volcstack/latest/iam/security_credentials/web")).status).toBe(503);
      expect((await get("/volcstack/latest/iam/security_credentials/web")).status).toBe(503);
      expect((await get("/volcstack/latest/iam/security_credentials/web")).status).toBe(200);
      expect(imds.requests.filter((r) => !r.withToken).map((r) => r.method)).toEqual(["PUT", "PUT", "GET"]);
    } finally {
      await imds.close();
    }
  });

  it("with an emulator, serves keys minted on it (the same ones until five minutes before they expire)", async () => {
    let clock = Date.parse("2026-11-29T10:00:00Z");
    const local = await startEmulator({ now: () => clock });
    const emulator = local.emulator;
    const imds = await startImdsEmulator({ role: "web", emulator, durationSeconds: 900 });
    try {
      const keys = async () => {
        const token = await (
          await fetch(`${imds.url}/latest/api/token`, {
            method: "PUT",
            headers: { "X-volc-ecs-metadata-token-ttl-seconds": "60" },
          })
        ).text();
        const response = await fetch(`${imds.url}/volcstack/latest/iam/security_credentials/web`, {
          headers: { "X-volc-ecs-metadata-token": token },
        });
        return (await response.json()) as { AccessKeyId: string; ExpiredTime: string };
      };
      const first = await keys();
      expect(emulator.identityOf(first.AccessKeyId)?.Trn).toBe(
        "trn:sts::2100000000:assumed-role/web/ecs-instance",
      );
      clock += 500_000;
      expect((await keys()).AccessKeyId).toBe(first.AccessKeyId);
      clock += 200_000; // 200 s left
      const second = await keys();
      expect(second.AccessKeyId).not.toBe(first.AccessKeyId);
      expect(Date.parse(second.ExpiredTime)).toBe(Math.floor(clock / 1000) * 1000 + 900_000);
    } finally {
      await Promise.all([imds.close(), local.close()]);
    }
  });

  it("with no role attached, lists none", async () => {
    const imds = await startImdsEmulator({ role: null });
    try {
      const token = await (
        await fetch(`${imds.url}/latest/api/token`, {
          method: "PUT",
          headers: { "X-volc-ecs-metadata-token-ttl-seconds": "1" },
        })
      ).text();
      const listing = await fetch(
        `${imds.url}/volcstack/latest/iam/security_credentials?type=user&format=json`,
        { headers: { "X-volc-ecs-metadata-token": token } },
      );
      expect(await listing.json()).toEqual([]);
    } finally {
      await imds.close();
    }
  });
});

it("ServiceError is what a refused AssumeRoleWithOIDC gives the client", async () => {
  const error = await volc
    .send(AssumeRoleWithOIDC, { RoleTrn: ROLE, OIDCToken: "untrusted", RoleSessionName: "x" })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ServiceError);
  expect(error).toMatchObject({ code: "AccessDenied", status: 403, attempts: 1 });
});
