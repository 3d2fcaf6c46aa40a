import type { Sender } from "../../client/sender.js";
import type { CredentialContext, Credentials, ProviderCallSettings } from "../../credentials/types.js";
import { CredentialsError, VolcError } from "../../errors.js";
import { describeValue } from "../shared/describe-value.js";

/** The `Credentials` object of an STS answer, as `AssumeRole` and `AssumeRoleWithOIDC` give it. */
export interface StsCredentialsAnswer {
  AccessKeyId?: unknown;
  SecretAccessKey?: unknown;
  SessionToken?: unknown;
  ExpiredTime?: unknown;
  Expiration?: unknown;
}

/** Where a provider's STS call came from, for its errors: the action and what it was asked for. */
export interface StsCall {
  action: string;
  /** The role asked for, e.g. `"trn:iam::2100000000:role/deployer"`. */
  what: string;
  source: string;
}

/**
 * The SDK's credentials from an STS answer, expiring at its `ExpiredTime` (or `Expiration`), on the
 * service's clock. Throws a `CredentialsError` naming what is missing (never quoting a key) when the
 * answer is not usable: an unreadable expiry would never trigger a refresh.
 */
export function toTemporaryCredentials(given: StsCredentialsAnswer | undefined, call: StsCall): Credentials {
  const answer: StsCredentialsAnswer = given ?? {};
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
  const accessKeyId = text(answer.AccessKeyId);
  const secretKey = text(answer.SecretAccessKey);
  const sessionToken = text(answer.SessionToken);
  const expiry = text(answer.ExpiredTime) ?? text(answer.Expiration);
  const missing = [
    ["AccessKeyId", accessKeyId],
    ["SecretAccessKey", secretKey],
    ["SessionToken", sessionToken],
    ["ExpiredTime", expiry],
  ].flatMap(([name, value]) => (value === undefined ? [name] : []));
  const context = { service: "sts", action: call.action };
  if (!accessKeyId || !secretKey || !sessionToken || !expiry) {
    throw new CredentialsError(
      `${call.action} of ${call.what} answered without ${missing.join(", ")} in Credentials: the answer is unusable`,
      context,
    );
  }
  const expiration = new Date(expiry);
  if (Number.isNaN(expiration.getTime())) {
    throw new CredentialsError(
      `${call.action} of ${call.what} answered an ExpiredTime that is not a date: ${describeValue(expiry)}`,
      context,
    );
  }
  return { accessKeyId, secretKey, sessionToken, expiration, source: call.source };
}

/** A failed STS call as the `CredentialsError` of the call being signed; its `cause` is the typed error. */
export function stsFailure(error: unknown, message: string, action: string): CredentialsError {
  if (error instanceof CredentialsError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new CredentialsError(`${message}: ${detail}`, {
    service: "sts",
    action,
    requestId: error instanceof VolcError ? error.requestId : undefined,
    cause: error,
  });
}

/**
 * The client a provider sends its STS call with: the one it was given, else one the calling client makes
 * from its own settings (its transport, proxy, endpoints, logger).
 *
 * @throws {CredentialsError} when there is neither (a provider called on its own, outside a client).
 */
export function stsSender(
  given: Sender | undefined,
  context: CredentialContext | undefined,
  settings: ProviderCallSettings,
  provider: string,
): Sender {
  const client = given ?? (context?.sender(settings) as Sender | undefined);
  if (client) return client;
  throw new CredentialsError(
    `${provider} needs a client to send its STS call: give it to a VolcClient from volcengine-ts as \`credentials\`, or pass \`client\``,
  );
}
