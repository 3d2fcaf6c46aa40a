import { CredentialsError } from "../errors.js";
import { CREDENTIAL_ENV_VARS, fromEnv } from "./from-env.js";
import { fromLegacyConfigFile, fromProfile } from "./from-profile.js";
import type { CredentialProvider } from "./types.js";

/**
 * The credentials a client uses when given none, first found wins: the environment
 * (`VOLCENGINE_ACCESS_KEY`…, then `VOLC_ACCESSKEY`…), the profile file `~/.volcengine/config.json`
 * (profile from `VOLCENGINE_PROFILE`), then `~/.volc/config`.
 *
 * @example
 * ```ts
 * const volc = new VolcClient({ credentials: defaultCredentials() }); // same as giving none
 * ```
 */
export function defaultCredentials(
  env: Record<string, string | undefined> = process.env,
): CredentialProvider {
  const sources = [fromEnv(env), fromProfile({ env }), fromLegacyConfigFile()];
  return async () => {
    for (const source of sources) {
      try {
        return await source();
      } catch (err) {
        if (!(err instanceof CredentialsError)) throw err;
        // A profile chosen on purpose must not silently fall through to another source.
        if (env.VOLCENGINE_PROFILE && source === sources[1]) throw err;
      }
    }
    const names = [...CREDENTIAL_ENV_VARS.current, ...CREDENTIAL_ENV_VARS.legacy].join(", ");
    throw new CredentialsError(
      `No Volcengine credentials found: set ${names} (VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY at least), ` +
        "or create the profile file ~/.volcengine/config.json, or pass `credentials` to the VolcClient constructor",
    );
  };
}
