import * as z from "zod/mini";
import type { Operation } from "../../client/operation.js";
import { IdSchema } from "../shared/free-text.js";
import { type In, type Out, params, result } from "../shared/shape.js";
import { stsOperation } from "./operation.js";
import { RoleTrnSchema } from "./role-trn.js";
import { DurationSecondsSchema, PolicySchema, RoleSessionNameSchema } from "./session-rules.js";

const Params = {
  /** The role to assume, whose trust policy names the OIDC provider: `trn:iam::<accountId>:role/<roleName>`. */
  RoleTrn: RoleTrnSchema,
  /** The OIDC token (a JWT) the identity provider issued, e.g. the one a VKE pod or a CI job is given. */
  OIDCToken: IdSchema,
  /** Names this session in audit logs: 1–64 letters, digits and `_ - . @ = ,`. */
  RoleSessionName: RoleSessionNameSchema,
  /** How long the temporary credentials last, in seconds: 900–43200 (default 3600, set by the service). */
  DurationSeconds: z.optional(DurationSecondsSchema),
  /** A JSON policy document (at most 2048 characters) that narrows the role's permissions for this session. */
  Policy: z.optional(PolicySchema),
};

const Result = {
  /** The temporary credentials. */
  Credentials: result({
    /** Temporary access key id, starting `AKTP`. */
    AccessKeyId: z.string(),
    /** Temporary secret key. */
    SecretAccessKey: z.string(),
    /** Sent as `X-Security-Token` with every request signed with these keys. */
    SessionToken: z.string(),
    /** Time of issue, ISO 8601 with a zone. */
    CurrentTime: z.optional(z.string()),
    /** When the credentials stop working, ISO 8601 with a zone (the name the official Node SDK reads). */
    ExpiredTime: z.optional(z.string()),
    /** When the credentials stop working, ISO 8601 (the name the official Go, Python and Java SDKs read). */
    Expiration: z.optional(z.string()),
  }),
  /** Who the session acts as. */
  AssumedRoleUser: z.optional(
    result({
      /** e.g. `"trn:sts::2100000000:assumed-role/ci/run-42"`. */
      Trn: z.optional(z.string()),
      /** The role's id and the session name. */
      AssumedRoleId: z.optional(z.string()),
    }),
  ),
  /** What STS read in the OIDC token. */
  OIDCTokenInfo: z.optional(
    result({
      /** The token's `sub`. */
      Subject: z.optional(z.string()),
      /** The token's `iss`. */
      Issuer: z.optional(z.string()),
      /** The token's audiences (`aud`). */
      ClientIds: z.optional(z.array(z.string())),
      /** When the token expires. */
      ExpirationTime: z.optional(z.string()),
      /** When the token was issued. */
      IssuanceTime: z.optional(z.string()),
    }),
  ),
};

/** Parameters of {@link AssumeRoleWithOIDC}. */
export interface AssumeRoleWithOIDCInput extends In<typeof Params> {}
/** `Result` of {@link AssumeRoleWithOIDC}. */
export interface AssumeRoleWithOIDCOutput extends Out<typeof Result> {}

/**
 * sts `AssumeRoleWithOIDC` (2018-01-01): temporary credentials of a role for the holder of an OIDC token
 * (CI systems, VKE pods). Sent unsigned, as a POST form (the token authenticates it, and stays out of
 * URLs and logs). Safe to repeat. To sign requests with the role, use {@link fromOidc}, which re-reads
 * the token file and refreshes the credentials before they expire.
 *
 * @example
 * ```ts
 * const { Credentials } = await volc.send(AssumeRoleWithOIDC, {
 *   RoleTrn: "trn:iam::2100000000:role/ci", OIDCToken: token, RoleSessionName: "run-42",
 * });
 * ```
 */
export const AssumeRoleWithOIDC: Operation<AssumeRoleWithOIDCInput, AssumeRoleWithOIDCOutput> = stsOperation({
  action: "AssumeRoleWithOIDC",
  method: "POST",
  body: "form",
  anonymous: true,
  input: params(Params),
  output: result(Result),
  idempotent: true,
});
