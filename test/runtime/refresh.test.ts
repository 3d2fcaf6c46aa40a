// Temporary credentials are refreshed before they expire, once for every call waiting, judged on the
// client's clock corrected by the offset it learnt from the service (not on a skewed local clock).
import { writeFile } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { VolcClient } from "../../src/index.js";
import { CreateCenBandwidthPackage } from "../../src/services/cen/index.js";
import { fromAssumeRole, GetCallerIdentity } from "../../src/services/sts/index.js";
import {
  createOidcToken,
  EMULATOR_CREDENTIALS,
  type RunningEmulator,
  startEmulator,
  startImdsEmulator,
} from "../../src/testing/index.js";
import { NOTHING, tempDir, writeIn } from "./helpers.js";

const ROLE = "trn:iam::2100000000:role/deployer";
const T0 = Date.parse("2026-11-29T10:00:00Z");
const SKEW_MS = -20 * 60_000; // the client's clock runs 20 minutes behind the service's
const cenInput = { LocalGeographicRegionSetId: "China", PeerGeographicRegionSetId: "Asia" } as const;

let serverClock = T0;
let server: RunningEmulator;
const toClose: { close(): Promise<void> }[] = [];

beforeEach(async () => {
  serverClock = T0;
  server = await startEmulator({ now: () => serverClock, roles: [ROLE] });
  toClose.push(server);
});
afterEach(async () => {
  await Promise.all(toClose.splice(0).map((c) => c.close()));
});

const calls = (action: string) => server.emulator.stats.requestsByAction[action] ?? 0;

describe("refresh before expiry on the corrected clock", () => {
  it("fromAssumeRole: a client 20 minutes behind refreshes a minute before ExpiredTime of the service's clock", async () => {
    const localNow = () => serverClock + SKEW_MS;
    const base = new VolcClient({
      endpoint: server.url,
      now: localNow,
      credentials: EMULATOR_CREDENTIALS,
      logLevel: "off",
    });
    const volc = new VolcClient({
      endpoint: server.url,
      now: localNow,
      logLevel: "off",
      credentials: fromAssumeRole(base, { RoleTrn: ROLE, RoleSessionName: "ci", DurationSeconds: 900 }),
    });
    toClose.push(base, volc);

    await volc.send(CreateCenBandwidthPackage, cenInput);
    // Both clients were refused once for their clock, learnt the offset and went on.
    expect(server.emulator.stats.errorsByCode).toEqual({ InvalidTimestamp: 2 });
    expect(volc.clockOffsetMs).toBeGreaterThan(19 * 60_000);
    expect(calls("AssumeRole")).toBe(2); // refused for its date once, then answered

    serverClock = T0 + 900_000 - 70_000; // 70 s left on the service's clock (and 20 min 70 s on the local one)
    await volc.send(CreateCenBandwidthPackage, cenInput);
    expect(calls("AssumeRole")).toBe(2);

    serverClock = T0 + 900_000 - 50_000; // 50 s left: refreshed once, however many calls wait
    await Promise.all(Array.from({ length: 5 }, () => volc.send(CreateCenBandwidthPackage, cenInput)));
    expect(calls("AssumeRole")).toBe(3);

    serverClock = T0 + 900_000 + 1_000; // the first keys have expired; the new ones have not
    await volc.send(CreateCenBandwidthPackage, cenInput);
    expect(calls("AssumeRole")).toBe(3);
    expect(server.emulator.stats.errorsByCode).toEqual({ InvalidTimestamp: 2 });
  });

  it("OIDC: refreshed once for concurrent calls, the token file read again at each refresh", async () => {
    const dir = await tempDir();
    const first = createOidcToken({ sub: "first" });
    const second = createOidcToken({ sub: "second" });
    server.emulator.trustOidcToken(first);
    server.emulator.trustOidcToken(second);
    const file = await writeIn(dir, "token", first);
    const volc = new VolcClient({
      endpoint: server.url,
      now: () => serverClock,
      logLevel: "off",
      env: { ...NOTHING, VOLCENGINE_OIDC_ROLE_TRN: ROLE, VOLCENGINE_OIDC_TOKEN_FILE: file },
    });
    toClose.push(volc);
    await Promise.all(Array.from({ length: 5 }, () => volc.send(GetCallerIdentity)));
    expect(calls("AssumeRoleWithOIDC")).toBe(1);

    // The token is rotated, and the old one may no longer assume the role.
    await writeFile(file, second);
    server.emulator.trustOidcToken(first, ["trn:iam::2100000000:role/other"]);
    serverClock = T0 + 3600_000 - 30_000;
    await Promise.all(Array.from({ length: 5 }, () => volc.send(GetCallerIdentity)));
    expect(calls("AssumeRoleWithOIDC")).toBe(2);
    expect(server.emulator.stats.errorsByCode).toEqual({});
  });

  it("the ECS instance role: new keys from the metadata service before the old ones expire", async () => {
    const imds = await startImdsEmulator({ role: "web", emulator: server.emulator, durationSeconds: 900 });
    toClose.push(imds);
    const volc = new VolcClient({
      endpoint: server.url,
      now: () => serverClock,
      logLevel: "off",
      env: {
        ...NOTHING,
        VOLCENGINE_ECS_METADATA_DISABLED: undefined,
        VOLCENGINE_ECS_METADATA_ENDPOINT: imds.url,
      },
    });
    toClose.push(volc);
    const keysUsed = new Set<string>();
    const note = async () => {
      const identity = await volc.send(GetCallerIdentity);
      keysUsed.add(identity.IdentityId ?? "");
    };
    const fetches = () => imds.requests.filter((r) => r.path.endsWith("/security_credentials/web")).length;
    await note();
    serverClock = T0 + 600_000;
    await note();
    expect(fetches()).toBe(1);
    serverClock = T0 + 900_000 - 30_000;
    await Promise.all([note(), note(), note()]);
    expect(fetches()).toBe(2);
    serverClock = T0 + 900_000 + 60_000;
    await note();
    expect(server.emulator.stats.errorsByCode).toEqual({});
  });
});
