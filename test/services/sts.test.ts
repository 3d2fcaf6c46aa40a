import { describe, expect, expectTypeOf, it } from "vitest";
import { serializeRequest } from "../../src/client/serialize.js";
import { validateInput } from "../../src/client/validate.js";
import { ValidationError } from "../../src/errors.js";
import { VolcClient as FetchVolcClient } from "../../src/fetch.js";
import { VolcClient } from "../../src/index.js";
import {
  type AssumeRoleInput,
  type AssumeRoleOutput,
  fromAssumeRole,
  AssumeRole as Op,
  parseRoleTrn,
} from "../../src/services/sts/index.js";
import { type BadRow, expectOneIssue } from "./issues.js";

const ROLE = "trn:iam::2100000000:role/deployer";
const base: AssumeRoleInput = { RoleTrn: ROLE, RoleSessionName: "ci" };
const withInput = (extra: Record<string, unknown>): Record<string, unknown> => ({ ...base, ...extra });
/** A valid JSON policy document of exactly `length` characters, padded with `pad`. */
function policyOf(length: number, pad = "p"): string {
  const empty = JSON.stringify({ Statement: [], Pad: "" });
  const policy = JSON.stringify({ Statement: [], Pad: pad.repeat(length - empty.length) });
  expect([...policy].length).toBe(length);
  return policy;
}
const { RoleTrn: _omitTrn, ...withoutTrn } = base;
const { RoleSessionName: _omitSession, ...withoutSession } = base;

describe("AssumeRole definition", () => {
  it("describes the wire call of SPEC §6: sts 2018-01-01 on sts.volcengineapi.com, safe to repeat", () => {
    expect(Op).toMatchObject({
      service: "sts",
      version: "2018-01-01",
      action: "AssumeRole",
      method: "GET",
      host: "sts.volcengineapi.com",
      idempotent: true,
    });
    expect(Op.idempotencyToken).toBeUndefined();
    expect(Object.isFrozen(Op)).toBe(true);
  });

  it("sends session tags flattened as Tags.N.Key / Tags.N.Value", () => {
    const wire = serializeRequest(Op, { ...base, Tags: [{ Key: "team", Value: "pay" }, { Key: "ci" }] });
    expect(Object.fromEntries(new URLSearchParams(wire.query))).toMatchObject({
      "Tags.1.Key": "team",
      "Tags.1.Value": "pay",
      "Tags.2.Key": "ci",
    });
  });

  it("sends every parameter in the query, with no body", () => {
    const wire = serializeRequest(Op, { ...base, DurationSeconds: 900, Policy: '{"Statement":[]}' });
    expect(wire.method).toBe("GET");
    expect(wire.body).toBeUndefined();
    const query = new URLSearchParams(wire.query);
    expect(Object.fromEntries(query)).toEqual({
      Action: "AssumeRole",
      Version: "2018-01-01",
      RoleTrn: ROLE,
      RoleSessionName: "ci",
      DurationSeconds: "900",
      Policy: '{"Statement":[]}',
    });
  });
});

describe("AssumeRole rejects every documented violation", () => {
  const rows: BadRow[] = [
    { rule: "input not an object", input: "trn", path: "(input)", message: /object of parameters/ },
    // RoleTrn
    { rule: "RoleTrn missing", input: withoutTrn, path: "RoleTrn", message: /required parameter is missing/ },
    { rule: "RoleTrn not a string", input: withInput({ RoleTrn: 42 }), path: "RoleTrn", message: /string/ },
    {
      rule: "RoleTrn an AWS ARN",
      input: withInput({ RoleTrn: "arn:aws:iam::123456789012:role/deployer" }),
      path: "RoleTrn",
      message:
        /must look like trn:iam::<accountId>:role\/<roleName>.*got "arn:aws:iam::123456789012:role\/dep/,
    },
    {
      rule: "RoleTrn without role/",
      input: withInput({ RoleTrn: "trn:iam::2100000000:deployer" }),
      path: "RoleTrn",
      message: /must look like trn:iam::<accountId>:role\/<roleName>/,
    },
    {
      rule: "RoleTrn with an account name",
      input: withInput({ RoleTrn: "trn:iam::acme:role/deployer" }),
      path: "RoleTrn",
      message: /account id in digits/,
    },
    {
      rule: "RoleTrn with an empty role name",
      input: withInput({ RoleTrn: "trn:iam::2100000000:role/" }),
      path: "RoleTrn",
      message: /role name of 1–64/,
    },
    {
      rule: "RoleTrn with a space in the role name",
      input: withInput({ RoleTrn: "trn:iam::2100000000:role/my role" }),
      path: "RoleTrn",
      message: /must look like/,
    },
    {
      rule: "RoleTrn with a 65-character role name",
      input: withInput({ RoleTrn: `trn:iam::2100000000:role/${"r".repeat(65)}` }),
      path: "RoleTrn",
      message: /must look like/,
    },
    { rule: "RoleTrn empty", input: withInput({ RoleTrn: "" }), path: "RoleTrn", message: /got ""$/ },
    // RoleSessionName
    {
      rule: "RoleSessionName missing",
      input: withoutSession,
      path: "RoleSessionName",
      message: /required parameter is missing/,
    },
    {
      rule: "RoleSessionName empty",
      input: withInput({ RoleSessionName: "" }),
      path: "RoleSessionName",
      message: /^must be 1–64 characters long; got 0/,
    },
    {
      rule: "RoleSessionName of 65 characters",
      input: withInput({ RoleSessionName: "s".repeat(65) }),
      path: "RoleSessionName",
      message: /1–64 characters long; got 65/,
    },
    {
      rule: "RoleSessionName with a space",
      input: withInput({ RoleSessionName: "ci job" }),
      path: "RoleSessionName",
      message: /may contain only letters, digits and _ - \. @ = ,; found " "/,
    },
    {
      rule: "RoleSessionName with / and :",
      input: withInput({ RoleSessionName: "ci/job:1" }),
      path: "RoleSessionName",
      message: /found "\/", ":"/,
    },
    {
      rule: "RoleSessionName with Chinese characters",
      input: withInput({ RoleSessionName: "部署" }),
      path: "RoleSessionName",
      message: /found "部", "署"/,
    },
    // DurationSeconds
    {
      rule: "DurationSeconds 899",
      input: withInput({ DurationSeconds: 899 }),
      path: "DurationSeconds",
      message: /^must be 900–43200 seconds; got 899$/,
    },
    {
      rule: "DurationSeconds 43201",
      input: withInput({ DurationSeconds: 43201 }),
      path: "DurationSeconds",
      message: /^must be 900–43200 seconds; got 43201$/,
    },
    {
      rule: "DurationSeconds 1.5",
      input: withInput({ DurationSeconds: 1.5 }),
      path: "DurationSeconds",
      message: /^must be an integer; got 1.5$/,
    },
    {
      rule: "DurationSeconds 3600.5",
      input: withInput({ DurationSeconds: 3600.5 }),
      path: "DurationSeconds",
      message: /integer; got 3600.5/,
    },
    {
      rule: "DurationSeconds as a string",
      input: withInput({ DurationSeconds: "3600" }),
      path: "DurationSeconds",
      message: /integer; got "3600"/,
    },
    // Policy
    {
      rule: "Policy of 2049 characters",
      input: withInput({ Policy: policyOf(2049) }),
      path: "Policy",
      message: /^must be at most 2048 characters long; got 2049/,
    },
    {
      rule: "Policy not JSON",
      input: withInput({ Policy: "Statement: allow all" }),
      path: "Policy",
      message: /JSON policy document; it is not valid JSON/,
    },
    {
      rule: "Policy a JSON array",
      input: withInput({ Policy: "[]" }),
      path: "Policy",
      message: /a JSON object .*; got an array/,
    },
    { rule: "Policy empty", input: withInput({ Policy: "" }), path: "Policy", message: /not valid JSON/ },
    // unknown parameters
    {
      rule: "unknown key RoleArn",
      input: withInput({ RoleArn: ROLE }),
      path: "RoleArn",
      message: /^unknown parameter; did you mean RoleTrn\?$/,
    },
    {
      rule: "unknown key differing only in case",
      input: withInput({ durationSeconds: 900 }),
      path: "durationSeconds",
      message: /did you mean DurationSeconds\?$/,
    },
    {
      rule: "unknown key far from all",
      input: withInput({ ExternalId: "x" }),
      path: "ExternalId",
      message: /^unknown parameter$/,
    },
    // Tags (session tags: the API documents their wire form, no limit)
    {
      rule: "Tags not a list",
      input: withInput({ Tags: { Key: "k" } }),
      path: "Tags",
      message: /must be an array; got an object/,
    },
    {
      rule: "tag without a key",
      input: withInput({ Tags: [{ Value: "v" }] }),
      path: "Tags.1.Key",
      message: /required parameter is missing/,
    },
    {
      rule: "tag key empty",
      input: withInput({ Tags: [{ Key: "" }] }),
      path: "Tags.1.Key",
      message: /1 character|at least 1|must not be empty|characters long; got 0/,
    },
    {
      rule: "tag value not a string",
      input: withInput({ Tags: [{ Key: "k" }, { Key: "t", Value: 5 }] }),
      path: "Tags.2.Value",
      message: /must be a string; got number 5/,
    },
    {
      rule: "tag key with a control character",
      input: withInput({ Tags: [{ Key: "a\u0000b" }] }),
      path: "Tags.1.Key",
      message: /control characters/,
    },
    {
      rule: "tag with an unknown field",
      input: withInput({ Tags: [{ Key: "k", Val: "v" }] }),
      path: "Tags.1.Val",
      message: /unknown parameter; did you mean Value\?/,
    },
  ];

  it.each(rows)("$rule → $path", (row) => expectOneIssue(Op, row));

  it("reports every broken rule at once", () => {
    try {
      validateInput(Op, { RoleTrn: "x", RoleSessionName: "", DurationSeconds: 1, Policy: "{" });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.path)).toEqual([
        "RoleTrn",
        "RoleSessionName",
        "DurationSeconds",
        "Policy",
      ]);
    }
  });
});

describe("AssumeRole accepts the boundaries", () => {
  const rows: { rule: string; input: Record<string, unknown> }[] = [
    { rule: "only the required two", input: withInput({}) },
    { rule: "DurationSeconds 900", input: withInput({ DurationSeconds: 900 }) },
    { rule: "DurationSeconds 43200", input: withInput({ DurationSeconds: 43200 }) },
    { rule: "DurationSeconds 3600", input: withInput({ DurationSeconds: 3600 }) },
    { rule: "session name of 1 character", input: withInput({ RoleSessionName: "s" }) },
    { rule: "session name of 64 characters", input: withInput({ RoleSessionName: "s".repeat(64) }) },
    { rule: "session name with every allowed sign", input: withInput({ RoleSessionName: "a_b-c.d@e=f,g" }) },
    { rule: "session name an e-mail address", input: withInput({ RoleSessionName: "dev@example.com" }) },
    {
      rule: "role name of 64 characters",
      input: withInput({ RoleTrn: `trn:iam::1:role/${"r".repeat(64)}` }),
    },
    {
      rule: "role name with + = , . @ _ -",
      input: withInput({ RoleTrn: "trn:iam::2100000000:role/a+b=c,d.e@f_g-h" }),
    },
    {
      rule: "a policy document",
      input: withInput({
        Policy: JSON.stringify({ Statement: [{ Effect: "Allow", Action: ["cen:*"], Resource: ["*"] }] }),
      }),
    },
    {
      rule: "Policy of 2048 characters",
      input: withInput({ Policy: policyOf(2048) }),
    },
    {
      rule: "Policy of 2048 characters, Chinese ones counted once",
      input: withInput({ Policy: policyOf(2048, "允") }),
    },
    {
      rule: "every field at once",
      input: { RoleTrn: ROLE, RoleSessionName: "ci", DurationSeconds: 1800, Policy: '{"Statement":[]}' },
    },
    {
      rule: "session tags, a value left out",
      input: withInput({ Tags: [{ Key: "team", Value: "pay" }, { Key: "ci" }] }),
    },
  ];

  it.each(rows)("$rule", ({ input }) => {
    expect(validateInput(Op, input)).toEqual(input);
  });
});

describe("parseRoleTrn", () => {
  it("takes a role TRN apart", () => {
    expect(parseRoleTrn(ROLE)).toEqual({ accountId: "2100000000", roleName: "deployer" });
    expect(parseRoleTrn("trn:iam::2100000000:user/deployer")).toBeUndefined();
  });
});

describe("AssumeRole types come from the schemas", () => {
  it("input: two required strings, three optional fields; output: the documented Result", () => {
    expectTypeOf<AssumeRoleInput>().toEqualTypeOf<{
      RoleTrn: string;
      RoleSessionName: string;
      DurationSeconds?: number | undefined;
      Policy?: string | undefined;
      Tags?: { Key: string; Value?: string | undefined }[] | undefined;
    }>();
    expectTypeOf<AssumeRoleOutput["Credentials"]>().toEqualTypeOf<{
      CurrentTime: string;
      ExpiredTime: string;
      AccessKeyId: string;
      SecretAccessKey: string;
      SessionToken: string;
    }>();
    expectTypeOf<AssumeRoleOutput["AssumedRoleUser"]>().toEqualTypeOf<{
      Trn: string;
      AssumedRoleId: string;
    }>();
  });

  it("fromAssumeRole takes either VolcClient (undici or fetch)", () => {
    const credentials = { accessKeyId: "AKLTx", secretKey: "s" };
    expect(fromAssumeRole(new VolcClient({ credentials }), base)).toBeTypeOf("function");
    expect(fromAssumeRole(new FetchVolcClient({ credentials }), base)).toBeTypeOf("function");
    // @ts-expect-error: the parameters are typed from the schema
    expect(() => fromAssumeRole(new VolcClient({ credentials }), { RoleTrn: ROLE })).toThrow(ValidationError);
  });
});

describe("fromAssumeRole (with a fake client)", () => {
  const answer = (credentials: Partial<AssumeRoleOutput["Credentials"]>): AssumeRoleOutput => ({
    Credentials: {
      CurrentTime: "2026-11-23T19:00:00+08:00",
      ExpiredTime: "2026-11-23T20:00:00+08:00",
      AccessKeyId: "AKTPfake",
      SecretAccessKey: "fake-secret",
      SessionToken: "STS2fake",
      ...credentials,
    },
    AssumedRoleUser: { Trn: "trn:sts::2100000000:assumed-role/deployer/ci", AssumedRoleId: "1:ci" },
  });
  const clientAnswering = (result: AssumeRoleOutput, sent: unknown[] = []) => ({
    send: async <T>(op: unknown, ...[input]: unknown[]): Promise<T> => {
      sent.push({ op, input });
      return result as T;
    },
  });

  it("sends AssumeRole with the parameters given and returns the keys with their expiry", async () => {
    const sent: { op: unknown; input: unknown }[] = [];
    const params = { RoleTrn: ROLE, RoleSessionName: "ci", DurationSeconds: 900 };
    const provider = fromAssumeRole(clientAnswering(answer({}), sent), params);
    expect(await provider()).toEqual({
      accessKeyId: "AKTPfake",
      secretKey: "fake-secret",
      sessionToken: "STS2fake",
      expiration: new Date("2026-11-23T12:00:00Z"),
      source: `AssumeRole ${ROLE}`,
    });
    expect(sent).toEqual([{ op: Op, input: params }]);
  });

  it("checks the parameters when it is created, before anything is sent", () => {
    const sent: unknown[] = [];
    expect(() =>
      fromAssumeRole(clientAnswering(answer({}), sent), { RoleTrn: "deployer", RoleSessionName: "ci" }),
    ).toThrow(ValidationError);
    expect(() =>
      fromAssumeRole(clientAnswering(answer({}), sent), { RoleTrn: "deployer", RoleSessionName: "ci" }),
    ).toThrow(
      /AssumeRole input is invalid \(1 problem\); nothing was sent:\n {2}- RoleTrn: RoleTrn must look like/,
    );
    expect(sent).toEqual([]);
  });

  it("refuses an answer without usable keys, naming what is missing and no secret", async () => {
    const provider = fromAssumeRole(clientAnswering(answer({ SessionToken: "", AccessKeyId: "" })), base);
    const error = await provider().catch((e: unknown) => e);
    expect(String(error)).toBe(
      `CredentialsError: AssumeRole of ${ROLE} answered without AccessKeyId, SessionToken in Credentials: the answer is unusable`,
    );
    expect(JSON.stringify(error)).not.toContain("fake-secret");
  });

  it("refuses an ExpiredTime that is not a date (it would never be refreshed)", async () => {
    const provider = fromAssumeRole(clientAnswering(answer({ ExpiredTime: "tomorrow" })), base);
    await expect(provider()).rejects.toThrow(
      `AssumeRole of ${ROLE} answered an ExpiredTime that is not a date: "tomorrow"`,
    );
  });

  it("wraps a failed call in a CredentialsError that names the role and keeps the cause", async () => {
    const cause = new TypeError("fetch failed");
    const provider = fromAssumeRole(
      {
        send: async () => {
          throw cause;
        },
      },
      base,
    );
    const error = await provider().catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "CredentialsError",
      message: `Could not assume role ${ROLE}: fetch failed`,
      service: "sts",
      action: "AssumeRole",
      cause,
    });
  });
});
