import type { AttemptEvent } from "../client/attempt-event.js";
import { defaultCredentials } from "../credentials/default-chain.js";
import { fromProfile } from "../credentials/from-profile.js";
import type { CredentialProvider, CredentialsInput } from "../credentials/types.js";
import type { Transport } from "../http/transport.js";
import { VolcClient } from "../index.js";
import { UsageError } from "./usage-error.js";

/** The flags that choose where a call goes and whose keys sign it. */
export interface ConnectionFlags {
  profile?: string | undefined;
  region?: string | undefined;
  endpoint?: string | undefined;
}

/** What the command line itself sets on the client (the emulator's transport, a dry run's). */
export interface ClientOverrides {
  transport?: Transport | undefined;
  credentials?: CredentialsInput | undefined;
  onAttempt?: ((event: AttemptEvent) => void) | undefined;
}

/**
 * A client for one command, with the `ve` CLI's precedence:
 *
 * - credentials: `--profile` (that profile's keys, nothing else), otherwise the SDK's default chain;
 * - region: `--region` > the profile's `region` > `VOLCENGINE_REGION` > the SDK's default;
 * - endpoint: `--endpoint` > the profile's `endpoint` > `VOLCENGINE_ENDPOINT` > each operation's host.
 *
 * The profile whose region and endpoint are read is `--profile`, else `VOLCENGINE_PROFILE`, else the
 * profile file's `current` (`~/.volcengine/config.json`, the file `ve configure` writes).
 *
 * @throws {UsageError} when `--profile` names a profile the file does not have.
 */
export async function clientFromFlags(
  flags: ConnectionFlags,
  env: Readonly<Record<string, string | undefined>>,
  overrides: ClientOverrides = {},
): Promise<VolcClient> {
  const profile = await readProfile(flags.profile, env);
  const endpoint = flags.endpoint ?? profile?.endpoint ?? env.VOLCENGINE_ENDPOINT;
  const credentials =
    overrides.credentials ?? (flags.profile === undefined ? undefined : credentialsFromFlags(flags, env));
  return new VolcClient({
    region: flags.region ?? profile?.region ?? env.VOLCENGINE_REGION,
    endpoint: endpoint === undefined || endpoint === "" ? undefined : withScheme(endpoint),
    credentials,
    transport: overrides.transport,
    onAttempt: overrides.onAttempt,
  });
}

/** Where the keys come from: the profile `--profile` names, or else the SDK's default chain. */
export function credentialsFromFlags(
  flags: ConnectionFlags,
  env: Readonly<Record<string, string | undefined>>,
): CredentialProvider {
  return flags.profile === undefined
    ? defaultCredentials({ ...env })
    : fromProfile({ profile: flags.profile, env: { ...env } });
}

/** `ve` profiles name a host (`open.volcengineapi.com`); the SDK takes a URL. */
function withScheme(endpoint: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint : `https://${endpoint}`;
}

interface ProfileSettings {
  region?: string | undefined;
  endpoint?: string | undefined;
}

async function readProfile(
  wanted: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Promise<ProfileSettings | undefined> {
  const { readFile } = await import("node:fs/promises");
  const { homedir } = await import("node:os");
  const { join } = await import("node:path");
  const file = join(env.HOME ?? homedir(), ".volcengine", "config.json");
  let data: { current?: unknown; profiles?: Record<string, Record<string, unknown>> } | undefined;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch {
    data = undefined;
  }
  const name =
    wanted ?? env.VOLCENGINE_PROFILE ?? (typeof data?.current === "string" ? data.current : undefined);
  const profiles = data?.profiles ?? {};
  const entry = name !== undefined && Object.hasOwn(profiles, name) ? profiles[name] : undefined;
  if (wanted !== undefined && entry === undefined) {
    throw new UsageError(`--profile ${wanted}: no such profile in ${file}`);
  }
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
  return entry && { region: text(entry.region), endpoint: text(entry.endpoint) };
}
