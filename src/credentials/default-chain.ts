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
  // `final`: a failure ends the search. A profile chosen on purpose must not fall through to another source.
  const sources = [
    { provider: fromEnv(env), final: false },
    { provider: fromProfile({ env }), final: Boolean(env.VOLCENGINE_PROFILE) },
    { provider: fromLegacyConfigFile(), final: false },
  ];
  return async () => {
    for (const { provider, final } of sources) {
      try {
        return await provider();
      } catch (err) {
        if (final || !(err instanceof CredentialsError)) throw err;
      }
    }
    const names = [...CREDENTIAL_ENV_VARS.current, ...CREDENTIAL_ENV_VARS.legacy].join(", ");
    throw new CredentialsError(
      `No Volcengine credentials found: set ${names} (VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY at least), ` +
        "or create the profile file ~/.volcengine/config.json, or pass `credentials` to the VolcClient constructor",
    );
  };
}
