/**
 * The serverless recipe of `examples/serverless.ts` written on `@volcengine/openapi`, for the bundle-size
 * and cold-start bench: the same one operation (cen CreateCenBandwidthPackage), the same event and the
 * same answers, the service created once outside the handler, imported the way its README imports it.
 * Never called by the bench: bundled, then loaded by a fresh `node`.
 */
import { Service } from "@volcengine/openapi";

const endpoint = process.env.VOLCENGINE_ENDPOINT ? new URL(process.env.VOLCENGINE_ENDPOINT) : undefined;

// Once per cold start. Keys come from VOLC_ACCESSKEY / VOLC_SECRETKEY, as this SDK reads them.
const cen = new Service({
  serviceName: "cen",
  defaultVersion: "2020-04-01",
  region: "cn-beijing",
  ...(endpoint ? { host: endpoint.host, protocol: endpoint.protocol } : {}),
});
const createCenBandwidthPackage = cen.createAPI<Record<string, unknown>, { CenBandwidthPackageId: string }>(
  "CreateCenBandwidthPackage",
  { method: "GET" },
);

/** The same event as `examples/serverless.ts`. */
export interface CreatePackageEvent {
  local?: "China" | "Asia";
  peer?: "China" | "Asia";
  bandwidth?: number;
  requestKey?: string;
}

/** Creates a CEN bandwidth package; an error envelope answers with its code and request id. */
export async function handler(event: CreatePackageEvent): Promise<{ statusCode: number; body: string }> {
  const answer = await createCenBandwidthPackage({
    LocalGeographicRegionSetId: event.local ?? "China",
    PeerGeographicRegionSetId: event.peer ?? "Asia",
    Bandwidth: event.bandwidth,
    ClientToken: event.requestKey,
  });
  const { Error: error, RequestId: requestId } = answer.ResponseMetadata;
  if (error) return reply(400, { code: error.Code, requestId, message: error.Message });
  return reply(200, { cenBandwidthPackageId: answer.Result?.CenBandwidthPackageId, requestId });
}

function reply(statusCode: number, body: unknown): { statusCode: number; body: string } {
  return { statusCode, body: JSON.stringify(body) };
}
