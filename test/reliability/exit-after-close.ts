// Run by deadlines.test.ts in a child process: one call, then close; the process must then exit by
// itself (no timer, socket or handle left behind). The 30 s attempt timer is the one to watch.
import { VolcClient } from "../../src/index.js";
import { CreateCenBandwidthPackage } from "../../src/services/cen/index.js";
import { EMULATOR_CREDENTIALS } from "../../src/testing/index.js";

const volc = new VolcClient({ endpoint: process.argv[2], credentials: EMULATOR_CREDENTIALS });
const out = await volc.send(CreateCenBandwidthPackage, {
  LocalGeographicRegionSetId: "China",
  PeerGeographicRegionSetId: "Asia",
});
console.log(`created ${out.CenBandwidthPackageId}`);
await volc.close();
