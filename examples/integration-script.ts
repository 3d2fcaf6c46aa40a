/**
 * An integration script that provisions a CEN bandwidth package and is safe to re-run: it passes a
 * `ClientToken` derived from the run, so a retry, or the whole script run again after a crash, gets the
 * same package back instead of a second one.
 *
 *   VOLCENGINE_ENDPOINT=http://127.0.0.1:8080 VOLCENGINE_ACCESS_KEY=AKLTEmulatorTestKey \
 *   VOLCENGINE_SECRET_KEY=emulator-secret RUN_ID=release-42 npx tsx examples/integration-script.ts
 *
 * Exit code 0 on success, 1 on a service error (its code and request id printed), 2 on bad input.
 */
import { fromEnv, ServiceError, ValidationError, VolcClient } from "../src/index.js";
import { CreateCenBandwidthPackage } from "../src/services/cen/index.js";
import { endpointFrom, isMain } from "./env.js";

/** What one run did. */
export interface ScriptResult {
  exitCode: 0 | 1 | 2;
  cenBandwidthPackageId?: string | undefined;
}

/**
 * Ensures the run's bandwidth package exists.
 *
 * @param env endpoint, credentials, `RUN_ID` (default `local`), `BANDWIDTH` (Mbps, default 2).
 */
export async function main(
  env: Readonly<Record<string, string | undefined>> = process.env,
  log: (line: string) => void = console.log,
): Promise<ScriptResult> {
  const runId = env.RUN_ID || "local";
  const volc = new VolcClient({
    endpoint: endpointFrom(env),
    credentials: fromEnv({ ...env }),
    maxAttempts: 5,
  });
  try {
    const { CenBandwidthPackageId, $metadata } = await volc.send(CreateCenBandwidthPackage, {
      LocalGeographicRegionSetId: "China",
      PeerGeographicRegionSetId: "Asia",
      Bandwidth: Number(env.BANDWIDTH ?? 2),
      CenBandwidthPackageName: `it-${runId}`,
      ClientToken: `integration-${runId}`,
    });
    log(`ok ${CenBandwidthPackageId} (RequestId ${$metadata.requestId}, ${$metadata.attempts} attempt(s))`);
    return { exitCode: 0, cenBandwidthPackageId: CenBandwidthPackageId };
  } catch (error) {
    if (error instanceof ValidationError) {
      log(`bad input: ${error.message}`);
      return { exitCode: 2 };
    }
    if (error instanceof ServiceError) {
      log(`failed: ${error.code} (HTTP ${error.status}, RequestId ${error.requestId})`);
      return { exitCode: 1 };
    }
    throw error;
  } finally {
    await volc.close();
  }
}

if (isMain(import.meta.url)) {
  main().then(
    (result) => {
      process.exitCode = result.exitCode;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
