import type { ProfileSettings } from "../credentials/cli-config.js";
import type { Env } from "../credentials/types.js";
import { ValidationError, type ValidationIssue } from "../errors.js";
import { endpointProblem, REGION } from "./check-options.js";
import { isLogLevel, LogEvents, type Logger, type LogLevel } from "./logger.js";
import type { VolcClientOptions } from "./options.js";
import { hostRule } from "./standard-endpoint.js";
import type { ClientSettings } from "./volc-client.js";

/** The options only `volcengine-ts` takes, and what its files say. */
export interface FullSettingsInput {
  /** `"standard"`: every service at `{service}.{region}.volcengineapi.com`. */
  endpointResolver?: "standard" | "default" | undefined;
  /** Dual-stack hosts (`volcengine-api.com`). */
  useDualStack?: boolean | undefined;
  /** The CLI profile's settings. */
  profile?: ProfileSettings | undefined;
  /** Regions listed by `VOLC_BOOTSTRAP_REGION_LIST_CONF`. */
  bootstrapRegions?: readonly string[] | undefined;
  logger?: Logger | undefined;
  logLevel?: LogLevel | undefined;
}

/**
 * Settles a `volcengine-ts` client's region, endpoint rules and logging when it is built, each from its
 * option, then the environment, then the CLI profile, then the default:
 *
 * - region: `region` → `VOLCENGINE_REGION` → profile `region` → `cn-beijing`;
 * - endpoint: `endpoints[service]` → `endpoint` → `VOLCENGINE_ENDPOINT` → profile `endpoint` → the host
 *   rule (`endpointResolver` / `VOLCENGINE_ENDPOINT_RESOLVER` / profile `endpoint-resolver` `"standard"`,
 *   or an endpoint of `auto-addressing`; the bootstrap regions) → the operation's documented host;
 * - dual-stack: `useDualStack` → `VOLC_ENABLE_DUALSTACK` → profile `use-dual-stack`;
 * - logging: `logger` (default `console`) at `logLevel` → `VOLCENGINE_LOG` → `warn`.
 *
 * @throws {ValidationError} naming a variable or profile key whose value cannot work (a region that is
 *   no region id, an endpoint that is no URL), so that a typo fails at once rather than at the first call.
 */
export function resolveSettings(
  options: VolcClientOptions,
  env: Env,
  input: FullSettingsInput,
): ClientSettings {
  const { profile } = input;
  const issues: ValidationIssue[] = [];
  const scheme = profile?.disableSsl ? "http" : "https";
  /** The first value set among the sources, if it passes `problem`; a bad one is reported by its source's name. */
  const first = (sources: [string, string | undefined][], problem: (v: string) => string | undefined) => {
    const [where, value] = sources.find(([, v]) => v) ?? [];
    if (where === undefined || value === undefined) return undefined;
    const found = problem(value);
    if (found === undefined) return value;
    issues.push({ path: where, message: found });
    return undefined;
  };
  const region =
    options.region ??
    first(
      [
        ["VOLCENGINE_REGION", env.VOLCENGINE_REGION],
        ["profile region", profile?.region],
      ],
      (v) =>
        REGION.test(v)
          ? undefined
          : `must be a region id such as "cn-beijing"; got ${JSON.stringify(v.slice(0, 60))}`,
    );
  const named =
    options.endpoint ??
    first(
      [
        ["VOLCENGINE_ENDPOINT", env.VOLCENGINE_ENDPOINT],
        ["profile endpoint", profile?.endpoint],
      ],
      (v) => (autoAddressing(v) ? undefined : endpointProblem(withScheme(v, scheme))),
    );
  if (issues.length > 0) throw new ValidationError(issues, { subject: "VolcClient settings" });
  const resolver = input.endpointResolver ?? env.VOLCENGINE_ENDPOINT_RESOLVER ?? profile?.endpointResolver;
  const dualStackEnv = env.VOLC_ENABLE_DUALSTACK;
  const level = input.logLevel ?? (isLogLevel(env.VOLCENGINE_LOG) ? env.VOLCENGINE_LOG : "warn");
  return {
    env,
    region: region ?? "cn-beijing",
    endpoints: {
      endpoints: options.endpoints,
      endpoint: named === undefined || autoAddressing(named) ? undefined : withScheme(named, scheme),
      host: hostRule({
        standard: resolver?.toLowerCase() === "standard" || (named !== undefined && autoAddressing(named)),
        dualStack:
          input.useDualStack ?? (dualStackEnv ? dualStackEnv === "true" : (profile?.useDualStack ?? false)),
        bootstrapRegions: input.bootstrapRegions,
      }),
      scheme,
    },
    log: new LogEvents(input.logger, level),
    profile,
  };
}

/** The CLI's endpoint value that means "the standard resolver". */
function autoAddressing(endpoint: string): boolean {
  return endpoint.toLowerCase() === "auto-addressing";
}

/** An endpoint given as a bare host (as the CLI writes it) gets the scheme; a URL stays as it is. */
function withScheme(endpoint: string, scheme: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint : `${scheme}://${endpoint}`;
}
