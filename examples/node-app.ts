/**
 * A Node application calling Volcengine with the default client (undici, pooled keep-alive
 * connections): one client for the whole process, closed on shutdown.
 *
 * Against the emulator (no account, no network):
 *
 *   npx volcengine-ts-emulator --port 8080 --cen cen-example    # in another terminal
 *   export VOLCENGINE_ENDPOINT=http://127.0.0.1:8080
 *   export VOLCENGINE_ACCESS_KEY=AKLTEmulatorTestKey VOLCENGINE_SECRET_KEY=emulator-secret
 *   npx tsx examples/node-app.ts
 *
 * Against Volcengine: leave VOLCENGINE_ENDPOINT unset and export your own keys.
 */
import { fromEnv, ServiceError, VolcClient } from "../src/index.js";
import { CreateCenBandwidthPackage, GeographicRegionSetId, PeriodUnit } from "../src/services/cen/index.js";
import { CreateNumberPool, ServiceType, SubServiceType } from "../src/services/vms/index.js";
import { endpointFrom, isMain } from "./env.js";

/** What the app made. */
export interface NodeAppResult {
  numberPoolNo: string;
  cenBandwidthPackageId: string;
  /** Request id of every answer: what Volcengine support asks for. */
  requestIds: string[];
}

/**
 * Creates a number pool and a cross-border bandwidth package, and prints what it made.
 *
 * @param env where the endpoint, the credentials and `CEN_ID` (optional) come from.
 */
export async function main(
  env: Readonly<Record<string, string | undefined>> = process.env,
  log: (line: string) => void = console.log,
): Promise<NodeAppResult> {
  const volc = new VolcClient({ endpoint: endpointFrom(env), credentials: fromEnv({ ...env }) });
  try {
    const pool = await volc.send(CreateNumberPool, {
      Name: "客服热线",
      ServiceType: ServiceType.Voice,
      SubServiceType: SubServiceType.Sip,
    });
    log(`number pool ${pool.NumberPoolNo} (RequestId ${pool.$metadata.requestId})`);

    const cbp = await volc.send(CreateCenBandwidthPackage, {
      LocalGeographicRegionSetId: GeographicRegionSetId.China,
      PeerGeographicRegionSetId: GeographicRegionSetId.Asia,
      Bandwidth: 10,
      PeriodUnit: PeriodUnit.Year,
      Period: 1,
      CenId: env.CEN_ID || undefined,
      Tags: [{ Key: "app", Value: "node-app" }],
    });
    log(`bandwidth package ${cbp.CenBandwidthPackageId} (RequestId ${cbp.$metadata.requestId})`);

    return {
      numberPoolNo: pool.NumberPoolNo,
      cenBandwidthPackageId: cbp.CenBandwidthPackageId,
      requestIds: [pool.$metadata.requestId, cbp.$metadata.requestId],
    };
  } finally {
    await volc.close();
  }
}

if (isMain(import.meta.url)) {
  main().catch((error: unknown) => {
    // A ServiceError carries the code and the request id to quote; nothing in it is secret.
    console.error(error instanceof ServiceError ? `${error.code} (RequestId ${error.requestId})` : error);
    process.exitCode = 1;
  });
}
