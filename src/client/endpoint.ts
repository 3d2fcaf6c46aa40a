import type { AnyOperation } from "./operation.js";

/** Where requests of one operation go: the URL prefix and the host and path that are signed. */
export interface ResolvedEndpoint {
  /** `scheme://host[:port]`. */
  origin: string;
  /** The host as signed: the default port (`:443`, `:80`) is dropped, as the official signers do. */
  host: string;
  /** Canonical URI: `/` for every OpenAPI action, or the endpoint's own path behind a gateway. */
  path: string;
}

/** What decides the endpoints of a client, settled when it is built. */
export interface EndpointSettings {
  /** Per service, by service name (`{ cen: "https://…" }`): the `endpoints` option. */
  endpoints?: Readonly<Record<string, string>> | undefined;
  /** For every service: the `endpoint` option (in `volcengine-ts`, else `VOLCENGINE_ENDPOINT`, else the profile's). */
  endpoint?: string | undefined;
  /**
   * The host of a service in a region when no endpoint is named, or undefined for the operation's
   * documented host: the standard resolver and the bootstrap regions (`volcengine-ts`'s endpoint rules).
   */
  host?: ((service: string, region: string) => string | undefined) | undefined;
  /** `"http"` when the CLI profile says `disable-ssl`. Default `"https"`. */
  scheme?: string | undefined;
}

/**
 * Resolves the endpoint of an operation, first rule that applies: `endpoints[service]`, `endpoint`, the
 * host the settings build for the service and region, then the operation's documented host
 * (`open.volcengineapi.com`, `cloud-vms.volcengineapi.com`…).
 */
export function resolveEndpoint(
  settings: EndpointSettings,
  op: Pick<AnyOperation, "service" | "host">,
  region: string,
): ResolvedEndpoint {
  const url = new URL(
    settings.endpoints?.[op.service] ??
      settings.endpoint ??
      `${settings.scheme ?? "https"}://${settings.host?.(op.service, region) ?? op.host}`,
  );
  // URL drops a scheme's default port from `host` already.
  const path = url.pathname === "" ? "/" : url.pathname;
  return { origin: url.origin, host: url.host, path };
}
