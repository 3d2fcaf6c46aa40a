/**
 * The serverless recipe of `examples/serverless.ts` written on `@volcengine/sdk-core`, for the bundle-size
 * and cold-start bench: the same one operation (cen CreateCenBandwidthPackage), the same event and the
 * same answers, the client created once outside the handler, the command declared from its meta path as
 * the generated service packages declare theirs. Never called by the bench: bundled, then loaded by a
 * fresh `node`.
 */
import { buildRequestConfigFromMetaPath, Client, Command, HttpRequestError } from "@volcengine/sdk-core";

const endpoint = process.env.VOLCENGINE_ENDPOINT ? new URL(process.env.VOLCENGINE_ENDPOINT) : undefined;

interface CreateCenBandwidthPackageResult {
  CenBandwidthPackageId: string;
}

class CreateCenBandwidthPackageCommand extends Command<
  Record<string, unknown>,
  { ResponseMetadata: { RequestId: string }; Result?: CreateCenBandwidthPackageResult }
> {
  constructor(input: Record<string, unknown>) {
    super(input);
    this.requestConfig = buildRequestConfigFromMetaPath(
      "/CreateCenBandwidthPackage/2020-04-01/cen/get/application_x-www-form-urlencoded",
    );
  }
}

// Once per cold start. Keys come from VOLCSTACK_ACCESS_KEY_ID / VOLCSTACK_SECRET_ACCESS_KEY, as this SDK reads them.
const client = new Client({
  region: "cn-beijing",
  ...(endpoint ? { host: endpoint.host, protocol: endpoint.protocol === "http:" ? "http" : "https" } : {}),
});

/** The same event as `examples/serverless.ts`. */
export interface CreatePackageEvent {
  local?: "China" | "Asia";
  peer?: "China" | "Asia";
  bandwidth?: number;
  requestKey?: string;
}

/** Creates a CEN bandwidth package; a Volcengine error answers with its status and message. */
export async function handler(event: CreatePackageEvent): Promise<{ statusCode: number; body: string }> {
  try {
    const answer = await client.send(
      new CreateCenBandwidthPackageCommand({
        LocalGeographicRegionSetId: event.local ?? "China",
        PeerGeographicRegionSetId: event.peer ?? "Asia",
        Bandwidth: event.bandwidth,
        ClientToken: event.requestKey,
      }),
    );
    return reply(200, {
      cenBandwidthPackageId: answer.Result?.CenBandwidthPackageId,
      requestId: answer.ResponseMetadata.RequestId,
    });
  } catch (error) {
    if (error instanceof HttpRequestError) return reply(error.status ?? 500, { message: error.message });
    throw error;
  }
}

function reply(statusCode: number, body: unknown): { statusCode: number; body: string } {
  return { statusCode, body: JSON.stringify(body) };
}
