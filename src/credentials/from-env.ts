import { CredentialsError } from "../errors.js";
import type { CredentialProvider, Credentials } from "./types.js";

/** The variables read, in order of preference: the current names, then those of older Volcengine SDKs. */
export const CREDENTIAL_ENV_VARS = {
  current: ["VOLCENGINE_ACCESS_KEY", "VOLCENGINE_SECRET_KEY", "VOLCENGINE_SESSION_TOKEN"],
  legacy: ["VOLC_ACCESSKEY", "VOLC_SECRETKEY"],
} as const;

/**
 * Credentials from the environment: `VOLCENGINE_ACCESS_KEY`, `VOLCENGINE_SECRET_KEY` and
 * `VOLCENGINE_SESSION_TOKEN`, then `VOLC_ACCESSKEY` / `VOLC_SECRETKEY`. Reads the variables when called,
 * not when created, so a client can be constructed before they are set.
 *
 * @example
 * ```ts
 * new VolcClient({ credentials: fromEnv() }); // the default when no credentials are given
 * ```
 */
export function fromEnv(env: Record<string, string | undefined> = process.env): CredentialProvider {
  return async () => {
    const found = readEnv(env);
    if (found) return found;
    throw new CredentialsError(
      "No Volcengine credentials: set VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY " +
        "(and VOLCENGINE_SESSION_TOKEN for temporary keys), or VOLC_ACCESSKEY and VOLC_SECRETKEY, " +
        "or pass `credentials` to the VolcClient constructor",
    );
  };
}

function readEnv(env: Record<string, string | undefined>): Credentials | undefined {
  const ak = env.VOLCENGINE_ACCESS_KEY;
  const sk = env.VOLCENGINE_SECRET_KEY;
  if (ak && sk) {
    const token = env.VOLCENGINE_SESSION_TOKEN;
    return token
      ? { accessKeyId: ak, secretKey: sk, sessionToken: token }
      : { accessKeyId: ak, secretKey: sk };
  }
  const legacyAk = env.VOLC_ACCESSKEY;
  const legacySk = env.VOLC_SECRETKEY;
  if (legacyAk && legacySk) return { accessKeyId: legacyAk, secretKey: legacySk };
  return undefined;
}
