import { CredentialsError } from "../errors.js";
import type { CredentialContext, CredentialProvider, Credentials, CredentialsInput } from "./types.js";

/** Temporary credentials are replaced this long before they expire, so no request is signed with stale ones. */
export const REFRESH_BEFORE_EXPIRY_MS = 60_000;

/**
 * Turns what the caller configured into a provider that calls the underlying one only when needed:
 * once, then again a minute before `expiration`. Concurrent calls share one pending lookup, and a
 * failed lookup is not cached (the next call tries again).
 */
export function cachedProvider(input: CredentialsInput, now: () => number = Date.now): CredentialProvider {
  const get = cachedCredentials(input, now);
  return async () => get();
}

/** What the client hears of each lookup (to log refreshes at info and failures at warn). */
export interface LookupListener {
  credentials(found: Credentials): void;
  credentialsFailed(error: CredentialsError): void;
}

/**
 * {@link cachedProvider} for the client's hot path: credentials that are still fresh come back as they
 * are, not in a promise, so that a call spends no await on them. `now` is the clock expiry is judged on
 * (the client's, corrected by the offset it learnt from the service); `context` is handed to the provider.
 */
export function cachedCredentials(
  input: CredentialsInput,
  now: () => number = Date.now,
  context?: CredentialContext,
  listener?: LookupListener,
): () => Credentials | Promise<Credentials> {
  if (typeof input !== "function") {
    // Checked at the first call, not at construction: a client can be built before keys are known.
    let ready: Credentials | undefined;
    return () => {
      ready ??= checked(input);
      return ready;
    };
  }
  let current: Credentials | undefined;
  let pending: Promise<Credentials> | undefined;
  return () => {
    if (current && !expiresSoon(current, now())) return current;
    pending ??= input(context)
      .then(checked)
      .then(
        (found) => {
          current = found;
          listener?.credentials(found);
          return found;
        },
        (err: unknown) => {
          const error =
            err instanceof CredentialsError
              ? err
              : new CredentialsError(`The credential provider failed: ${describe(err)}`, { cause: err });
          listener?.credentialsFailed(error);
          throw error;
        },
      )
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}

function expiresSoon(credentials: Credentials, nowMs: number): boolean {
  return (
    credentials.expiration !== undefined &&
    credentials.expiration.getTime() - nowMs <= REFRESH_BEFORE_EXPIRY_MS
  );
}

function checked(credentials: Credentials): Credentials {
  if (!credentials || typeof credentials.accessKeyId !== "string" || !credentials.accessKeyId) {
    throw new CredentialsError("Credentials need a non-empty accessKeyId");
  }
  if (typeof credentials.secretKey !== "string" || !credentials.secretKey) {
    throw new CredentialsError(`Credentials for ${credentials.accessKeyId} need a non-empty secretKey`);
  }
  return credentials;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
