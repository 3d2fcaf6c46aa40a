import * as z from "zod/mini";
import { defineOperation, type Operation } from "../../client/operation.js";
import { integerBetween } from "../shared/integer.js";
import { type In, type Out, params, result } from "../shared/shape.js";
import { type CharSet, text } from "../shared/text-rule.js";
import { RoleTrnSchema } from "./role-trn.js";

/**
 * Characters of `RoleSessionName`: ASCII letters, digits and `_ - . @ = ,`, 1–64 of them. No published
 * Volcengine pattern was at hand when this was written: the rule follows the session-name rules of other
 * STS services (AWS `[\w+=,.@-]`, Alibaba `. @ - _`) and keeps to characters that need no escaping in a
 * TRN or an audit log. Loosen it if the service is found to accept a name this refuses.
 */
const SESSION_NAME_CHARS: CharSet = {
  pattern: /^[A-Za-z0-9_.@=,-]$/u,
  label: "letters, digits and _ - . @ = ,",
};

/** `RoleSessionName`: 1–64 characters of {@link SESSION_NAME_CHARS}. */
const RoleSessionNameSchema = text({ min: 1, max: 64, allowed: SESSION_NAME_CHARS });

/** `Policy`: a JSON policy document (a JSON object), at most 2048 characters. */
const PolicySchema = text({ min: 0, max: 2048, multiline: true, more: [policyDocumentProblem] });

const Params = {
  /** The role to assume: `trn:iam::<accountId>:role/<roleName>`. */
  RoleTrn: RoleTrnSchema,
  /** Names this session in audit logs, e.g. the user or the job: 1–64 letters, digits and `_ - . @ = ,`. */
  RoleSessionName: RoleSessionNameSchema,
  /** How long the temporary credentials last, in seconds: 900–43200 (default 3600, set by the service). */
  DurationSeconds: z.optional(integerBetween(900, 43200, "seconds")),
  /**
   * A JSON policy document (at most 2048 characters) that narrows the role's permissions for this
   * session: the credentials get what both the role and this policy allow.
   */
  Policy: z.optional(PolicySchema),
};

const Result = {
  /** The temporary credentials. */
  Credentials: result({
    /** Time of issue, ISO 8601 with a zone, e.g. `"2026-11-23T19:00:00+08:00"`. */
    CurrentTime: z.string(),
    /** When the credentials stop working, ISO 8601 with a zone, e.g. `"2026-11-23T20:00:00+08:00"`. */
    ExpiredTime: z.string(),
    /** Temporary access key id, starting `AKTP`. */
    AccessKeyId: z.string(),
    /** Temporary secret key. */
    SecretAccessKey: z.string(),
    /** Sent as `X-Security-Token` with every request signed with these keys. */
    SessionToken: z.string(),
  }),
  /** Who the session acts as. */
  AssumedRoleUser: result({
    /** e.g. `"trn:sts::2100000000:assumed-role/deployer/ci"`. */
    Trn: z.string(),
    /** The role's id and the session name, e.g. `"3218765432:ci"`. */
    AssumedRoleId: z.string(),
  }),
};

/** Parameters of {@link AssumeRole}. */
export interface AssumeRoleInput extends In<typeof Params> {}
/** `Result` of {@link AssumeRole}. */
export interface AssumeRoleOutput extends Out<typeof Result> {}

/**
 * sts `AssumeRole` (2018-01-01): temporary credentials (an access key pair and a session token) to act as
 * a role. Signed with long-term keys. Safe to repeat (it only mints another token), so it is retried on
 * any transient failure. To sign requests with the role, use {@link fromAssumeRole} rather than calling
 * it yourself: it refreshes the credentials before they expire.
 *
 * @example
 * ```ts
 * const { Credentials } = await volc.send(AssumeRole, {
 *   RoleTrn: "trn:iam::2100000000:role/deployer", RoleSessionName: "ci", DurationSeconds: 900,
 * });
 * ```
 */
export const AssumeRole: Operation<AssumeRoleInput, AssumeRoleOutput> = defineOperation({
  service: "sts",
  version: "2018-01-01",
  action: "AssumeRole",
  method: "GET",
  host: "sts.volcengineapi.com",
  input: params(Params),
  output: result(Result),
  idempotent: true,
});

/** Says what is wrong with a policy document, or nothing when it is a JSON object. Never quotes it. */
function policyDocumentProblem(value: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return "Policy must be a JSON policy document; it is not valid JSON";
  }
  if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return undefined;
  const kind = Array.isArray(parsed) ? "an array" : parsed === null ? "null" : `a ${typeof parsed}`;
  return `Policy must be a JSON policy document (a JSON object such as {"Statement":[…]}); got ${kind}`;
}
