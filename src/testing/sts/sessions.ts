import { createHash, randomBytes, randomInt } from "node:crypto";
import { parseRoleTrn } from "../../services/sts/role-trn.js";
import type { EmulatorCredentials } from "../credentials.js";

/** The account the emulator's own test keys belong to. */
export const EMULATOR_ACCOUNT_ID = "2100000000";
/** The service's default lifetime of temporary credentials, in seconds. */
export const DEFAULT_DURATION_SECONDS = 3600;
/** STS answers its times in Beijing time, with the offset spelt out (`2026-11-23T20:00:00+08:00`). */
const UTC_PLUS_8_MS = 8 * 3600_000;
const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Who a key pair belongs to, as sts `GetCallerIdentity` answers it; `Tags` are a session's tags. */
export interface CallerIdentity {
  AccountId: number;
  IdentityId: string;
  IdentityType: string;
  Trn: string;
  /** The session tags given to `AssumeRole`, for tests to read (`emulator.identityOf`). */
  Tags?: readonly { Key: string; Value?: string | undefined }[] | undefined;
}

/** What a role session is minted for. */
export interface SessionSpec {
  roleTrn: string;
  sessionName: string;
  /** Default 3600. */
  durationSeconds?: number | undefined;
  tags?: CallerIdentity["Tags"];
}

/** Temporary credentials as STS answers them (`Credentials` of `AssumeRole`). */
export interface IssuedCredentials {
  CurrentTime: string;
  ExpiredTime: string;
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
}

/** A minted session: the answer to give, the key to accept, and who the session is. */
export interface MintedSession {
  credentials: IssuedCredentials;
  key: EmulatorCredentials;
  user: { Trn: string; AssumedRoleId: string };
}

/**
 * Mints a role session at `nowMs`: a key pair (`AKTP…`) with a session token (`STS2…`), valid for
 * `durationSeconds` in whole seconds, so that the expiry enforced is exactly the `ExpiredTime` answered.
 */
export function mintSession(spec: SessionSpec, nowMs: number): MintedSession {
  const parts = parseRoleTrn(spec.roleTrn) ?? { accountId: EMULATOR_ACCOUNT_ID, roleName: spec.roleTrn };
  const issuedAt = Math.floor(nowMs / 1000) * 1000;
  const expiresAt = issuedAt + (spec.durationSeconds ?? DEFAULT_DURATION_SECONDS) * 1000;
  const credentials = {
    CurrentTime: beijingTime(issuedAt),
    ExpiredTime: beijingTime(expiresAt),
    AccessKeyId: `AKTP${randomText(40)}`,
    SecretAccessKey: randomBytes(30).toString("base64"),
    SessionToken: `STS2${randomBytes(96).toString("base64")}`,
  };
  const user = {
    Trn: `trn:sts::${parts.accountId}:assumed-role/${parts.roleName}/${spec.sessionName}`,
    AssumedRoleId: `${roleId(spec.roleTrn)}:${spec.sessionName}`,
  };
  const key: EmulatorCredentials = {
    accessKeyId: credentials.AccessKeyId,
    secretKey: credentials.SecretAccessKey,
    sessionToken: credentials.SessionToken,
    expiration: new Date(expiresAt),
    identity: {
      AccountId: Number(parts.accountId),
      IdentityId: user.AssumedRoleId,
      IdentityType: "AssumedRole",
      Trn: user.Trn,
      Tags: spec.tags,
    },
  };
  return { credentials, key, user };
}

/** Who a key without a recorded identity is: a user of the emulator's account, named by its key. */
export function identityOf(key: EmulatorCredentials): CallerIdentity {
  return (
    key.identity ?? {
      AccountId: Number(EMULATOR_ACCOUNT_ID),
      IdentityId: roleId(key.accessKeyId),
      IdentityType: "User",
      Trn: `trn:iam::${EMULATOR_ACCOUNT_ID}:user/${key.accessKeyId}`,
    }
  );
}

/** ISO 8601 in Beijing time to the second, e.g. `2026-11-23T20:00:00+08:00`. */
export function beijingTime(ms: number): string {
  return `${new Date(ms + UTC_PLUS_8_MS).toISOString().slice(0, 19)}+08:00`;
}

/** A role's (or key's) numeric id, stable for its name. */
function roleId(name: string): string {
  return String(createHash("sha256").update(name).digest().readUInt32BE(0));
}

function randomText(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return out;
}
