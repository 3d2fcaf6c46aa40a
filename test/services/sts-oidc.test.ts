import { describe, expect, expectTypeOf, it } from "vitest";
import { serializeRequest } from "../../src/client/serialize.js";
import { validateInput } from "../../src/client/validate.js";
import { CredentialsError } from "../../src/errors.js";
import {
  AssumeRoleWithOIDC,
  type AssumeRoleWithOIDCInput,
  fromOidc,
  GetCallerIdentity,
  type GetCallerIdentityOutput,
} from "../../src/services/sts/index.js";
import { type BadRow, expectOneIssue } from "./issues.js";

const ROLE = "trn:iam::2100000000:role/ci";
const base: AssumeRoleWithOIDCInput = { RoleTrn: ROLE, OIDCToken: "eyJ.a.b", RoleSessionName: "run-1" };
const withInput = (extra: Record<string, unknown>) => ({ ...base, ...extra });

describe("GetCallerIdentity definition", () => {
  it("is a POST of an empty form, signed for sts, safe to repeat, with no parameter", () => {
    expect(GetCallerIdentity).toMatchObject({
      service: "sts",
      version: "2018-01-01",
      action: "GetCallerIdentity",
      method: "POST",
      body: "form",
      host: "sts.volcengineapi.com",
      idempotent: true,
    });
    expect(GetCallerIdentity.anonymous).toBeUndefined();
    const wire = serializeRequest(GetCallerIdentity, {});
    expect(wire).toMatchObject({
      query: "Action=GetCallerIdentity&Version=2018-01-01",
      contentType: "application/x-www-form-urlencoded",
    });
    expect(wire.body).toEqual(new Uint8Array(0));
  });

  it("refuses any parameter, and types its result", () => {
    expectOneIssue(GetCallerIdentity, {
      rule: "a parameter",
      input: { Trn: "x" },
      path: "Trn",
      message: /^unknown parameter$/,
    });
    expectTypeOf<GetCallerIdentityOutput>().toEqualTypeOf<{
      AccountId?: number | undefined;
      IdentityId?: string | undefined;
      IdentityType?: string | undefined;
      Trn: string;
    }>();
  });
});

describe("AssumeRoleWithOIDC definition", () => {
  it("is sent unsigned as a POST form: the token goes in the body, never in the URL", () => {
    expect(AssumeRoleWithOIDC).toMatchObject({
      method: "POST",
      body: "form",
      anonymous: true,
      idempotent: true,
    });
    const wire = serializeRequest(AssumeRoleWithOIDC, {
      ...base,
      DurationSeconds: 900,
      Policy: '{"Statement":[]}',
    });
    expect(wire.query).toBe("Action=AssumeRoleWithOIDC&Version=2018-01-01");
    expect(wire.contentType).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(new TextDecoder().decode(wire.body)))).toEqual({
      RoleTrn: ROLE,
      OIDCToken: "eyJ.a.b",
      RoleSessionName: "run-1",
      DurationSeconds: "900",
      Policy: '{"Statement":[]}',
    });
  });

  const rows: BadRow[] = [
    {
      rule: "RoleTrn an ARN",
      input: withInput({ RoleTrn: "arn:aws:iam::1:role/x" }),
      path: "RoleTrn",
      message: /must look like trn:iam::/,
    },
    {
      rule: "OIDCToken missing",
      input: { RoleTrn: ROLE, RoleSessionName: "r" },
      path: "OIDCToken",
      message: /required parameter is missing/,
    },
    {
      rule: "OIDCToken empty",
      input: withInput({ OIDCToken: "" }),
      path: "OIDCToken",
      message: /^must not be empty$/,
    },
    {
      rule: "OIDCToken with a line break",
      input: withInput({ OIDCToken: "eyJ.a.b\n" }),
      path: "OIDCToken",
      message: /control characters/,
    },
    {
      rule: "RoleSessionName missing",
      input: { RoleTrn: ROLE, OIDCToken: "t" },
      path: "RoleSessionName",
      message: /required parameter is missing/,
    },
    {
      rule: "RoleSessionName with a space",
      input: withInput({ RoleSessionName: "run 1" }),
      path: "RoleSessionName",
      message: /found " "/,
    },
    {
      rule: "DurationSeconds 899",
      input: withInput({ DurationSeconds: 899 }),
      path: "DurationSeconds",
      message: /^must be 900–43200 seconds; got 899$/,
    },
    {
      rule: "Policy not JSON",
      input: withInput({ Policy: "allow" }),
      path: "Policy",
      message: /not valid JSON/,
    },
    {
      rule: "unknown key OidcToken",
      input: withInput({ OidcToken: "t" }),
      path: "OidcToken",
      message: /did you mean OIDCToken\?$/,
    },
  ];
  it.each(rows)("$rule → $path", (row) => expectOneIssue(AssumeRoleWithOIDC, row));

  it("never quotes the token in a message", () => {
    const secret = "eyJsecret-token-part.with\u0001control";
    try {
      validateInput(AssumeRoleWithOIDC, withInput({ OIDCToken: secret }));
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain("eyJsecret");
    }
  });
});

describe("fromOidc (with a fake client)", () => {
  const answer = (credentials: Record<string, string>) => ({
    send: async <T>(op: unknown, ...[input]: unknown[]): Promise<T> => {
      sent.push({ op, input });
      return { Credentials: credentials } as T;
    },
  });
  let sent: { op: unknown; input: unknown }[] = [];

  it("reads the token file at each call, sends AssumeRoleWithOIDC, reads Expiration when ExpiredTime is absent", async () => {
    sent = [];
    const { mkdtemp, writeFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = await mkdtemp(join(tmpdir(), "oidc-"));
    const file = join(dir, "token");
    await writeFile(file, "token-one\n");
    const client = answer({
      AccessKeyId: "AKTPx",
      SecretAccessKey: "s",
      SessionToken: "t",
      Expiration: "2026-11-29T11:00:00Z",
    });
    const provider = fromOidc({ roleTrn: ROLE, tokenFile: file, roleSessionName: "s1", client, env: {} });
    expect(await provider()).toEqual({
      accessKeyId: "AKTPx",
      secretKey: "s",
      sessionToken: "t",
      expiration: new Date("2026-11-29T11:00:00Z"),
      source: `OIDC ${ROLE}`,
    });
    await writeFile(file, "token-two");
    await provider();
    expect(sent.map((s) => (s.input as { OIDCToken: string }).OIDCToken)).toEqual(["token-one", "token-two"]);
    expect(sent[0]).toEqual({
      op: AssumeRoleWithOIDC,
      input: { RoleTrn: ROLE, OIDCToken: "token-one", RoleSessionName: "s1", DurationSeconds: 3600 },
    });
  });

  it("outside a client and without one, says it needs one", async () => {
    const error = await fromOidc({ roleTrn: ROLE, tokenFile: "/dev/null", env: {} })().catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CredentialsError);
  });
});
