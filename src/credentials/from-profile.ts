import { CredentialsError } from "../errors.js";
import type { CredentialProvider, Credentials } from "./types.js";

/** Options of {@link fromProfile}. */
export interface ProfileOptions {
  /** Profile name. Default: `VOLCENGINE_PROFILE`, then the file's `current`, then `"default"`. */
  profile?: string;
  /** Path of the profile file. Default `~/.volcengine/config.json` (the one the `ve` CLI writes). */
  file?: string;
  env?: Record<string, string | undefined>;
}

/** One profile as the CLI writes it; the underscore spellings are accepted too. */
type ProfileEntry = Record<string, unknown>;

/**
 * Credentials from the profile file `~/.volcengine/config.json`:
 * `{ "current": "default", "profiles": { "default": { "access-key": "…", "secret-key": "…", "session-token": "…" } } }`.
 *
 * @example
 * ```ts
 * new VolcClient({ credentials: fromProfile({ profile: "staging" }) });
 * ```
 */
export function fromProfile(options: ProfileOptions = {}): CredentialProvider {
  return async () => {
    const env = options.env ?? process.env;
    const { homedir } = await import("node:os");
    const { join } = await import("node:path");
    const file = options.file ?? join(homedir(), ".volcengine", "config.json");
    const data = await readJson(file);
    if (data === undefined) throw new CredentialsError(`No profile file at ${file}`);
    const profiles = (data.profiles ?? {}) as Record<string, ProfileEntry>;
    const name =
      options.profile ??
      env.VOLCENGINE_PROFILE ??
      (typeof data.current === "string" ? data.current : "default");
    const entry = profiles[name];
    const found =
      entry &&
      toCredentials(
        entry,
        ["access-key", "access_key"],
        ["secret-key", "secret_key"],
        ["session-token", "session_token"],
      );
    if (found) return found;
    throw new CredentialsError(`Profile "${name}" in ${file} has no access-key and secret-key`);
  };
}

/**
 * Credentials from `~/.volc/config`, the JSON file older Volcengine SDKs read:
 * `{ "VOLC_ACCESSKEY": "…", "VOLC_SECRETKEY": "…" }`.
 */
export function fromLegacyConfigFile(file?: string): CredentialProvider {
  return async () => {
    const { homedir } = await import("node:os");
    const { join } = await import("node:path");
    const path = file ?? join(homedir(), ".volc", "config");
    const data = await readJson(path);
    const found = data && toCredentials(data, ["VOLC_ACCESSKEY"], ["VOLC_SECRETKEY"], []);
    if (found) return found;
    throw new CredentialsError(`No VOLC_ACCESSKEY and VOLC_SECRETKEY in ${path}`);
  };
}

async function readJson(path: string): Promise<Record<string, unknown> | undefined> {
  const { readFile } = await import("node:fs/promises");
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    // Never quote the file: it holds secrets.
    throw new CredentialsError(`${path} is not valid JSON`);
  }
}

function toCredentials(
  entry: ProfileEntry,
  ak: string[],
  sk: string[],
  token: string[],
): Credentials | undefined {
  const pick = (names: string[]) =>
    names.map((n) => entry[n]).find((v): v is string => typeof v === "string" && v !== "");
  const accessKeyId = pick(ak);
  const secretKey = pick(sk);
  if (!accessKeyId || !secretKey) return undefined;
  const sessionToken = pick(token);
  return sessionToken ? { accessKeyId, secretKey, sessionToken } : { accessKeyId, secretKey };
}
