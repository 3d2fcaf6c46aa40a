/**
 * sts (Security Token Service), Version 2018-01-01: `AssumeRole`, and {@link fromAssumeRole}, the
 * credential provider built on it that keeps a client signing with a role's temporary keys.
 *
 * @example
 * ```ts
 * import { VolcClient } from "volcengine-ts";
 * import { fromAssumeRole } from "volcengine-ts/sts";
 *
 * const base = new VolcClient();                       // long-term keys from the environment
 * const volc = new VolcClient({ credentials: fromAssumeRole(base, { RoleTrn: "trn:iam::2100000000:role/deployer", RoleSessionName: "ci" }) });
 * ```
 *
 * @module
 */
export {
  AssumeRole,
  type AssumeRoleInput,
  type AssumeRoleOutput,
} from "./assume-role.js";
export { type AssumeRoleClient, fromAssumeRole } from "./from-assume-role.js";
export { parseRoleTrn, type RoleTrnParts, RoleTrnSchema } from "./role-trn.js";
