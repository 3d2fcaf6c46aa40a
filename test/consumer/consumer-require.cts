/**
 * The same package seen from CommonJS (`require` condition → `dist/*.d.cts`), checked under `node16`
 * only: a `.cts` file is CommonJS, so it imports with `import … = require(…)`.
 */
import volcengine = require("volcengine-ts");
import cen = require("volcengine-ts/cen");
import vms = require("volcengine-ts/vms");

async function fromCommonJs(volc: volcengine.VolcClient): Promise<string> {
  const pool = await volc.send(vms.CreateNumberPool, { Name: "pool", ServiceType: 100, SubServiceType: 101 });
  await volc.send(cen.CreateCenBandwidthPackage, {
    LocalGeographicRegionSetId: "China",
    PeerGeographicRegionSetId: "Asia",
    // @ts-expect-error Bandwidth is a number of Mbps, not a string
    Bandwidth: "10",
  });
  // @ts-expect-error result field typo: the field is NumberPoolNo
  pool.NumberPoolNO;
  return pool.NumberPoolNo;
}

export = { fromCommonJs };
