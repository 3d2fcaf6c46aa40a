import type { CliConfigOptions } from "../../credentials/cli-config.js";
import { pick } from "../../credentials/cli-config.js";
import { cliProfileProvider, type StsModes } from "../../credentials/from-profile.js";
import type { CredentialProvider } from "../../credentials/types.js";
import { fromAssumeRole } from "./from-assume-role.js";
import { fromOidc } from "./from-oidc.js";
import { stsSender } from "./temporary-credentials.js";

/**
 * The profile modes that call STS: `ramrolearn` / `iamrole` (AssumeRole signed with the profile's keys,
 * in the profile's region, default `cn-beijing`) and `oidc` (AssumeRoleWithOIDC with the profile's
 * `role-trn` and `oidc-token-file`, and its `policy` if any).
 */
export const CLI_STS_MODES: StsModes = {
  assumeRole:
    ({ profile }, keys) =>
    async (context) => {
      const client = stsSender(
        undefined,
        context,
        { credentials: keys, region: pick(profile, "region") ?? "cn-beijing" },
        "fromCliConfig",
      );
      return fromAssumeRole(client, {
        RoleTrn: pick(profile, "role-trn") ?? "",
        RoleSessionName: `volcengine-ts-${Date.now()}`,
        DurationSeconds: 3600,
      })();
    },
  oidc: ({ profile }, roleTrn, tokenFile) =>
    fromOidc({ roleTrn, tokenFile, policy: pick(profile, "policy"), env: {} }),
};

/**
 * Credentials of a profile of the `ve` CLI's file `~/.volcengine/config.json` (or
 * `VOLCENGINE_CLI_CONFIG_FILE`; never written to), profile from the option, `VOLCENGINE_PROFILE`,
 * `VOLCSTACK_PROFILE`, the file's `current`, then `"default"`. Every mode the CLI writes that a program can
 * use: `ak`, `ststoken` (with `sts-expiration`), `ramrolearn` / `iamrole` (AssumeRole with the profile's
 * keys), `oidc`, `ecsrole`, and `sso` while its stored temporary keys are valid.
 *
 * @example
 * ```ts
 * new VolcClient({ credentials: fromCliConfig({ profile: "staging" }) });
 * ```
 */
export function fromCliConfig(options: CliConfigOptions = {}): CredentialProvider {
  return cliProfileProvider(options, CLI_STS_MODES);
}
