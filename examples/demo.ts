/**
 * `npm run demo`: the SDK end to end with no account and no network. It starts the emulator on a free
 * loopback port and sends real signed requests through the default client (signer → undici → HTTP →
 * emulator, which checks each signature over the bytes it received), then closes everything.
 */
import { ServiceError, ValidationError, VolcClient } from "../src/index.js";
import { CreateCenBandwidthPackage, GeographicRegionSetId, PeriodUnit } from "../src/services/cen/index.js";
import { CreateNumberPool, ServiceType, SubServiceType } from "../src/services/vms/index.js";
import { EMULATOR_CREDENTIALS, startEmulator } from "../src/testing/index.js";

async function demo(): Promise<void> {
  const server = await startEmulator({ cens: ["cen-demo"] });
  const volc = new VolcClient({ endpoint: server.url, credentials: EMULATOR_CREDENTIALS });
  console.log(`Emulator listening on ${server.url} (test key ${EMULATOR_CREDENTIALS.accessKeyId})\n`);
  try {
    const pool = await volc.send(CreateNumberPool, {
      Name: "默认号码池",
      ServiceType: ServiceType.Voice,
      SubServiceType: SubServiceType.Sip,
    });
    console.log(`1. vms CreateNumberPool → NumberPoolNo ${pool.NumberPoolNo}`);
    console.log(`   RequestId ${pool.$metadata.requestId}`);

    const cbp = await volc.send(CreateCenBandwidthPackage, {
      LocalGeographicRegionSetId: GeographicRegionSetId.China,
      PeerGeographicRegionSetId: GeographicRegionSetId.Asia,
      Bandwidth: 10,
      PeriodUnit: PeriodUnit.Year,
      Period: 1,
      CenId: "cen-demo",
      Tags: [{ Key: "env", Value: "demo" }],
    });
    console.log(`2. cen CreateCenBandwidthPackage → CenBandwidthPackageId ${cbp.CenBandwidthPackageId}`);
    console.log(`   RequestId ${cbp.$metadata.requestId}`);

    try {
      await volc.send(CreateCenBandwidthPackage, {
        LocalGeographicRegionSetId: "Asia",
        PeerGeographicRegionSetId: "Asia",
        PeriodUnit: "Month",
        Period: 10,
      });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      console.log("3. Caught before sending (ValidationError):");
      console.log(indent(error.message));
    }

    try {
      await volc.send(CreateCenBandwidthPackage, {
        LocalGeographicRegionSetId: "China",
        PeerGeographicRegionSetId: "Asia",
        CenId: "cen-does-not-exist",
      });
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      console.log(`4. Refused by the service (ServiceError ${error.code}, HTTP ${error.status}):`);
      console.log(indent(error.message));
      console.log(`   RequestId ${error.requestId}`);
    }

    const { stats } = server.emulator;
    const created = Object.values(stats.createdByKind).reduce((sum, n) => sum + n, 0);
    console.log(`\nThe emulator saw ${stats.requests} requests and created ${created} resources.`);
  } finally {
    await volc.close();
    await server.close();
  }
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `   ${line}`)
    .join("\n");
}

demo().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
