// sts AssumeRole through the emulator: a client signing with a role's temporary keys, refreshed by the
// clock, and the emulator minting, honouring and finally refusing those keys.
import { beforeEach, describe, expect, it } from "vitest";
import type { AttemptEvent } from "../../src/client/attempt-event.js";
import {
  CredentialsError,
  type HttpRequest,
  ServiceError,
  type Transport,
  VolcClient,
} from "../../src/index.js";
import { CreateCenBandwidthPackage } from "../../src/services/cen/index.js";
import { AssumeRole, fromAssumeRole } from "../../src/services/sts/index.js";
import {
  createEmulator,
  EMULATOR_CREDENTIALS,
  type Emulator,
  emulatorTransport,
  startEmulator,
} from "../../src/testing/index.js";
import { renderings } from "../helpers/renderings.js";
import { codeOf, sendRaw } from "./raw.js";

const ROLE = "trn:iam::2100000000:role/deployer";
const START = Date.parse("2026-11-23T11:00:00Z"); // 19:00 in Beijing
const cenInput = { LocalGeographicRegionSetId: "China", PeerGeographicRegionSetId: "Asia" } as const;

/** One clock for the emulator and every client, moved by the tests. */
let clock = START;
const now = () => clock;

interface Sent {
  action: string;
  accessKeyId: string | undefined;
  securityToken: string | undefined;
}

/** Hands requests to the emulator and remembers, per request, its action and signing key. */
function recording(inner: Transport, sent: Sent[]): Transport {
  return {
    send(req: HttpRequest) {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
      sent.push({
        action: new URL(req.url).searchParams.get("Action") ?? "",
        accessKeyId: /Credential=([^/]+)\//.exec(headers.authorization ?? "")?.[1],
        securityToken: headers["x-security-token"],
      });
      return inner.send(req);
    },
  };
}

let emulator: Emulator;
let sent: Sent[];
let transport: Transport;
let events: AttemptEvent[];
/** The client with the long-term keys, which AssumeRole is sent with. */
let base: VolcClient;

beforeEach(() => {
  clock = START;
  emulator = createEmulator({ now, roles: [ROLE] });
  sent = [];
  events = [];
  transport = recording(emulatorTransport(emulator), sent);
  base = new VolcClient({
    transport,
    now,
    credentials: EMULATOR_CREDENTIALS,
    onAttempt: (e) => events.push(e),
  });
});

/** A client signing with the role's temporary keys. */
function roleClient(params: { RoleTrn?: string; DurationSeconds?: number } = {}) {
  return new VolcClient({
    transport,
    now,
    onAttempt: (e) => events.push(e),
    credentials: fromAssumeRole(base, { RoleTrn: ROLE, RoleSessionName: "ci", ...params }),
  });
}

const assumeRoleCalls = () => emulator.stats.requestsByAction.AssumeRole ?? 0;

describe("the emulator's AssumeRole", () => {
  it("mints temporary keys and answers with the documented Result, times in ISO 8601 with a zone", async () => {
    const result = await base.send(AssumeRole, { RoleTrn: ROLE, RoleSessionName: "ci" });
    expect(result).toEqual({
      Credentials: {
        CurrentTime: "2026-11-23T19:00:00+08:00",
        ExpiredTime: "2026-11-23T20:00:00+08:00", // DurationSeconds defaults to 3600
        AccessKeyId: expect.stringMatching(/^AKTP[A-Za-z0-9]{40}$/),
        SecretAccessKey: expect.stringMatching(/^[A-Za-z0-9+/]{40}$/),
        SessionToken: expect.stringMatching(/^STS2[A-Za-z0-9+/]+$/),
      },
      AssumedRoleUser: {
        Trn: "trn:sts::2100000000:assumed-role/deployer/ci",
        AssumedRoleId: expect.stringMatching(/^\d+:ci$/),
      },
    });
    expect(Date.parse(result.Credentials.ExpiredTime)).toBe(START + 3600_000);
    expect(result.$metadata.service).toBe("sts");
    // Signed with the long-term keys, no session token.
    expect(sent).toEqual([
      { action: "AssumeRole", accessKeyId: EMULATOR_CREDENTIALS.accessKeyId, securityToken: undefined },
    ]);
  });

  it("mints a new pair on every call, expiring after DurationSeconds from the emulator's clock", async () => {
    clock = START + 1_234; // whole seconds are answered, and enforced
    const a = await base.send(AssumeRole, { RoleTrn: ROLE, RoleSessionName: "a", DurationSeconds: 900 });
    const b = await base.send(AssumeRole, { RoleTrn: ROLE, RoleSessionName: "b", DurationSeconds: 43200 });
    expect(a.Credentials.CurrentTime).toBe("2026-11-23T19:00:01+08:00");
    expect(a.Credentials.ExpiredTime).toBe("2026-11-23T19:15:01+08:00");
    expect(b.Credentials.ExpiredTime).toBe("2026-11-24T07:00:01+08:00");
    expect(a.Credentials.AccessKeyId).not.toBe(b.Credentials.AccessKeyId);
    expect(a.Credentials.SessionToken).not.toBe(b.Credentials.SessionToken);
    expect(b.AssumedRoleUser.AssumedRoleId.split(":")[0]).toBe(a.AssumedRoleUser.AssumedRoleId.split(":")[0]);
  });

  it("answers AccessDenied 403/100013 for a role it was not given, and serves one added later", async () => {
    const other = "trn:iam::2100000000:role/auditor";
    const error = await base.send(AssumeRole, { RoleTrn: other, RoleSessionName: "ci" }).catch((e) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: "AccessDenied", codeN: 100013, status: 403, attempts: 1 });
    expect(error.message).toContain(`cannot assume role ${other}`);
    emulator.addRole(other);
    await expect(base.send(AssumeRole, { RoleTrn: other, RoleSessionName: "ci" })).resolves.toBeDefined();
  });

  it("checks parameters sent raw with the operation's own rules", async () => {
    const server = await startEmulator({ now, roles: [ROLE] });
    try {
      const raw = (query: Record<string, string | number>) =>
        sendRaw(server.url, {
          action: "AssumeRole",
          version: "2018-01-01",
          service: "sts",
          date: new Date(clock),
          query,
        });
      const short = await raw({ RoleTrn: ROLE, RoleSessionName: "ci", DurationSeconds: 899 });
      expect([short.status, codeOf(short)]).toEqual([400, "InvalidParameter"]);
      expect(short.envelope.ResponseMetadata.Error?.Message).toContain("DurationSeconds: must be 900–43200");
      const missing = await raw({ RoleTrn: ROLE });
      expect([missing.status, codeOf(missing)]).toEqual([400, "MissingParameter"]);
      const ok = await raw({ RoleTrn: ROLE, RoleSessionName: "ci" });
      expect(ok.envelope.ResponseMetadata).toMatchObject({ Action: "AssumeRole", Service: "sts" });
      expect(ok.envelope.Result?.Credentials).toBeDefined();
    } finally {
      await server.close();
    }
  });
});

describe("fromAssumeRole against the emulator", () => {
  it("signs calls with the temporary keys and their session token", async () => {
    const volc = roleClient();
    const { CenBandwidthPackageId } = await volc.send(CreateCenBandwidthPackage, cenInput);

    const [assume, create] = sent;
    expect(assume).toEqual({
      action: "AssumeRole",
      accessKeyId: EMULATOR_CREDENTIALS.accessKeyId,
      securityToken: undefined,
    });
    expect(create?.action).toBe("CreateCenBandwidthPackage");
    expect(create?.accessKeyId).toMatch(/^AKTP/);
    expect(create?.securityToken).toMatch(/^STS2/);
    const pkg = emulator.state.cenBandwidthPackages.get(CenBandwidthPackageId);
    expect(pkg?.CreatedBy).toBe(create?.accessKeyId);
  });

  it("assumes the role once for many calls, and again a minute before ExpiredTime", async () => {
    const volc = roleClient({ DurationSeconds: 900 }); // expires at START + 900 s
    for (let i = 0; i < 3; i++) await volc.send(CreateCenBandwidthPackage, cenInput);
    await Promise.all(Array.from({ length: 5 }, () => volc.send(CreateCenBandwidthPackage, cenInput)));
    expect(assumeRoleCalls()).toBe(1);

    clock = START + 840_000 - 1; // 60.001 s left: still good
    await volc.send(CreateCenBandwidthPackage, cenInput);
    expect(assumeRoleCalls()).toBe(1);

    clock = START + 840_000; // a minute left: refreshed, once, however many calls want keys
    await Promise.all(Array.from({ length: 5 }, () => volc.send(CreateCenBandwidthPackage, cenInput)));
    expect(assumeRoleCalls()).toBe(2);

    clock = START + 900_000 + 1; // the first pair has expired; the new one lasts until START + 1740 s
    await volc.send(CreateCenBandwidthPackage, cenInput);
    expect(assumeRoleCalls()).toBe(2);

    const keys = sent.filter((s) => s.action === "CreateCenBandwidthPackage").map((s) => s.accessKeyId);
    expect(keys).toHaveLength(15);
    expect(new Set(keys.slice(0, 9)).size).toBe(1);
    expect(new Set(keys.slice(9)).size).toBe(1);
    expect(keys[9]).not.toBe(keys[0]);
    expect(emulator.stats.errorsByCode).toEqual({});
  });

  it("works over real HTTP with the default transport", async () => {
    const server = await startEmulator({ now, roles: [ROLE] });
    const longTerm = new VolcClient({ endpoint: server.url, now, credentials: EMULATOR_CREDENTIALS });
    const volc = new VolcClient({
      endpoint: server.url,
      now,
      credentials: fromAssumeRole(longTerm, { RoleTrn: ROLE, RoleSessionName: "http" }),
    });
    try {
      const { CenBandwidthPackageId } = await volc.send(CreateCenBandwidthPackage, cenInput);
      const pkg = server.emulator.state.cenBandwidthPackages.get(CenBandwidthPackageId);
      expect(pkg?.CreatedBy).toMatch(/^AKTP/);
      expect(server.emulator.stats.requestsByAction).toEqual({ AssumeRole: 1, CreateCenBandwidthPackage: 1 });
    } finally {
      await Promise.all([volc.close(), longTerm.close()]);
      await server.close();
    }
  });

  it("fails a call with a CredentialsError naming the role that could not be assumed", async () => {
    const unknown = "trn:iam::2100000000:role/nobody";
    const volc = roleClient({ RoleTrn: unknown });
    const error = await volc.send(CreateCenBandwidthPackage, cenInput).catch((e) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toMatch(
      new RegExp(
        `^Could not assume role ${unknown}: sts\\.AssumeRole failed with AccessDenied \\(HTTP 403\\)`,
      ),
    );
    expect(error).toMatchObject({ service: "sts", action: "AssumeRole" });
    // Raised while signing the first attempt: the call itself sent nothing.
    expect(error.attempts).toBeUndefined();
    expect(error.requestId).toMatch(/^\d{26}[0-9A-F]{6}$/);
    expect(error.cause).toBeInstanceOf(ServiceError);
    expect(error.cause).toMatchObject({ code: "AccessDenied", status: 403, requestId: error.requestId });
    // Nothing else was sent, nothing retried; the failure is not cached: the next call asks again.
    expect(emulator.stats.requestsByAction).toEqual({ AssumeRole: 1 });
    await expect(volc.send(CreateCenBandwidthPackage, cenInput)).rejects.toThrow(CredentialsError);
    expect(emulator.stats.requestsByAction).toEqual({ AssumeRole: 2 });
  });

  it("retries a transient STS failure inside the base client, then goes on", async () => {
    emulator.injectFaults([{ kind: "error", status: 503, code: "ServiceUnavailable", action: "AssumeRole" }]);
    const volc = new VolcClient({
      transport,
      now,
      credentials: fromAssumeRole(
        new VolcClient({ transport, now, credentials: EMULATOR_CREDENTIALS, retryDelay: () => 0 }),
        { RoleTrn: ROLE, RoleSessionName: "ci" },
      ),
    });
    await volc.send(CreateCenBandwidthPackage, cenInput);
    expect(emulator.stats.requestsByAction).toEqual({ AssumeRole: 2, CreateCenBandwidthPackage: 1 });
  });
});

describe("an expired temporary key", () => {
  async function temporaryClient(DurationSeconds: number) {
    const { Credentials } = await base.send(AssumeRole, {
      RoleTrn: ROLE,
      RoleSessionName: "ci",
      DurationSeconds,
    });
    // Fixed keys with no expiry, so the client never refreshes them: the emulator must refuse them.
    const volc = new VolcClient({
      transport,
      now,
      credentials: {
        accessKeyId: Credentials.AccessKeyId,
        secretKey: Credentials.SecretAccessKey,
        sessionToken: Credentials.SessionToken,
      },
    });
    return { volc, Credentials };
  }

  it("works until ExpiredTime, then is refused with InvalidSecretToken 401 saying the token expired", async () => {
    const { volc, Credentials } = await temporaryClient(900);
    clock = Date.parse(Credentials.ExpiredTime) - 1;
    await expect(volc.send(CreateCenBandwidthPackage, cenInput)).resolves.toBeDefined();

    clock = Date.parse(Credentials.ExpiredTime);
    const error = await volc.send(CreateCenBandwidthPackage, cenInput).catch((e) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: "InvalidSecretToken", status: 401, retryable: false, attempts: 1 });
    expect(error.message).toContain(
      `The session token of ${Credentials.AccessKeyId} expired at 2026-11-23T11:15:00.000Z`,
    );
    expect(emulator.state.cenBandwidthPackages.size).toBe(1);
  });

  it("is still refused without its session token, and with another one", async () => {
    const { Credentials } = await temporaryClient(900);
    const { Credentials: other } = await base.send(AssumeRole, { RoleTrn: ROLE, RoleSessionName: "x" });
    for (const sessionToken of [undefined, other.SessionToken]) {
      const volc = new VolcClient({
        transport,
        now,
        credentials: {
          accessKeyId: Credentials.AccessKeyId,
          secretKey: Credentials.SecretAccessKey,
          sessionToken,
        },
      });
      await expect(volc.send(CreateCenBandwidthPackage, cenInput)).rejects.toMatchObject({
        code: "InvalidSecretToken",
      });
    }
  });
});

describe("no secret in any error or attempt event", () => {
  it("keeps the long-term secret, the temporary secret and the session token out of them", async () => {
    const { Credentials } = await base.send(AssumeRole, {
      RoleTrn: ROLE,
      RoleSessionName: "ci",
      DurationSeconds: 900,
    });
    const secrets = [EMULATOR_CREDENTIALS.secretKey, Credentials.SecretAccessKey, Credentials.SessionToken];
    const errors: unknown[] = [];

    // The role cannot be assumed.
    errors.push(
      await roleClient({ RoleTrn: "trn:iam::2100000000:role/nobody" })
        .send(CreateCenBandwidthPackage, cenInput)
        .catch((e) => e),
    );
    // The temporary keys have expired.
    const fixed = new VolcClient({
      transport,
      now,
      onAttempt: (e) => events.push(e),
      credentials: {
        accessKeyId: Credentials.AccessKeyId,
        secretKey: Credentials.SecretAccessKey,
        sessionToken: Credentials.SessionToken,
      },
    });
    clock = Date.parse(Credentials.ExpiredTime) + 1;
    errors.push(await fixed.send(CreateCenBandwidthPackage, cenInput).catch((e) => e));
    // A wrong temporary secret.
    const wrong = new VolcClient({
      transport,
      now,
      credentials: {
        accessKeyId: Credentials.AccessKeyId,
        secretKey: `${Credentials.SecretAccessKey}x`,
        sessionToken: Credentials.SessionToken,
      },
    });
    errors.push(await wrong.send(CreateCenBandwidthPackage, cenInput).catch((e) => e));
    // A role client whose STS call succeeds, then STS fails on the refresh.
    clock = START;
    const volc = roleClient({ DurationSeconds: 900 });
    await volc.send(CreateCenBandwidthPackage, cenInput);
    emulator.injectFaults([{ kind: "error", status: 403, code: "AccessDenied", action: "AssumeRole" }]);
    clock = START + 850_000;
    errors.push(await volc.send(CreateCenBandwidthPackage, cenInput).catch((e) => e));

    expect(errors.map((e) => (e as Error).name)).toEqual([
      "CredentialsError",
      "ServiceError",
      "ServiceError",
      "CredentialsError",
    ]);
    expect((errors[2] as ServiceError).code).toBe("SignatureDoesNotMatch");
    for (const error of errors) {
      const text = renderings(error);
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
    const eventText = JSON.stringify(events);
    expect(events.length).toBeGreaterThan(4);
    for (const secret of secrets) expect(eventText).not.toContain(secret);
  });
});
