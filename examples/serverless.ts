/**
 * The recipe for serverless functions (AWS Lambda style, Volcengine veFaaS, Cloudflare-like runtimes):
 * import the client from the fetch entry point (`volcengine-ts/fetch`), which never pulls undici into
 * the bundle, and create it ONCE, outside the handler, so warm invocations reuse it. The endpoint and
 * the keys come from the function's environment (VOLCENGINE_ENDPOINT, VOLCENGINE_ACCESS_KEY,
 * VOLCENGINE_SECRET_KEY, VOLCENGINE_SESSION_TOKEN), read when the first call is made.
 *
 * In an application: `import { VolcClient } from "volcengine-ts/fetch"` and
 * `import { CreateCenBandwidthPackage } from "volcengine-ts/cen"`.
 */
import { ServiceError, ValidationError, VolcClient } from "../src/fetch.js";
import { CreateCenBandwidthPackage } from "../src/services/cen/index.js";
import { endpointFrom } from "./env.js";

// Once per cold start. A per-invocation timeout keeps a slow call inside the function's own limit.
const volc = new VolcClient({ endpoint: endpointFrom(process.env), timeoutMs: 10_000 });

/** The event this function takes: the two ends of the package and its bandwidth. */
export interface CreatePackageEvent {
  local?: "China" | "Asia";
  peer?: "China" | "Asia";
  bandwidth?: number;
  /** The caller's idempotency key: a retried invocation must not create a second package. */
  requestKey?: string;
}

/** An HTTP-style answer, as function gateways expect. */
export interface FunctionResponse {
  statusCode: number;
  body: string;
}

/**
 * Creates a CEN bandwidth package. Bad input answers 400 with the issues; a Volcengine error answers
 * with its status, code and request id.
 */
export async function handler(event: CreatePackageEvent): Promise<FunctionResponse> {
  try {
    const result = await volc.send(CreateCenBandwidthPackage, {
      LocalGeographicRegionSetId: event.local ?? "China",
      PeerGeographicRegionSetId: event.peer ?? "Asia",
      Bandwidth: event.bandwidth,
      ClientToken: event.requestKey,
    });
    return reply(200, {
      cenBandwidthPackageId: result.CenBandwidthPackageId,
      requestId: result.$metadata.requestId,
    });
  } catch (error) {
    if (error instanceof ValidationError) return reply(400, { issues: error.issues });
    if (error instanceof ServiceError) {
      return reply(error.status, { code: error.code, requestId: error.requestId, message: error.message });
    }
    throw error;
  }
}

function reply(statusCode: number, body: unknown): FunctionResponse {
  return { statusCode, body: JSON.stringify(body) };
}
