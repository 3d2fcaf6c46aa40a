import { createHash, randomBytes, randomInt } from "node:crypto";
import { AssumeRole, parseRoleTrn } from "../../services/sts/index.js";
import { type ApiErrorSpec, apiError } from "../api-error.js";
import { defineHandler } from "../handler.js";

/** The gateway's `AccessDenied` (SPEC §3: 403, CodeN 100013), answered for a role that cannot be assumed. */
const AccessDenied = {
  status: 403,
  code: "AccessDenied",
  codeN: 100013,
  message: "You are not authorized to perform this operation.",
} as const satisfies ApiErrorSpec;

/** The service's default lifetime of temporary credentials, in seconds. */
const DEFAULT_DURATION_SECONDS = 3600;
/** STS answers its times in Beijing time, with the offset spelt out (`2026-11-23T20:00:00+08:00`). */
const UTC_PLUS_8_MS = 8 * 3600_000;
const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/**
 * sts `AssumeRole`: for a role seeded with the emulator's `roles` option (or `emulator.addRole`), mints a
 * temporary key pair (`AKTP…`) with a session token (`STS2…`), makes the emulator accept it until
 * `DurationSeconds` (default 3600) from its clock, and answers with the documented `Result`. Any other
 * role: `AccessDenied` 403. Past `ExpiredTime`, requests signed with the pair are refused with
 * `InvalidSecretToken` 401. Roles have no session-duration limit or trust policy here: any caller that
 * authenticates may assume any seeded role, for up to the 43200 s the operation allows.
 */
export const assumeRoleHandler = defineHandler({
  operation: AssumeRole,
  issueRules: [],
  handle(input, ctx) {
    const role = input.RoleTrn;
    const parts = parseRoleTrn(role);
    if (parts === undefined || !ctx.roles.has(role)) {
      throw apiError(
        AccessDenied,
        `${ctx.caller.accessKeyId} cannot assume role ${role}: no such role in this emulator ` +
          "(seed it with createEmulator({ roles: [...] }) or emulator.addRole).",
      );
    }
    // Whole seconds, so the expiry enforced is exactly the ExpiredTime answered.
    const issuedAt = Math.floor(ctx.nowMs / 1000) * 1000;
    const expiresAt = issuedAt + (input.DurationSeconds ?? DEFAULT_DURATION_SECONDS) * 1000;
    const credentials = {
      AccessKeyId: `AKTP${randomText(40)}`,
      SecretAccessKey: randomBytes(30).toString("base64"),
      SessionToken: `STS2${randomBytes(96).toString("base64")}`,
    };
    ctx.acceptCredentials({
      accessKeyId: credentials.AccessKeyId,
      secretKey: credentials.SecretAccessKey,
      sessionToken: credentials.SessionToken,
      expiration: new Date(expiresAt),
    });
    const session = input.RoleSessionName;
    return {
      Credentials: {
        CurrentTime: beijingTime(issuedAt),
        ExpiredTime: beijingTime(expiresAt),
        ...credentials,
      },
      AssumedRoleUser: {
        Trn: `trn:sts::${parts.accountId}:assumed-role/${parts.roleName}/${session}`,
        AssumedRoleId: `${roleId(role)}:${session}`,
      },
    };
  },
});

/** ISO 8601 in Beijing time to the second, e.g. `2026-11-23T20:00:00+08:00`. */
function beijingTime(ms: number): string {
  return `${new Date(ms + UTC_PLUS_8_MS).toISOString().slice(0, 19)}+08:00`;
}

/** A role's numeric id, stable for its TRN. */
function roleId(trn: string): string {
  return String(createHash("sha256").update(trn).digest().readUInt32BE(0));
}

function randomText(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return out;
}
