import type { Dispatcher } from "undici";
import { type CallSpec, callAction } from "./client/call.js";
import type { Logger, LogLevel } from "./client/logger.js";
import type { SendOptions, VolcClientOptions } from "./client/options.js";
import { VolcClientBase } from "./client/volc-client.js";
import type { ProxySetting } from "./http/proxy.js";
import type { Transport } from "./http/transport.js";
import { UndiciTransport } from "./http/undici-transport.js";
import { nodeDefaults } from "./node-defaults.js";

export type { Logger, LogLevel } from "./client/logger.js";
export { standardHost } from "./client/standard-endpoint.js";
export * from "./common.js";
export { type EcsRoleOptions, fromEcsRole } from "./credentials/from-ecs-role.js";
export type { ProxyOptions, ProxySetting } from "./http/proxy.js";
export { UndiciTransport, type UndiciTransportOptions } from "./http/undici-transport.js";

/** Options of `VolcClient` from `volcengine-ts`: `transport` may also be an undici `Dispatcher`. */
export interface NodeVolcClientOptions extends Omit<VolcClientOptions, "transport"> {
  /** A transport, or an undici `Dispatcher` (an `Agent`, a `MockAgent`…) to send through. Default: undici's pooled `request`. */
  transport?: Transport | Dispatcher;
  /**
   * The `ve` CLI profile whose credentials, region, endpoint and proxies apply. Default:
   * `VOLCENGINE_PROFILE`, `VOLCSTACK_PROFILE`, the file's `current`, then `"default"`.
   */
  profile?: string;
  /**
   * Proxies of the default transport: one URL, `{ http, https, noProxy }`, or `false` for none. Default:
   * `VOLC_PROXY_HOST` / `VOLC_PROXY_PORT` / `VOLC_PROXY_PROTOCOL`, then the profile's `https-proxy` /
   * `http-proxy`, then `HTTPS_PROXY` / `HTTP_PROXY`; `NO_PROXY` exempts hosts. Ignored with a `transport`.
   */
  proxy?: ProxySetting;
  /**
   * `"standard"` builds each host from the service and the region (`{service}.{region}.volcengineapi.com`,
   * `{service}.volcengineapi.com` for global services), as the official SDKs' standard resolver. Default:
   * `VOLCENGINE_ENDPOINT_RESOLVER`, then the profile's `endpoint-resolver`, then `"default"`: each
   * operation's documented host, and regional hosts in the bootstrap regions.
   */
  endpointResolver?: "standard" | "default";
  /** Dual-stack (IPv4 and IPv6) hosts, `volcengine-api.com`. Default: `VOLC_ENABLE_DUALSTACK=true`, then the profile's `use-dual-stack`. */
  useDualStack?: boolean;
  /**
   * Where the client logs: anything with `debug`, `info`, `warn` and `error` (`console`, pino…). Default
   * `console`. Nothing secret is ever logged: no Authorization, signature, key, session token or proxy password.
   */
  logger?: Logger;
  /**
   * How much: `"debug"` one line per attempt (operation, attempt, status, code, request id, duration);
   * `"info"` retries and credential refreshes; `"warn"` exhausted retry budgets, proxy and credential
   * failures; `"error"`; `"off"`. Default: `VOLCENGINE_LOG`, else `"warn"`.
   */
  logLevel?: LogLevel;
}

/**
 * The Volcengine client for Node: undici's pooled keep-alive `request` underneath.
 *
 * @example
 * ```ts
 * import { VolcClient } from "volcengine-ts";
 * import { CreateNumberPool } from "volcengine-ts/vms";
 *
 * const volc = new VolcClient({ region: "cn-beijing" }); // credentials: env → OIDC → CLI profile → … → ECS role
 * const pool = await volc.send(CreateNumberPool, { Name: "默认号码池", ServiceType: 100, SubServiceType: 101 });
 * console.log(pool.NumberPoolNo, pool.$metadata.requestId);
 * await volc.close();
 * ```
 */
export class VolcClient extends VolcClientBase {
  constructor(options: NodeVolcClientOptions = {}) {
    const { transport, profile, proxy, endpointResolver, useDualStack, logger, logLevel, ...rest } = options;
    super(
      {
        ...rest,
        transport: isDispatcher(transport) ? new UndiciTransport({ dispatcher: transport }) : transport,
      },
      nodeDefaults(
        { profile, proxy, endpointResolver, useDualStack, logger, logLevel },
        (o) => new VolcClient(o),
      ),
    );
  }

  /**
   * Sends any action, typed or not yet: `{ service, version, action, method?, host?, idempotent? }` and its
   * parameters. They are checked only as an object of parameters (strings, numbers, booleans, lists and
   * objects of them), flattened into the query for GET (the default) and sent as JSON for POST, signed,
   * and retried only when the request cannot have taken effect (or on any transient failure when
   * `idempotent: true`). The host follows the endpoint rules, with `host` (default
   * `open.volcengineapi.com`) as the documented one. Errors are typed as for `send`; the result is the
   * answer's `Result`, unchecked.
   *
   * @example
   * ```ts
   * const vpcs = await volc.call(
   *   { service: "vpc", version: "2020-04-01", action: "DescribeVpcs", idempotent: true },
   *   { PageSize: 10 },
   * );
   * ```
   */
  call(spec: CallSpec, params?: Readonly<Record<string, unknown>>, options?: SendOptions): Promise<unknown> {
    return callAction(this, spec, params, options);
  }
}

function isDispatcher(value: Transport | Dispatcher | undefined): value is Dispatcher {
  return typeof (value as Dispatcher | undefined)?.dispatch === "function";
}
