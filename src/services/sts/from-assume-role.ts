import type { Sender } from "../../client/sender.js";
import { validateInput } from "../../client/validate.js";
import type { CredentialProvider } from "../../credentials/types.js";
import { AssumeRole, type AssumeRoleInput, type AssumeRoleOutput } from "./assume-role.js";
import { stsFailure, toTemporaryCredentials } from "./temporary-credentials.js";

/**
 * What {@link fromAssumeRole} sends `AssumeRole` with: any `VolcClient` (from `volcengine-ts` or
 * `volcengine-ts/fetch`) fits, and so does a test double with the same `send`.
 */
export type AssumeRoleClient = Sender;

/**
 * Credentials of a role, from STS `AssumeRole`: the provider asks `client` (whose own credentials are the
 * long-term keys allowed to assume the role) for temporary keys and hands them out with their expiry.
 * A `VolcClient` given this provider calls it once, then again a minute before `ExpiredTime` (judged on
 * its clock corrected by the offset it learnt from the service), so every request is signed with keys
 * that are still valid; concurrent calls share one `AssumeRole`.
 *
 * `params` are checked at once: a malformed `RoleTrn` throws a `ValidationError` here, not at the first
 * call. A failed `AssumeRole` (an unknown role, keys not allowed to assume it, STS unreachable after the
 * client's retries) rejects the call being signed with a `CredentialsError` that names the role; its
 * `cause` is the client's typed error (a `ServiceError` with the `code`, `status` and `requestId`).
 * Never pass the client that uses this provider as `client`: it would ask itself for keys.
 *
 * @example
 * ```ts
 * const base = new VolcClient();                       // long-term keys from the environment
 * const volc = new VolcClient({ credentials: fromAssumeRole(base, { RoleTrn: "trn:iam::2100000000:role/deployer", RoleSessionName: "ci" }) });
 * await volc.send(CreateCenBandwidthPackage, { LocalGeographicRegionSetId: "China", PeerGeographicRegionSetId: "Asia" });
 * ```
 */
export function fromAssumeRole(client: AssumeRoleClient, params: AssumeRoleInput): CredentialProvider {
  const input = validateInput(AssumeRole, params);
  const role = input.RoleTrn;
  return async () => {
    let result: AssumeRoleOutput;
    try {
      result = await client.send(AssumeRole, input);
    } catch (error) {
      throw stsFailure(error, `Could not assume role ${role}`, AssumeRole.action);
    }
    return toTemporaryCredentials(result?.Credentials, {
      action: AssumeRole.action,
      what: role,
      source: `AssumeRole ${role}`,
    });
  };
}
