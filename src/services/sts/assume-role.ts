import * as z from "zod/mini";
import type { Operation } from "../../client/operation.js";
import { FreeTextSchema, IdSchema } from "../shared/free-text.js";
import { type In, type Out, params, result } from "../shared/shape.js";
import { stsOperation } from "./operation.js";
import { RoleTrnSchema } from "./role-trn.js";
import { DurationSecondsSchema, PolicySchema, RoleSessionNameSchema } from "./session-rules.js";

const Params = {
  /** The role to assume: `trn:iam::<accountId>:role/<roleName>`. */
  RoleTrn: RoleTrnSchema,
  /** Names this session in audit logs, e.g. the user or the job: 1–64 letters, digits and `_ - . @ = ,`. */
  RoleSessionName: RoleSessionNameSchema,
  /** How long the temporary credentials last, in seconds: 900–43200 (default 3600, set by the service). */
  DurationSeconds: z.optional(DurationSecondsSchema),
  /**
   * A JSON policy document (at most 2048 characters) that narrows the role's permissions for this
   * session: the credentials get what both the role and this policy allow.
   */
  Policy: z.optional(PolicySchema),
  /**
   * Session tags, which the role's policies can test; sent as `Tags.N.Key` / `Tags.N.Value`. The API
   * documents no limit on their number or length.
   */
  Tags: z.optional(
    z.array(
      params({
        /** The tag's key (not empty). */
        Key: IdSchema,
        /** The tag's value. */
        Value: z.optional(FreeTextSchema),
      }),
    ),
  ),
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
 * a role, optionally with session `Tags`. Signed with long-term keys. Safe to repeat (it only mints
 * another token), so it is retried on any transient failure. To sign requests with the role, use
 * {@link fromAssumeRole} rather than calling it yourself: it refreshes the credentials before they expire.
 *
 * @example
 * ```ts
 * const { Credentials } = await volc.send(AssumeRole, {
 *   RoleTrn: "trn:iam::2100000000:role/deployer", RoleSessionName: "ci", DurationSeconds: 900,
 *   Tags: [{ Key: "team", Value: "payments" }],
 * });
 * ```
 */
export const AssumeRole: Operation<AssumeRoleInput, AssumeRoleOutput> = stsOperation({
  action: "AssumeRole",
  input: params(Params),
  output: result(Result),
  idempotent: true,
});
