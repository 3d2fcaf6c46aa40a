/**
 * The four contenders of the client-CPU bench, each making the same call (same parameters, same
 * endpoint, a fresh `ClientToken` per call where the action takes one) the way its users would write
 * it. Each is loaded with a dynamic import so that a worker process loads only its own contender.
 */
import { createRequire } from "node:module";
import { BENCH_CREDENTIALS, BENCH_REGION, flatten, type Shape } from "./workload.js";

export const CONTENDERS = ["volcengine-ts", "floor", "@volcengine/openapi", "@volcengine/sdk-core"] as const;
/** `volcengine-ts (alt)`: our client built from `BENCH_ALT_SRC` (see `build.ts`), to measure a patch. */
export type ContenderName = (typeof CONTENDERS)[number] | "volcengine-ts (alt)";

/** Makes one call; resolves with the `Result` of the answer. */
export type Caller = () => Promise<unknown>;

const requireCjs = createRequire(import.meta.url);

/** Builds the caller of `shape` for `contender`, pointed at `origin` (`http://127.0.0.1:port`). */
export async function createCaller(contender: ContenderName, shape: Shape, origin: string): Promise<Caller> {
  switch (contender) {
    case "volcengine-ts":
    case "volcengine-ts (alt)":
      return oursCaller(shape, origin);
    case "floor":
      return (await import("./floor.js")).floorCaller(shape, origin);
    case "@volcengine/openapi":
      return openapiCaller(shape, origin);
    case "@volcengine/sdk-core":
      return sdkCoreCaller(shape, origin);
  }
}

/** Ours: the default client (undici transport) with `endpoint` at the loopback server. */
async function oursCaller(shape: Shape, origin: string): Promise<Caller> {
  const { VolcClient } = await import("../../src/index.js");
  const { CreateCenBandwidthPackage } = await import("../../src/services/cen/index.js");
  const { CreateNumberPool } = await import("../../src/services/vms/index.js");
  const volc = new VolcClient({
    endpoint: origin,
    region: BENCH_REGION,
    credentials: { ...BENCH_CREDENTIALS },
  });
  if (shape.action === CreateCenBandwidthPackage.action) {
    const input = shape.params as Parameters<typeof volc.send<typeof CreateCenBandwidthPackage>>[1];
    return () =>
      volc.send(CreateCenBandwidthPackage, { ...input, ClientToken: globalThis.crypto.randomUUID() });
  }
  const input = shape.params as Parameters<typeof volc.send<typeof CreateNumberPool>>[1];
  return () => volc.send(CreateNumberPool, { ...input });
}

interface OfficialEnvelope {
  ResponseMetadata?: { Error?: unknown };
  Result?: unknown;
}

/**
 * `@volcengine/openapi`: a `Service` with `host` and `protocol: "http:"` at the loopback server, and the
 * action made with `createAPI` (GET, parameters in the query) or `createJSONAPI` (POST, JSON body). It
 * does not flatten lists, so its caller passes `Tags.1.Key` … itself, as its users must. It resolves
 * error envelopes, so the caller checks for one.
 */
function openapiCaller(shape: Shape, origin: string): Caller {
  const { Service } = requireCjs("@volcengine/openapi") as typeof import("@volcengine/openapi");
  const service = new Service({
    serviceName: shape.service,
    host: new URL(origin).host,
    protocol: "http:",
    region: BENCH_REGION,
    accessKeyId: BENCH_CREDENTIALS.accessKeyId,
    secretKey: BENCH_CREDENTIALS.secretKey,
  });
  const api =
    shape.method === "GET"
      ? service.createAPI(shape.action, { Version: shape.version, method: "GET" })
      : service.createJSONAPI(shape.action, { Version: shape.version });
  return async () => {
    const params: Record<string, unknown> = { ...shape.params };
    if (shape.clientToken) params.ClientToken = globalThis.crypto.randomUUID();
    const answer = (await api(shape.method === "GET" ? flatten(params) : params)) as OfficialEnvelope;
    if (answer.ResponseMetadata?.Error) throw new Error("error envelope");
    return answer.Result;
  };
}

/**
 * `@volcengine/sdk-core`: a `Client` with `host` and `protocol: "http"` at the loopback server, and a
 * `Command` subclass per action, configured from its meta path as the generated service packages do.
 */
function sdkCoreCaller(shape: Shape, origin: string): Caller {
  const core = requireCjs("@volcengine/sdk-core") as typeof import("@volcengine/sdk-core");
  const contentType = shape.method === "GET" ? "application_x-www-form-urlencoded" : "application_json";
  const requestConfig = core.buildRequestConfigFromMetaPath(
    `/${shape.action}/${shape.version}/${shape.service}/${shape.method}/${contentType}`,
  );
  class ActionCommand extends core.Command<Record<string, unknown>, OfficialEnvelope> {
    constructor(input: Record<string, unknown>) {
      super(input);
      this.requestConfig = requestConfig;
    }
  }
  const client = new core.Client({
    host: new URL(origin).host,
    protocol: "http",
    region: BENCH_REGION,
    accessKeyId: BENCH_CREDENTIALS.accessKeyId,
    secretAccessKey: BENCH_CREDENTIALS.secretKey,
  });
  return async () => {
    const params: Record<string, unknown> = { ...shape.params };
    if (shape.clientToken) params.ClientToken = globalThis.crypto.randomUUID();
    const answer = (await client.send(new ActionCommand(params))) as OfficialEnvelope;
    if (answer.ResponseMetadata?.Error) throw new Error("error envelope");
    return answer.Result;
  };
}
