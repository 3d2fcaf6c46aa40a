import type { AttemptEvent } from "../client/attempt-event.js";
import { lookupCliProfile, settingsOf } from "../credentials/cli-config.js";
import type { CredentialProvider, CredentialsInput } from "../credentials/types.js";
import type { Transport } from "../http/transport.js";
import { VolcClient } from "../index.js";
import { defaultCredentials } from "../services/sts/default-chain.js";
import { fromCliConfig } from "../services/sts/from-cli-config.js";
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
 * - credentials: `--profile` (that profile of the CLI configuration, in any of its modes, nothing else),
 *   otherwise the SDK's default chain;
 * - region: `--region` > the profile's `region` > `VOLCENGINE_REGION` > the SDK's default;
 * - endpoint: `--endpoint` > the profile's `endpoint` > `VOLCENGINE_ENDPOINT` > the SDK's endpoint rules.
 *
 * The profile is `--profile`, else the SDK's choice (`VOLCENGINE_PROFILE`, `VOLCSTACK_PROFILE`, the
 * file's `current`); its proxies apply too.
 *
 * @throws {UsageError} when `--profile` names a profile the CLI configuration does not have.
 */
export async function clientFromFlags(
  flags: ConnectionFlags,
  env: Readonly<Record<string, string | undefined>>,
  overrides: ClientOverrides = {},
): Promise<VolcClient> {
  const found = await lookupCliProfile({ profile: flags.profile, env: { ...env } });
  if (flags.profile !== undefined && found.kind !== "found") {
    throw new UsageError(`--profile ${flags.profile}: no such profile in ${found.file}`);
  }
  const profile = found.kind === "found" ? settingsOf(found.loaded.profile) : undefined;
  const endpoint = flags.endpoint ?? profile?.endpoint ?? env.VOLCENGINE_ENDPOINT;
  const credentials =
    overrides.credentials ??
    (flags.profile === undefined ? undefined : fromCliConfig({ profile: flags.profile, env: { ...env } }));
  return new VolcClient({
    profile: flags.profile,
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
    ? defaultCredentials({ env: { ...env } })
    : fromCliConfig({ profile: flags.profile, env: { ...env } });
}

/** `ve` profiles name a host (`open.volcengineapi.com`); the SDK takes a URL. */
function withScheme(endpoint: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint : `https://${endpoint}`;
}
