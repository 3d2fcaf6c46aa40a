import { CredentialsError } from "../errors.js";
import type { CredentialProvider, Credentials, CredentialsInput } from "./types.js";

/** Temporary credentials are replaced this long before they expire, so no request is signed with stale ones. */
export const REFRESH_BEFORE_EXPIRY_MS = 60_000;

/**
 * Turns what the caller configured into a provider that calls the underlying one only when needed:
 * once, then again a minute before `expiration`. Concurrent calls share one pending lookup, and a
 * failed lookup is not cached (the next call tries again).
 */
export function cachedProvider(input: CredentialsInput, now: () => number = Date.now): CredentialProvider {
  if (typeof input !== "function") {
    // Checked at the first call, not at construction: a client can be built before keys are known.
    let ready: Promise<Credentials> | undefined;
    return () => {
      ready ??= new Promise((resolve) => resolve(checked(input)));
      return ready;
    };
  }
  let current: Credentials | undefined;
  let pending: Promise<Credentials> | undefined;
  return () => {
    if (current && !expiresSoon(current, now())) return Promise.resolve(current);
    pending ??= input()
      .then(
        (found) => {
          current = checked(found);
          return current;
        },
        (err: unknown) => {
          throw err instanceof CredentialsError
            ? err
            : new CredentialsError(`The credential provider failed: ${describe(err)}`, { cause: err });
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
