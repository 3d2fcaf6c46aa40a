import type { AnyOperation, Operation } from "./operation.js";

/** Where requests of one operation go: the URL prefix and the host and path that are signed. */
export interface ResolvedEndpoint {
  /** `scheme://host[:port]`. */
  origin: string;
  /** The host as signed: the default port (`:443`, `:80`) is dropped, as the official signers do. */
  host: string;
  /** Canonical URI: `/` for every OpenAPI action, or the endpoint's own path behind a gateway. */
  path: string;
}

/**
 * Resolves the endpoint of an operation: the client's `endpoint` when set (tests, the emulator, private
 * gateways), otherwise `https://` plus the operation's documented host.
 */
export function resolveEndpoint(endpoint: string | undefined, op: AnyOperation): ResolvedEndpoint {
  const url = new URL(endpoint ?? `https://${op.host}`);
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TypeError(`endpoint must be an http(s) URL, got ${JSON.stringify(endpoint)}`);
  }
  // URL drops a scheme's default port from `host` already.
  const path = url.pathname === "" ? "/" : url.pathname;
  return { origin: url.origin, host: url.host, path };
}
