import { CredentialsError } from "../errors.js";
import { processEnv } from "./from-env.js";
import type { Env } from "./types.js";

/**
 * The `ve` CLI's configuration file, `~/.volcengine/config.json`: read only, never written. Profile keys
 * are as the CLI writes them (`access-key`, `secret-key`, `session-token`, `mode`, `region`, `endpoint`,
 * `endpoint-resolver`, `use-dual-stack`, `disable-ssl`, `http-proxy`, `https-proxy`, `role-trn`,
 * `role-name`, `account-id`, `oidc-token-file`, `sts-expiration`); the older underscore spellings
 * (`access_key`…) are read too.
 */
export type CliProfile = Readonly<Record<string, unknown>>;

/** Which file and profile to read. */
export interface CliConfigOptions {
  /** Profile name. Default: `VOLCENGINE_PROFILE`, then `VOLCSTACK_PROFILE`, then the file's `current`, then `"default"`. */
  profile?: string | undefined;
  /** Path of the file. Default: `VOLCENGINE_CLI_CONFIG_FILE`, then `~/.volcengine/config.json`. */
  file?: string | undefined;
  /** The environment to read. Default `process.env`. */
  env?: Env | undefined;
}

/** A profile found in the file. */
export interface LoadedProfile {
  file: string;
  name: string;
  profile: CliProfile;
}

/**
 * What the CLI configuration says: no file, a profile, or (`missing`) a file in which the profile to use
 * is not there; `chosen` tells whether that profile was asked for (an option, `VOLCENGINE_PROFILE`,
 * `VOLCSTACK_PROFILE`, `current`) or only the implicit `"default"`.
 */
export type CliConfigLookup =
  | { kind: "no-file"; file: string; explicitFile: boolean }
  | { kind: "found"; loaded: LoadedProfile }
  | { kind: "missing"; file: string; name: string; chosen: boolean };

/** The settings a profile gives a client besides credentials. */
export interface ProfileSettings {
  region?: string | undefined;
  endpoint?: string | undefined;
  endpointResolver?: string | undefined;
  useDualStack?: boolean | undefined;
  disableSsl?: boolean | undefined;
  httpProxy?: string | undefined;
  httpsProxy?: string | undefined;
}

/** The user's home directory: `HOME`, then `USERPROFILE` (as the official Node SDK), then the system's. */
export function homeDir(env: Env, system: () => string): string {
  return env.HOME || env.USERPROFILE || system();
}

/**
 * Where the CLI configuration is read from (a relative `VOLCENGINE_CLI_CONFIG_FILE` from the working
 * directory, as in Go and Python), and whether that path was given on purpose. `home` is the user's
 * home directory; `resolvePath` is `node:path`'s `resolve`.
 */
export function cliConfigPath(
  options: CliConfigOptions,
  env: Env,
  home: string,
  resolvePath: (...parts: string[]) => string,
): { file: string; explicit: boolean } {
  const given = options.file ?? env.VOLCENGINE_CLI_CONFIG_FILE;
  if (given) return { file: resolvePath(given), explicit: true };
  return { file: resolvePath(home, ".volcengine", "config.json"), explicit: false };
}

/**
 * Reads the CLI configuration and picks the profile to use (see {@link CliConfigLookup}). Node's
 * modules are loaded when it runs, so that importing this never ties a bundle to Node.
 */
export async function lookupCliProfile(options: CliConfigOptions = {}): Promise<CliConfigLookup> {
  const [{ readFile }, { homedir }, { resolve }] = await Promise.all([
    import("node:fs/promises"),
    import("node:os"),
    import("node:path"),
  ]);
  const env = options.env ?? processEnv();
  const { file, explicit } = cliConfigPath(options, env, homeDir(env, homedir), resolve);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return { kind: "no-file", file, explicitFile: explicit };
  }
  return pickProfile(parseConfig(text, file), file, options, env);
}

/**
 * Picks the profile to use from the text of a CLI configuration file.
 *
 * @throws {CredentialsError} when the text is not a JSON object (never quoting it).
 */
export function profileFromText(
  text: string,
  file: string,
  options: CliConfigOptions,
  env: Env,
): CliConfigLookup {
  return pickProfile(parseConfig(text, file), file, options, env);
}

/** The region, endpoint and proxies a profile gives a client. */
export function settingsOf(p: CliProfile): ProfileSettings {
  return {
    region: pick(p, "region"),
    endpoint: pick(p, "endpoint"),
    endpointResolver: pick(p, "endpoint-resolver"),
    useDualStack: flag(p, "use-dual-stack"),
    disableSsl: flag(p, "disable-ssl"),
    httpProxy: pick(p, "http-proxy"),
    httpsProxy: pick(p, "https-proxy"),
  };
}

/** A non-empty string field of a profile, by its CLI name or its underscore spelling. */
export function pick(profile: CliProfile, name: string): string | undefined {
  for (const key of [name, name.replace(/-/g, "_")]) {
    const value = profile[key];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
  }
  return undefined;
}

function flag(profile: CliProfile, name: string): boolean | undefined {
  const value = profile[name] ?? profile[name.replace(/-/g, "_")];
  return typeof value === "boolean" ? value : undefined;
}

/** The profile's mode, trimmed and lower-cased; an empty or missing mode is `ak`, as in the CLI. */
export function profileMode(profile: CliProfile): string {
  return (pick(profile, "mode") ?? "ak").toLowerCase();
}

function parseConfig(text: string, file: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Never quote the file: it holds secrets.
    throw new CredentialsError(`${file} is not valid JSON`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new CredentialsError(`${file} does not hold a JSON object`);
  }
  return parsed as Record<string, unknown>;
}

function pickProfile(
  data: Record<string, unknown>,
  file: string,
  options: CliConfigOptions,
  env: Env,
): CliConfigLookup {
  const current = typeof data.current === "string" && data.current !== "" ? data.current : undefined;
  const chosenName = options.profile || env.VOLCENGINE_PROFILE || env.VOLCSTACK_PROFILE || current;
  const name = chosenName ?? "default";
  const profiles = data.profiles;
  const entry =
    typeof profiles === "object" && profiles !== null && Object.hasOwn(profiles, name)
      ? (profiles as Record<string, unknown>)[name]
      : undefined;
  if (typeof entry !== "object" || entry === null) {
    return { kind: "missing", file, name, chosen: chosenName !== undefined };
  }
  return { kind: "found", loaded: { file, name, profile: entry as CliProfile } };
}

/**
 * `sts-expiration` as a date: an integer Unix time whose unit is told by its size (seconds,
 * milliseconds, microseconds or nanoseconds), as the official SDKs read it; undefined when absent.
 */
export function stsExpiration(profile: CliProfile): Date | undefined {
  const raw = profile["sts-expiration"] ?? profile.sts_expiration;
  const value = typeof raw === "string" && /^\d+$/.test(raw.trim()) ? Number(raw) : raw;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) return undefined;
  const ms = value >= 1e18 ? value / 1e6 : value >= 1e15 ? value / 1e3 : value >= 1e12 ? value : value * 1000;
  return new Date(ms);
}
