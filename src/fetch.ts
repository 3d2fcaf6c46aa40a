import type { VolcClientOptions } from "./client/options.js";
import { VolcClientBase } from "./client/volc-client.js";
import { fromEnv } from "./credentials/from-env.js";
import { FetchTransport } from "./http/fetch-transport.js";

export * from "./common.js";

/**
 * The Volcengine client over `globalThis.fetch`. Its import graph never reaches undici, which keeps
 * serverless bundles small; msw intercepts it, which makes it the client for in-process tests with msw.
 *
 * Given no `credentials`, it reads them from the environment (`VOLCENGINE_ACCESS_KEY`…), which is where
 * serverless platforms put a function's keys; the profile files, the metadata service and the other
 * sources of the Node entry's chain stay out of the bundle, and so do proxies. Region, endpoint and
 * logging follow the same options and variables as in `volcengine-ts` (`VOLCENGINE_REGION`,
 * `VOLCENGINE_ENDPOINT`, `VOLCENGINE_LOG`…). Pass `credentials: defaultCredentials()` for the whole chain.
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
    super(options, { transport: () => new FetchTransport(), credentials: (context) => fromEnv(context.env) });
  }
}
