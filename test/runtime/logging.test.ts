// Logging at every level: what each level writes (one line per attempt at debug, retries and credential
// refreshes at info, spent retry budgets and proxy or credential failures at warn), that nothing is
// built when a level is off, and that no secret reaches any line at any level.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { LogEvents } from "../../src/client/logger.js";
import {
  type HttpRequest,
  type LogLevel,
  type NodeVolcClientOptions,
  type Transport,
  UndiciTransport,
  VolcClient,
} from "../../src/index.js";
import { CreateCenBandwidthPackage } from "../../src/services/cen/index.js";
import { AssumeRole, fromAssumeRole, GetCallerIdentity } from "../../src/services/sts/index.js";
import { EMULATOR_CREDENTIALS, type RunningEmulator, startEmulator } from "../../src/testing/index.js";
import { capturingLogger, NOTHING } from "./helpers.js";

const ROLE = "trn:iam::2100000000:role/deployer";
const PROXY_PASSWORD = "l0g-pr0xy-pw";
const cenInput = { LocalGeographicRegionSetId: "China", PeerGeographicRegionSetId: "Asia" } as const;

let server: RunningEmulator;
beforeAll(async () => {
  server = await startEmulator({ roles: [ROLE] });
});
afterAll(async () => {
  await server.close();
});

/** Sends through undici and keeps every signing header sent, and its signature: what must never be logged. */
function keepingSecrets(secrets: string[]): Transport {
  const inner = new UndiciTransport();
  return {
    send(req: HttpRequest) {
      for (const [name, value] of Object.entries(req.headers)) {
        if (!/^(authorization|x-security-token)$/i.test(name)) continue;
        secrets.push(value);
        const signature = /Signature=([0-9a-f]{64})/.exec(value)?.[1];
        if (signature) secrets.push(signature);
      }
      return inner.send(req);
    },
    close: () => inner.close(),
  };
}

/**
 * Runs every situation that logs, at `level`: calls that succeed, a retried call, a refresh of temporary
 * credentials, a credential provider that fails, a spent retry budget, a proxy that cannot be reached,
 * an onAttempt hook that throws. Returns the lines and every secret that was in play.
 */
async function scenario(level: LogLevel | undefined, env: Record<string, string> = {}) {
  const log = capturingLogger();
  const secrets: string[] = [EMULATOR_CREDENTIALS.secretKey, PROXY_PASSWORD];
  const clients: VolcClient[] = [];
  const client = (options: NodeVolcClientOptions) => {
    const volc = new VolcClient({
      endpoint: server.url,
      logger: log.logger,
      ...(level ? { logLevel: level } : {}),
      env: { ...NOTHING, ...env },
      ...options,
    });
    clients.push(volc);
    return volc;
  };
  try {
    const base = client({ credentials: EMULATOR_CREDENTIALS, transport: keepingSecrets(secrets) });
    const { Credentials } = await base.send(AssumeRole, { RoleTrn: ROLE, RoleSessionName: "seen" });
    secrets.push(Credentials.SecretAccessKey, Credentials.SessionToken);

    // Temporary credentials (a refresh at info), a call retried after a 503 (info), every attempt (debug).
    const role = client({
      credentials: fromAssumeRole(base, { RoleTrn: ROLE, RoleSessionName: "ci" }),
      transport: keepingSecrets(secrets),
      retryDelay: () => 0,
    });
    server.emulator.injectFaults([
      { kind: "error", status: 503, code: "ServiceUnavailable", action: "GetCallerIdentity" },
    ]);
    await role.send(GetCallerIdentity);
    await role.send(CreateCenBandwidthPackage, cenInput);

    // A credential provider that fails (warn).
    const denied = client({
      credentials: fromAssumeRole(base, { RoleTrn: "trn:iam::2100000000:role/nobody", RoleSessionName: "x" }),
    });
    await denied.send(GetCallerIdentity).catch(() => undefined);

    // A spent retry budget (warn): room for one retry only.
    const budget = client({
      credentials: EMULATOR_CREDENTIALS,
      retryBudget: { capacity: 5, retryCost: 5 },
      retryDelay: () => 0,
    });
    server.emulator.injectFaults([
      { kind: "error", status: 503, code: "ServiceUnavailable", times: 3, action: "GetCallerIdentity" },
    ]);
    await budget.send(GetCallerIdentity).catch(() => undefined);
    server.emulator.faults.clear();

    // A proxy that cannot be reached (warn), named with a password.
    const proxied = client({
      credentials: EMULATOR_CREDENTIALS,
      env: { ...NOTHING, ...env, HTTP_PROXY: `http://ops:${PROXY_PASSWORD}@127.0.0.1:9` },
    });
    await proxied.send(GetCallerIdentity, undefined, { maxAttempts: 1 }).catch(() => undefined);

    // An onAttempt hook that throws (warn, through the logger that was given).
    const hooked = client({
      credentials: EMULATOR_CREDENTIALS,
      onAttempt: () => {
        throw new Error("hook bug");
      },
    });
    await hooked.send(GetCallerIdentity);
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
  return { ...log, secrets };
}

const LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error", "off"];

describe("each level writes what it says, and no secret", () => {
  for (const level of LEVELS) {
    it(`${level}`, async () => {
      const { lines, text, secrets } = await scenario(level);
      const at = (l: string) => lines.filter((line) => line.level === l).map((line) => line.message);
      const rank = LEVELS.indexOf(level);
      // Nothing below the level.
      for (const line of lines) expect(LEVELS.indexOf(line.level as LogLevel)).toBeGreaterThanOrEqual(rank);
      for (const line of lines) expect(line.message).toMatch(/^volcengine-ts: /);

      if (rank <= 0) {
        expect(at("debug")).toEqual(
          expect.arrayContaining([
            expect.stringMatching(
              /^volcengine-ts: sts\.GetCallerIdentity attempt 1: HTTP 503 ServiceUnavailable, request \d{26}[0-9A-F]{6}, \d+ ms$/,
            ),
            expect.stringMatching(
              /^volcengine-ts: sts\.GetCallerIdentity attempt 2: HTTP 200, request \d{26}[0-9A-F]{6}, \d+ ms$/,
            ),
            expect.stringMatching(
              /^volcengine-ts: cen\.CreateCenBandwidthPackage attempt 1: HTTP 200, request /,
            ),
            expect.stringMatching(
              /^volcengine-ts: sts\.GetCallerIdentity attempt 1: ConnectionError ECONNREFUSED, request -, \d+ ms$/,
            ),
          ]),
        );
      } else {
        expect(at("debug")).toEqual([]);
      }
      if (rank <= 1) {
        expect(at("info")).toEqual(
          expect.arrayContaining([
            expect.stringMatching(
              /^volcengine-ts: sts\.GetCallerIdentity attempt 1 failed \(HTTP 503 ServiceUnavailable\); retrying in 0 ms$/,
            ),
            expect.stringMatching(
              new RegExp(
                `^volcengine-ts: credentials from AssumeRole ${ROLE}, valid until \\d{4}-\\d\\d-\\d\\dT`,
              ),
            ),
          ]),
        );
      } else {
        expect(at("info")).toEqual([]);
      }
      if (rank <= 2) {
        expect(at("warn")).toEqual([
          expect.stringMatching(
            /^volcengine-ts: Could not assume role trn:iam::2100000000:role\/nobody: sts\.AssumeRole failed with AccessDenied/,
          ),
          expect.stringMatching(
            /^volcengine-ts: sts\.GetCallerIdentity attempt 2 failed \(HTTP 503 ServiceUnavailable\) and is not retried: the retry budget is spent/,
          ),
          expect.stringMatching(
            /^volcengine-ts: the request through the proxy http:\/\/127\.0\.0\.1:9 failed: /,
          ),
          "volcengine-ts: the onAttempt hook threw (Error: hook bug); calls go on (later failures unreported)",
        ]);
      } else {
        expect(at("warn")).toEqual([]);
      }
      expect(at("error")).toEqual([]);
      if (level === "off") expect(lines).toEqual([]);

      expect(secrets.length).toBeGreaterThan(8);
      const all = text();
      for (const secret of secrets) expect(all).not.toContain(secret);
    });
  }
});

describe("the level", () => {
  it("comes from VOLCENGINE_LOG when the option is not given; warn by default, and for a value that is no level", async () => {
    const debug = await scenario(undefined, { VOLCENGINE_LOG: "debug" });
    expect(debug.lines.some((l) => l.level === "debug")).toBe(true);
    const byDefault = await scenario(undefined);
    expect(new Set(byDefault.lines.map((l) => l.level))).toEqual(new Set(["warn"]));
    const junk = await scenario(undefined, { VOLCENGINE_LOG: "verbose" });
    expect(new Set(junk.lines.map((l) => l.level))).toEqual(new Set(["warn"]));
    const option = await scenario("error", { VOLCENGINE_LOG: "debug" });
    expect(option.lines).toEqual([]);
  });
});

describe("logging costs nothing per call when its level is above debug", () => {
  it("builds no attempt note and writes nothing for calls that succeed at once; debug builds one per attempt", async () => {
    const attempt = vi.spyOn(LogEvents.prototype, "attempt");
    try {
      for (const [level, expected] of [
        ["warn", 0],
        ["off", 0],
        ["debug", 3],
      ] as const) {
        attempt.mockClear();
        const log = capturingLogger();
        const volc = new VolcClient({
          endpoint: server.url,
          credentials: EMULATOR_CREDENTIALS,
          logger: log.logger,
          logLevel: level,
          env: NOTHING,
        });
        for (let i = 0; i < 3; i++) await volc.send(GetCallerIdentity);
        await volc.close();
        expect(attempt).toHaveBeenCalledTimes(expected);
        expect(log.lines).toHaveLength(expected);
      }
    } finally {
      attempt.mockRestore();
    }
  });
});
