import type { VolcClientOptions } from "./client/options.js";
import { VolcClientBase } from "./client/volc-client.js";
import { FetchTransport } from "./http/fetch-transport.js";

export * from "./common.js";

/**
 * The Volcengine client over `globalThis.fetch`. Its import graph never reaches undici, which keeps
 * serverless bundles small; msw intercepts it, which makes it the client for in-process tests with msw.
 *
 * @example
 * ```ts
 * import { VolcClient } from "volcengine-ts/fetch";
 * import { CreateCenBandwidthPackage } from "volcengine-ts/cen";
 *
 * const volc = new VolcClient();
 * export const handler = async () =>
 *   volc.send(CreateCenBandwidthPackage, { LocalGeographicRegionSetId: "China", PeerGeographicRegionSetId: "Asia" });
 * ```
 */
export class VolcClient extends VolcClientBase {
  constructor(options: VolcClientOptions = {}) {
    super(options, () => new FetchTransport());
  }
}
