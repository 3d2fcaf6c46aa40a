/**
 * What `VolcClient` from `volcengine-ts` uses when the caller gives nothing: the official SDKs' credential
 * chain, the CLI profile's region, endpoint and proxies, the bootstrap region list, and undici with the
 * proxies settled. Kept apart from the fetch entry, whose bundles must hold none of it.
 */
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { resolve } from "node:path";
import { isLogLevel, type Logger, type LogLevel } from "./client/logger.js";
import type { VolcClientOptions } from "./client/options.js";
import { resolveSettings } from "./client/settings.js";
import type { ClientDefaults, ClientSettings } from "./client/volc-client.js";
import {
  cliConfigPath,
  homeDir,
  type ProfileSettings,
  profileFromText,
  settingsOf,
} from "./credentials/cli-config.js";
import type { Env } from "./credentials/types.js";
import { ValidationError } from "./errors.js";
import { type ProxySetting, resolveProxy } from "./http/proxy.js";
import { UndiciTransport } from "./http/undici-transport.js";
import { defaultCredentials } from "./services/sts/default-chain.js";

/** What the Node entry's options add to the shared ones. */
export interface NodeDefaultsOptions {
  /** The CLI profile to use. */
  profile?: string | undefined;
  /** Proxies of the default transport. */
  proxy?: ProxySetting | undefined;
  endpointResolver?: "standard" | "default" | undefined;
  useDualStack?: boolean | undefined;
  logger?: Logger | undefined;
  logLevel?: LogLevel | undefined;
}

/** Keys of a provider's client that sends only unsigned calls (AssumeRoleWithOIDC): refused if used to sign. */
const NO_KEYS = { accessKeyId: "", secretKey: "" };

/**
 * The Node entry's {@link ClientDefaults}. `make` builds a `VolcClient` (for the clients that credential
 * providers send STS calls with).
 */
export function nodeDefaults(
  options: NodeDefaultsOptions,
  make: (options: VolcClientOptions & NodeDefaultsOptions) => unknown,
): ClientDefaults {
  const { endpointResolver: resolver, useDualStack: dual, proxy, logger, logLevel } = options;
  const issues = [
    resolver === undefined || resolver === "standard" || resolver === "default"
      ? undefined
      : { path: "endpointResolver", message: 'must be "standard" or "default"' },
    dual === undefined || typeof dual === "boolean"
      ? undefined
      : { path: "useDualStack", message: "must be true or false" },
    proxy === undefined ||
    proxy === false ||
    typeof proxy === "string" ||
    (typeof proxy === "object" && proxy !== null)
      ? undefined
      : { path: "proxy", message: "must be a proxy URL, { http, https, noProxy } or false" },
    logLevel === undefined || isLogLevel(logLevel)
      ? undefined
      : { path: "logLevel", message: 'must be "debug", "info", "warn", "error" or "off"' },
    logger === undefined ||
    (typeof logger === "object" &&
      logger !== null &&
      ["debug", "info", "warn", "error"].every(
        (m) => typeof (logger as unknown as Record<string, unknown>)[m] === "function",
      ))
      ? undefined
      : { path: "logger", message: "must have debug, info, warn and error methods (console, pino…)" },
  ].filter((issue) => issue !== undefined);
  if (issues.length > 0) throw new ValidationError(issues, { subject: "VolcClient options" });
  return {
    transport: (context: ClientSettings) => {
      const proxy = resolveProxy({ option: options.proxy, env: context.env, profile: context.profile });
      return new UndiciTransport({
        proxy: proxy ? { http: proxy.httpProxy, https: proxy.httpsProxy, noProxy: proxy.noProxy } : false,
        logger: context.log,
      });
    },
    credentials: (context: ClientSettings) =>
      defaultCredentials({ env: context.env, profile: options.profile }),
    // The provider's client: the caller's options (transport and clock included), its own keys, region
    // and endpoint.
    sender: (call, parent) =>
      make({
        ...parent.options,
        ...options,
        transport: parent.transport(),
        now: parent.now,
        credentials: call.credentials ?? NO_KEYS,
        ...(call.region ? { region: call.region } : {}),
        ...(call.endpoint ? { endpoint: call.endpoint, endpoints: undefined } : {}),
      }),
    settings: (clientOptions, env) =>
      resolveSettings(clientOptions, env, {
        ...readFiles(env, options.profile),
        endpointResolver: resolver,
        useDualStack: dual,
        logger,
        logLevel,
      }),
  };
}

/**
 * The CLI profile's settings and the regions listed by `VOLC_BOOTSTRAP_REGION_LIST_CONF`, read when a
 * client is built. A missing or broken file gives nothing here: the credential chain reports a broken
 * CLI configuration when it reads it.
 */
function readFiles(
  env: Env,
  profile: string | undefined,
): { profile: ProfileSettings | undefined; bootstrapRegions: string[] | undefined } {
  const { file } = cliConfigPath({ profile }, env, homeDir(env, homedir), resolve);
  const found = attempt(() => profileFromText(readFileSync(file, "utf8"), file, { profile }, env));
  const list = env.VOLC_BOOTSTRAP_REGION_LIST_CONF;
  const regions = list ? attempt(() => readFileSync(resolve(list), "utf8")) : undefined;
  return {
    profile: found?.kind === "found" ? settingsOf(found.loaded.profile) : undefined,
    bootstrapRegions: regions
      ?.split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
