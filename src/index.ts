import type { Dispatcher } from "undici";
import type { VolcClientOptions } from "./client/options.js";
import { VolcClientBase } from "./client/volc-client.js";
import { defaultCredentials } from "./credentials/default-chain.js";
import type { Transport } from "./http/transport.js";
import { UndiciTransport } from "./http/undici-transport.js";

export * from "./common.js";
export { UndiciTransport, type UndiciTransportOptions } from "./http/undici-transport.js";

/** Options of `VolcClient` from `volcengine-ts`: `transport` may also be an undici `Dispatcher`. */
export interface NodeVolcClientOptions extends Omit<VolcClientOptions, "transport"> {
  /** A transport, or an undici `Dispatcher` (an `Agent`, a `MockAgent`…) to send through. Default: undici's pooled `request`. */
  transport?: Transport | Dispatcher;
}

/**
 * The Volcengine client for Node: undici's pooled keep-alive `request` underneath.
 *
 * @example
 * ```ts
 * import { VolcClient } from "volcengine-ts";
 * import { CreateNumberPool } from "volcengine-ts/vms";
 *
 * const volc = new VolcClient({ region: "cn-beijing" }); // credentials from VOLCENGINE_ACCESS_KEY / …
 * const pool = await volc.send(CreateNumberPool, { Name: "默认号码池", ServiceType: 100, SubServiceType: 101 });
 * console.log(pool.NumberPoolNo, pool.$metadata.requestId);
 * await volc.close();
 * ```
 */
export class VolcClient extends VolcClientBase {
  constructor(options: NodeVolcClientOptions = {}) {
    const { transport, ...rest } = options;
    super(
      {
        ...rest,
        transport: isDispatcher(transport) ? new UndiciTransport({ dispatcher: transport }) : transport,
      },
      { transport: () => new UndiciTransport(), credentials: defaultCredentials },
    );
  }
}

function isDispatcher(value: Transport | Dispatcher | undefined): value is Dispatcher {
  return typeof (value as Dispatcher | undefined)?.dispatch === "function";
}
