import type { Env } from "../credentials/types.js";
import { ValidationError } from "../errors.js";

/** Proxies by the scheme of the endpoint, and the hosts that bypass them. */
export interface ProxyOptions {
  /** The proxy for `http://` endpoints, e.g. `"http://proxy.internal:3128"`. */
  http?: string | undefined;
  /** The proxy for `https://` endpoints (tunnelled with CONNECT). */
  https?: string | undefined;
  /**
   * Hosts reached directly, as `NO_PROXY` writes them: `"localhost,.internal,10.0.0.1:8080"`, `"*"` for
   * all. Default: `NO_PROXY` / `no_proxy`.
   */
  noProxy?: string | undefined;
}

/** A proxy for both schemes (a URL), proxies by scheme, or `false` for none (not even the environment's). */
export type ProxySetting = string | ProxyOptions | false;

/** The proxies a transport sends through, settled: both schemes' proxy URLs (`""`: none) and the exemptions. */
export interface ResolvedProxy {
  httpProxy: string;
  httpsProxy: string;
  noProxy: string;
}

/** What a transport's proxies come from, first found wins (the `proxy` option wins over everything). */
export interface ProxySources {
  option?: ProxySetting | undefined;
  env: Env;
  /** The CLI profile's `http-proxy` and `https-proxy`. */
  profile?: { httpProxy?: string | undefined; httpsProxy?: string | undefined } | undefined;
}

/**
 * Settles which proxies requests go through: the `proxy` option; else `VOLC_PROXY_PROTOCOL` /
 * `VOLC_PROXY_HOST` / `VOLC_PROXY_PORT` (as the official Node SDK); else the CLI profile's `https-proxy`
 * / `http-proxy`; else `HTTPS_PROXY` / `HTTP_PROXY` (either case; an https endpoint with no HTTPS proxy
 * uses the HTTP one, as undici's `EnvHttpProxyAgent`). `NO_PROXY` exempts hosts from every one of them
 * (unless the option gives its own `noProxy`). Undefined: no proxy at all.
 *
 * @throws {ValidationError} naming the setting whose proxy is not an http(s) URL (never quoting its password).
 */
export function resolveProxy(sources: ProxySources): ResolvedProxy | undefined {
  const { option, env, profile } = sources;
  if (option === false) return undefined;
  const envNoProxy = env.no_proxy ?? env.NO_PROXY ?? "";
  let http: [string, string | undefined];
  let https: [string, string | undefined];
  let noProxy = envNoProxy;
  const volc = volcProxy(env);
  if (typeof option === "string") {
    http = https = ["proxy", option];
  } else if (option) {
    http = ["proxy.http", option.http];
    https = ["proxy.https", option.https];
    noProxy = option.noProxy ?? envNoProxy;
  } else if (volc) {
    http = https = ["VOLC_PROXY_HOST", volc];
  } else {
    http = profile?.httpProxy
      ? ["profile http-proxy", profile.httpProxy]
      : ["HTTP_PROXY", env.http_proxy ?? env.HTTP_PROXY];
    https = profile?.httpsProxy
      ? ["profile https-proxy", profile.httpsProxy]
      : ["HTTPS_PROXY", env.https_proxy ?? env.HTTPS_PROXY];
  }
  const httpProxy = checked(http);
  const httpsProxy = checked(https) || httpProxy;
  if (!httpProxy && !httpsProxy) return undefined;
  return { httpProxy, httpsProxy, noProxy };
}

/** The proxy that `VOLC_PROXY_PROTOCOL` / `VOLC_PROXY_HOST` / `VOLC_PROXY_PORT` name, if any. */
function volcProxy(env: Env): string | undefined {
  const host = env.VOLC_PROXY_HOST;
  const port = env.VOLC_PROXY_PORT;
  if (!host && !port) return undefined;
  const protocol = env.VOLC_PROXY_PROTOCOL || "http";
  return `${protocol}://${host || "127.0.0.1"}:${port || (protocol === "https" ? 443 : 80)}`;
}

function checked([where, value]: [string, string | undefined]): string {
  if (!value) return "";
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url === undefined || !/^https?:$/.test(url.protocol)) {
    throw new ValidationError(
      [{ path: where, message: "must be an http(s) proxy URL such as http://proxy:3128" }],
      {
        subject: "Proxy settings",
      },
    );
  }
  return value;
}

/**
 * A proxy URL fit for a log line or an error: scheme, host and port only, never the user name or the
 * password it may hold.
 *
 * @example
 * ```ts
 * shownProxy("http://alice:s3cret@proxy:3128"); // "http://proxy:3128"
 * ```
 */
export function shownProxy(proxy: string): string {
  try {
    return new URL(proxy).origin;
  } catch {
    return "the proxy";
  }
}
