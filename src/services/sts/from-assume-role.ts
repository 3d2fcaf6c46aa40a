import type { Sender } from "../../client/sender.js";
import { validateInput } from "../../client/validate.js";
import type { CredentialProvider, Credentials } from "../../credentials/types.js";
import { CredentialsError, VolcError } from "../../errors.js";
import { describeValue } from "../shared/describe-value.js";
import { AssumeRole, type AssumeRoleInput, type AssumeRoleOutput } from "./assume-role.js";

/**
 * What {@link fromAssumeRole} sends `AssumeRole` with: any `VolcClient` (from `volcengine-ts` or
 * `volcengine-ts/fetch`) fits, and so does a test double with the same `send`.
 */
export type AssumeRoleClient = Sender;

/**
 * Credentials of a role, from STS `AssumeRole`: the provider asks `client` (whose own credentials are the
 * long-term keys allowed to assume the role) for temporary keys and hands them out with their expiry.
 * A `VolcClient` given this provider calls it once, then again a minute before `ExpiredTime`, so every
 * request is signed with keys that are still valid; concurrent calls share one `AssumeRole`.
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
      throw new CredentialsError(`Could not assume role ${role}: ${describeError(error)}`, {
        service: AssumeRole.service,
        action: AssumeRole.action,
        requestId: error instanceof VolcError ? error.requestId : undefined,
        cause: error,
      });
    }
    return toCredentials(result, role);
  };
}

/**
 * The SDK's credentials from an `AssumeRole` result; throws a `CredentialsError` naming what is missing
 * (never quoting a key) when the answer is not usable.
 */
function toCredentials(result: AssumeRoleOutput, role: string): Credentials {
  const given: Partial<Record<string, unknown>> = result?.Credentials ?? {};
  const missing = ["AccessKeyId", "SecretAccessKey", "SessionToken", "ExpiredTime"].filter(
    (name) => typeof given[name] !== "string" || given[name] === "",
  );
  if (missing.length > 0) {
    throw new CredentialsError(
      `AssumeRole of ${role} answered without ${missing.join(", ")} in Credentials: the answer is unusable`,
      { service: AssumeRole.service, action: AssumeRole.action },
    );
  }
  const { AccessKeyId, SecretAccessKey, SessionToken, ExpiredTime } = result.Credentials;
  const expiration = new Date(ExpiredTime);
  // An unreadable expiry would never trigger a refresh: refuse it rather than sign with keys that lapse.
  if (Number.isNaN(expiration.getTime())) {
    throw new CredentialsError(
      `AssumeRole of ${role} answered an ExpiredTime that is not a date: ${describeValue(ExpiredTime)}`,
      { service: AssumeRole.service, action: AssumeRole.action },
    );
  }
  return { accessKeyId: AccessKeyId, secretKey: SecretAccessKey, sessionToken: SessionToken, expiration };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
