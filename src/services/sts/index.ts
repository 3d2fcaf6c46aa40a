/**
 * sts (Security Token Service), Version 2018-01-01: `AssumeRole`, `AssumeRoleWithOIDC` and
 * `GetCallerIdentity`, and the credential providers built on them that keep a client signing with a
 * role's temporary keys: {@link fromAssumeRole}, {@link fromOidc}, {@link fromCliConfig}, and the default
 * chain {@link defaultCredentials}.
 *
 * @example
 * ```ts
 * import { VolcClient } from "volcengine-ts";
 * import { fromAssumeRole, GetCallerIdentity } from "volcengine-ts/sts";
 *
 * const base = new VolcClient();                       // long-term keys from the environment
 * const volc = new VolcClient({ credentials: fromAssumeRole(base, { RoleTrn: "trn:iam::2100000000:role/deployer", RoleSessionName: "ci" }) });
 * const { Trn } = await volc.send(GetCallerIdentity);  // "trn:sts::2100000000:assumed-role/deployer/ci"
 * ```
 *
 * @module
 */
export {
  AssumeRole,
  type AssumeRoleInput,
  type AssumeRoleOutput,
} from "./assume-role.js";
export {
  AssumeRoleWithOIDC,
  type AssumeRoleWithOIDCInput,
  type AssumeRoleWithOIDCOutput,
} from "./assume-role-with-oidc.js";
export { type DefaultCredentialsOptions, defaultCredentials } from "./default-chain.js";
export { type AssumeRoleClient, fromAssumeRole } from "./from-assume-role.js";
export { fromCliConfig } from "./from-cli-config.js";
export { fromOidc, type OidcOptions } from "./from-oidc.js";
export {
  GetCallerIdentity,
  type GetCallerIdentityInput,
  type GetCallerIdentityOutput,
} from "./get-caller-identity.js";
export { parseRoleTrn, type RoleTrnParts, RoleTrnSchema } from "./role-trn.js";
