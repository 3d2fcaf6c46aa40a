import { CredentialsError } from "../errors.js";
import type { CredentialProvider, Credentials, Env } from "./types.js";

/** `VOLCENGINE_<name>`, then the official Node SDK's `VOLCSTACK_<other>` and `VOLCSTACK_<name>`. */
const names = (name: string, other = name): readonly string[] => [
  `VOLCENGINE_${name}`,
  `VOLCSTACK_${other}`,
  `VOLCSTACK_${name}`,
];

/**
 * The variables read, each list in order of preference: the current names, those the official Node SDK
 * also reads (`VOLCSTACK_ACCESS_KEY_ID`, `VOLCSTACK_ACCESS_KEY`, `VOLCSTACK_SECRET_ACCESS_KEY`,
 * `VOLCSTACK_SECRET_KEY`, `VOLCSTACK_SESSION_TOKEN`), then the older `VOLC_ACCESSKEY` / `VOLC_SECRETKEY` pair.
 */
export const CREDENTIAL_ENV_VARS = {
  accessKey: names("ACCESS_KEY", "ACCESS_KEY_ID"),
  secretKey: names("SECRET_KEY", "SECRET_ACCESS_KEY"),
  sessionToken: names("SESSION_TOKEN"),
  legacy: ["VOLC_ACCESSKEY", "VOLC_SECRETKEY"],
} as const;

/** `process.env` where there is one (Node, Bun, Deno's Node mode), otherwise nothing. */
export function processEnv(): Env {
  return globalThis.process?.env ?? {};
}

/** The first of `names` set to a non-empty value (an empty variable counts as unset, as in Go and Java). */
export function firstSet(env: Env, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = env[name];
    if (value) return value;
  }
  return undefined;
}

/**
 * Credentials from the environment: `VOLCENGINE_ACCESS_KEY`, `VOLCENGINE_SECRET_KEY` and
 * `VOLCENGINE_SESSION_TOKEN`, each falling back on its own to the official Node SDK's `VOLCSTACK_…`
 * names; then the older `VOLC_ACCESSKEY` / `VOLC_SECRETKEY` pair. An empty variable counts as unset.
 * Reads the variables when called, not when created, so a client can be built before they are set.
 *
 * @example
 * ```ts
 * new VolcClient({ credentials: fromEnv() }); // the fetch entry's default
 * ```
 */
export function fromEnv(env?: Env): CredentialProvider {
  return async () => {
    const found = readEnvCredentials(env ?? processEnv());
    if (found) return found;
    throw new CredentialsError(
      "No Volcengine credentials in the environment: set VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY " +
        "(VOLCENGINE_SESSION_TOKEN for temporary keys; or VOLCSTACK_…), or VOLC_ACCESSKEY and VOLC_SECRETKEY",
    );
  };
}

/** The credentials the environment holds, or undefined when it holds no complete pair. */
export function readEnvCredentials(env: Env): Credentials | undefined {
  const v = CREDENTIAL_ENV_VARS;
  const accessKeyId = firstSet(env, v.accessKey);
  const secretKey = firstSet(env, v.secretKey);
  if (accessKeyId && secretKey) {
    const sessionToken = firstSet(env, v.sessionToken);
    return sessionToken ? { accessKeyId, secretKey, sessionToken } : { accessKeyId, secretKey };
  }
  const legacyAk = env.VOLC_ACCESSKEY;
  const legacySk = env.VOLC_SECRETKEY;
  return legacyAk && legacySk ? { accessKeyId: legacyAk, secretKey: legacySk } : undefined;
}
