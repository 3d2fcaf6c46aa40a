import { type CliConfigOptions, lookupCliProfile } from "../../credentials/cli-config.js";
import {
  type EcsRoleOptions,
  ecsMetadataDisabled,
  fromEcsRole,
  MetadataUnreachableError,
} from "../../credentials/from-ecs-role.js";
import { CREDENTIAL_ENV_VARS, firstSet, fromEnv, processEnv } from "../../credentials/from-env.js";
import {
  cliProfileProvider,
  fromLegacyConfigFile,
  legacyConfigPath,
  notFound,
  profileCredentials,
} from "../../credentials/from-profile.js";
import type { CredentialContext, CredentialProvider, Credentials, Env } from "../../credentials/types.js";
import { CredentialsError, VolcError } from "../../errors.js";
import { CLI_STS_MODES } from "./from-cli-config.js";
import { fromOidc } from "./from-oidc.js";

/** Options of {@link defaultCredentials}. */
export interface DefaultCredentialsOptions {
  /** The environment to read. Default `process.env`. */
  env?: Env | undefined;
  /** The CLI profile to use (instead of `VOLCENGINE_PROFILE`, `VOLCSTACK_PROFILE`, `current`). */
  profile?: string | undefined;
  /** The CLI configuration file. Default `VOLCENGINE_CLI_CONFIG_FILE`, then `~/.volcengine/config.json`. */
  cliConfigFile?: string | undefined;
  /** The older SDKs' file. Default `~/.volc/config`. */
  legacyConfigFile?: string | undefined;
  /** How to reach the ECS metadata service (its `endpoint`, `timeoutMs`, `role`). */
  ecsRole?: Omit<EcsRoleOptions, "env"> | undefined;
}

/** One source of the chain: whether it is configured (or why not), and its provider. */
interface Source {
  name: string;
  /** The provider when the source is configured, or why it is not (for the "none found" message). */
  detect(): Promise<CredentialProvider | string>;
  /** The ECS role: a metadata service that cannot be reached means "not on ECS", not a failure. */
  probe?: true;
}

/**
 * The credentials a `VolcClient` from `volcengine-ts` uses when given none: the official SDKs' chain,
 * first configured source wins.
 *
 * 1. the environment: `VOLCENGINE_ACCESS_KEY` / `VOLCENGINE_SECRET_KEY` / `VOLCENGINE_SESSION_TOKEN`
 *    (or the `VOLCSTACK_…` names), then `VOLC_ACCESSKEY` / `VOLC_SECRETKEY`;
 * 2. OIDC: `VOLCENGINE_OIDC_ROLE_TRN` and `VOLCENGINE_OIDC_TOKEN_FILE` (sts `AssumeRoleWithOIDC`);
 * 3. the `ve` CLI's `~/.volcengine/config.json` (see {@link fromCliConfig});
 * 4. the older SDKs' `~/.volc/config`;
 * 5. the ECS instance role (unless `VOLCENGINE_ECS_METADATA_DISABLED=true`).
 *
 * A source that is configured but fails (an access key without its secret, a profile that is not in the
 * file, an OIDC token STS refuses) is a `CredentialsError` naming it: the chain does not fall through to
 * the next. The chain keeps the source that worked for the client's life (its failure later is reported,
 * not skipped). With nothing configured, the error lists what was looked at.
 *
 * @example
 * ```ts
 * const volc = new VolcClient({ credentials: defaultCredentials({ profile: "staging" }) });
 * ```
 */
export function defaultCredentials(options: DefaultCredentialsOptions = {}): CredentialProvider {
  const env = options.env ?? processEnv();
  const cli: CliConfigOptions = { env, profile: options.profile, file: options.cliConfigFile };
  const sources: Source[] = [
    {
      name: "the environment",
      detect: async () => {
        const v = CREDENTIAL_ENV_VARS;
        const names = [...v.accessKey, ...v.secretKey, ...v.sessionToken, ...v.legacy];
        return firstSet(env, names) === undefined
          ? "VOLCENGINE_ACCESS_KEY, VOLCENGINE_SECRET_KEY, VOLCSTACK_…, VOLC_ACCESSKEY, VOLC_SECRETKEY not set"
          : fromEnv(env);
      },
    },
    {
      name: "OIDC",
      detect: async () =>
        env.VOLCENGINE_OIDC_ROLE_TRN || env.VOLCENGINE_OIDC_TOKEN_FILE
          ? fromOidc({ env })
          : "VOLCENGINE_OIDC_ROLE_TRN and VOLCENGINE_OIDC_TOKEN_FILE not set",
    },
    {
      name: "the CLI configuration",
      detect: async () => {
        const found = await lookupCliProfile(cli);
        const chosen = Boolean(options.profile || env.VOLCENGINE_PROFILE || env.VOLCSTACK_PROFILE);
        if (found.kind === "found") {
          // The first lookup uses what was just read; later refreshes read the file again.
          let first: typeof found.loaded | undefined = found.loaded;
          const again = cliProfileProvider(cli, CLI_STS_MODES);
          return (context) => {
            const loaded = first;
            first = undefined;
            return loaded ? profileCredentials(loaded, CLI_STS_MODES, env, context) : again(context);
          };
        }
        const configured = found.kind === "no-file" ? found.explicitFile || chosen : found.chosen || chosen;
        if (!configured) {
          return found.kind === "no-file"
            ? `no file at ${found.file}`
            : `no profile "${found.name}" in ${found.file}`;
        }
        const reason = notFound(found);
        return async () => {
          throw new CredentialsError(reason);
        };
      },
    },
    {
      name: "~/.volc/config",
      detect: async () => {
        const file = options.legacyConfigFile ?? (await legacyConfigPath(env));
        const { stat } = await import("node:fs/promises");
        const exists = await stat(file).then(
          (s) => s.isFile(),
          () => false,
        );
        return exists ? fromLegacyConfigFile(file) : `no file at ${file}`;
      },
    },
    {
      name: "the ECS instance role",
      detect: async () =>
        ecsMetadataDisabled(env)
          ? "turned off by VOLCENGINE_ECS_METADATA_DISABLED"
          : fromEcsRole({ ...options.ecsRole, env }),
      probe: true,
    },
  ];

  let kept: { name: string; provider: CredentialProvider } | undefined;
  return async (context?: CredentialContext): Promise<Credentials> => {
    if (kept) return run(kept.name, kept.provider, context);
    const skipped: string[] = [];
    for (const source of sources) {
      const found = await source.detect();
      if (typeof found === "string") {
        skipped.push(`${source.name} (${found})`);
        continue;
      }
      try {
        const credentials = await run(source.name, found, context);
        kept = { name: source.name, provider: found };
        return credentials;
      } catch (error) {
        // Off ECS, the last source finds nothing to ask: that is "no credentials", not a failure.
        const unreachable =
          error instanceof CredentialsError && error.cause instanceof MetadataUnreachableError;
        if (!source.probe || !unreachable) throw error;
        skipped.push(
          `${source.name} (${(error.cause as Error).message.replace(/^ECS instance role: /, "")})`,
        );
      }
    }
    throw new CredentialsError(
      `No Volcengine credentials found. Looked at ${skipped.join("; ")}. Configure one of them, ` +
        "or pass `credentials` to the VolcClient constructor",
    );
  };
}

/**
 * Runs one source's provider: its credentials say where they came from (for the client's log), its
 * failure is a `CredentialsError` that names the source.
 */
async function run(name: string, provider: CredentialProvider, context: CredentialContext | undefined) {
  try {
    const found = await provider(context);
    return found.source ? found : { ...found, source: name };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CredentialsError(`Credentials from ${name} failed: ${detail}`, {
      service: error instanceof VolcError ? error.service : undefined,
      action: error instanceof VolcError ? error.action : undefined,
      requestId: error instanceof VolcError ? error.requestId : undefined,
      cause: error,
    });
  }
}
