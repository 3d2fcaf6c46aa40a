import { CredentialsError } from "../errors.js";
import {
  type CliConfigLookup,
  type CliConfigOptions,
  type CliProfile,
  homeDir,
  type LoadedProfile,
  lookupCliProfile,
  pick,
  profileMode,
  stsExpiration,
} from "./cli-config.js";
import { fromEcsRole } from "./from-ecs-role.js";
import { processEnv } from "./from-env.js";
import type { CredentialContext, CredentialProvider, Credentials, Env } from "./types.js";

/** Options of {@link fromProfile}. */
export interface ProfileOptions extends CliConfigOptions {}

/**
 * How the profile modes that call STS (`ramrolearn`, `oidc`) get their credentials: given by
 * `fromCliConfig` (`services/sts/`), which can send STS calls; this layer cannot.
 */
export interface StsModes {
  /** `ramrolearn` (and its alias `iamrole`): AssumeRole signed with the profile's keys. */
  assumeRole(profile: LoadedProfile, keys: Credentials): CredentialProvider;
  /** `oidc`: AssumeRoleWithOIDC with the profile's `role-trn` and `oidc-token-file`. */
  oidc(profile: LoadedProfile, roleTrn: string, tokenFile: string): CredentialProvider;
}

/**
 * Credentials of a profile of the `ve` CLI's file `~/.volcengine/config.json` (or
 * `VOLCENGINE_CLI_CONFIG_FILE`), in the modes that need no STS call: `ak` (`access-key`, `secret-key`,
 * optional `session-token`), `ststoken` (with `sts-expiration`), `ecsrole` (`role-name`), and `sso` while
 * its inline temporary keys are valid. For every mode, `ramrolearn` and `oidc` included, use
 * `fromCliConfig` (the Node entry's default chain does).
 *
 * @example
 * ```ts
 * new VolcClient({ credentials: fromProfile({ profile: "staging" }) });
 * ```
 */
export function fromProfile(options: ProfileOptions = {}): CredentialProvider {
  return cliProfileProvider(options, undefined);
}

/** {@link fromProfile} with the STS modes given (or refused, when `sts` is undefined). */
export function cliProfileProvider(options: CliConfigOptions, sts: StsModes | undefined): CredentialProvider {
  return async (context) => {
    const found = await lookupCliProfile(options);
    if (found.kind !== "found") throw new CredentialsError(notFound(found));
    return profileCredentials(found.loaded, sts, options.env ?? processEnv(), context);
  };
}

/** Why a CLI configuration gives no profile, in a sentence. */
export function notFound(found: Exclude<CliConfigLookup, { kind: "found" }>): string {
  return found.kind === "no-file"
    ? `No CLI configuration file at ${found.file}`
    : `No profile "${found.name}" in ${found.file}`;
}

/** The credentials of one profile, by its mode. */
export async function profileCredentials(
  loaded: LoadedProfile,
  sts: StsModes | undefined,
  env: Env,
  context: CredentialContext | undefined,
): Promise<Credentials> {
  const { profile, name, file } = loaded;
  const mode = profileMode(profile);
  const where = `profile "${name}" of ${file} (mode ${mode})`;
  const source = `CLI profile ${name}`;
  const keys = (needToken: boolean): Credentials => {
    const accessKeyId = pick(profile, "access-key");
    const secretKey = pick(profile, "secret-key");
    const sessionToken = pick(profile, "session-token");
    if (!accessKeyId || !secretKey)
      throw new CredentialsError(`The ${where} has no access-key and secret-key`);
    if (needToken && !sessionToken) throw new CredentialsError(`The ${where} has no session-token`);
    return sessionToken
      ? { accessKeyId, secretKey, sessionToken, source }
      : { accessKeyId, secretKey, source };
  };
  switch (mode) {
    case "ak":
      return keys(false);
    case "ststoken":
    case "sso": {
      const expiration = stsExpiration(profile);
      if (expiration === undefined && mode === "ststoken") return keys(true);
      const now = context?.now() ?? Date.now();
      if (expiration === undefined || expiration.getTime() <= now) {
        throw new CredentialsError(
          mode === "sso"
            ? `The ${where} holds no valid temporary keys: log in again with \`ve sso login\` (volcengine-ts reads the keys the CLI stores; it does not refresh SSO sessions)`
            : `The temporary keys of the ${where} expired at ${expiration?.toISOString()}`,
        );
      }
      return { ...keys(mode === "ststoken"), expiration };
    }
    case "ecsrole": {
      const role = pick(profile, "role-name");
      if (!role) throw new CredentialsError(`The ${where} has no role-name`);
      return fromEcsRole({ role, env })(context);
    }
    case "ramrolearn":
    case "iamrole":
    case "oidc": {
      if (!sts) {
        throw new CredentialsError(
          `The ${where} needs STS: use fromCliConfig from volcengine-ts (the default credentials do)`,
        );
      }
      return (
        mode === "oidc" ? oidcProvider(loaded, sts, where) : assumeRoleProvider(loaded, sts, where, keys)
      )(context);
    }
    default:
      throw new CredentialsError(`The ${where}: volcengine-ts does not support this mode`);
  }
}

function assumeRoleProvider(
  loaded: LoadedProfile,
  sts: StsModes,
  where: string,
  keys: (needToken: boolean) => Credentials,
): CredentialProvider {
  const long = keys(false);
  const trn = roleTrnOf(loaded.profile);
  if (!trn) throw new CredentialsError(`The ${where} has neither role-trn nor role-name with account-id`);
  return sts.assumeRole({ ...loaded, profile: { ...loaded.profile, "role-trn": trn } }, long);
}

function oidcProvider(loaded: LoadedProfile, sts: StsModes, where: string): CredentialProvider {
  const trn = pick(loaded.profile, "role-trn");
  const tokenFile = pick(loaded.profile, "oidc-token-file");
  if (!trn || !tokenFile) throw new CredentialsError(`The ${where} needs role-trn and oidc-token-file`);
  return sts.oidc(loaded, trn, tokenFile);
}

/** `role-trn`, or `trn:iam::<account-id>:role/<role-name>`. */
function roleTrnOf(profile: CliProfile): string | undefined {
  const trn = pick(profile, "role-trn");
  if (trn) return trn;
  const account = pick(profile, "account-id");
  const role = pick(profile, "role-name");
  return account && role ? `trn:iam::${account}:role/${role}` : undefined;
}

/**
 * Credentials from `~/.volc/config`, the JSON file older Volcengine SDKs read:
 * `{ "VOLC_ACCESSKEY": "…", "VOLC_SECRETKEY": "…" }`.
 */
export function fromLegacyConfigFile(file?: string): CredentialProvider {
  return async () => {
    const path = file ?? (await legacyConfigPath(processEnv()));
    const { readFile } = await import("node:fs/promises");
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch {
      throw new CredentialsError(`No file at ${path}`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      // Never quote the file: it holds secrets.
      throw new CredentialsError(`${path} is not valid JSON`);
    }
    const entry = (typeof data === "object" && data !== null ? data : {}) as CliProfile;
    const accessKeyId = pick(entry, "VOLC_ACCESSKEY");
    const secretKey = pick(entry, "VOLC_SECRETKEY");
    if (accessKeyId && secretKey) return { accessKeyId, secretKey, source: path };
    throw new CredentialsError(`No VOLC_ACCESSKEY and VOLC_SECRETKEY in ${path}`);
  };
}

/** `~/.volc/config`, home from `HOME` or `USERPROFILE` in `env` when set. */
export async function legacyConfigPath(env: Env): Promise<string> {
  const [{ homedir }, { join }] = await Promise.all([import("node:os"), import("node:path")]);
  return join(homeDir(env, homedir), ".volc", "config");
}
