/**
 * The life of a Cloud Enterprise Network, end to end: create a CEN and wait for it, buy two bandwidth
 * packages, associate one, allocate inter-region bandwidth from it, tag, list everything with `paginate`,
 * see `InvalidCen.InUse` when deleting too early, then clean up in order.
 *
 * Against the emulator (no account, no network):
 *
 *   npx volcengine-ts-emulator --port 8080                      # in another terminal
 *   export VOLCENGINE_ENDPOINT=http://127.0.0.1:8080
 *   export VOLCENGINE_ACCESS_KEY=AKLTEmulatorTestKey VOLCENGINE_SECRET_KEY=emulator-secret
 *   npx tsx examples/cen-lifecycle.ts
 *
 * Against Volcengine: leave VOLCENGINE_ENDPOINT unset and export your own keys. Mind that it buys two
 * prepaid bandwidth packages for a month: a prepaid package cannot be deleted before it expires, so the
 * clean-up sets them not to renew and they lapse at the end of the month.
 */
import { fromEnv, paginate, ServiceError, VolcClient, waitFor } from "../src/index.js";
import {
  AssociateCenBandwidthPackage,
  CreateCen,
  CreateCenBandwidthPackage,
  CreateCenInterRegionBandwidth,
  DeleteCen,
  DeleteCenBandwidthPackage,
  DeleteCenInterRegionBandwidth,
  DescribeCenBandwidthPackages,
  DescribeCenInterRegionBandwidths,
  DescribeCens,
  DisassociateCenBandwidthPackage,
  ListTagsForResources,
  SetCenBandwidthPackageRenewal,
  TagResources,
  type WaiterOptions,
  waitUntilCenAvailable,
  waitUntilCenBandwidthPackageAvailable,
  waitUntilCenBandwidthPackageDeleted,
  waitUntilCenDeleted,
  waitUntilCenInterRegionBandwidthAvailable,
} from "../src/services/cen/index.js";
import { endpointFrom, isMain } from "./env.js";

/** What one run did. */
export interface LifecycleResult {
  cenId: string;
  packageIds: string[];
  interRegionBandwidthId: string;
  /** The code `DeleteCen` answered while the CEN still had a package: `InvalidCen.InUse`. */
  tooEarly: string;
  /** Packages deleted, and packages left to lapse (prepaid ones that have not expired). */
  deleted: string[];
  lapsing: string[];
}

/** Polls start after half a second and back off to 15 s: quick on the emulator, gentle on the service. */
const WAIT: WaiterOptions = { minDelayMs: 500, timeoutMs: 600_000 };

/**
 * Runs the whole lifecycle once.
 *
 * @param env endpoint and credentials, and `RUN_ID` (default: the time) to name what it creates.
 */
export async function main(
  env: Readonly<Record<string, string | undefined>> = process.env,
  log: (line: string) => void = console.log,
): Promise<LifecycleResult> {
  const run = env.RUN_ID || String(Date.now());
  const volc = new VolcClient({ endpoint: endpointFrom(env), credentials: fromEnv({ ...env }) });
  try {
    // 1. A CEN, and two packages: China–Asia (to associate) and China–China (left alone).
    const { CenId } = await volc.send(CreateCen, {
      CenName: `lifecycle-${run}`,
      Tags: [{ Key: "example", Value: "cen-lifecycle" }],
    });
    const cen = await waitUntilCenAvailable(volc, { CenId }, WAIT);
    log(`CEN ${CenId} is ${cen.Status}`);
    const packageIds: string[] = [];
    for (const [peer, bandwidth] of [
      ["Asia", 10],
      ["China", 5],
    ] as const) {
      const { CenBandwidthPackageId } = await volc.send(CreateCenBandwidthPackage, {
        LocalGeographicRegionSetId: "China",
        PeerGeographicRegionSetId: peer,
        Bandwidth: bandwidth,
        CenBandwidthPackageName: `lifecycle-${run}-${peer.toLowerCase()}`,
        ClientToken: `lifecycle-${run}-${peer}`,
      });
      const pkg = await waitUntilCenBandwidthPackageAvailable(volc, { CenBandwidthPackageId }, WAIT);
      log(
        `package ${CenBandwidthPackageId}: China–${peer}, ${pkg.Bandwidth} Mbps, expires ${pkg.ExpiredTime}`,
      );
      packageIds.push(CenBandwidthPackageId);
    }
    const [asia = "", china = ""] = packageIds;

    // 2. Associate the China–Asia package and allocate 4 of its 10 Mbps between two regions.
    await volc.send(AssociateCenBandwidthPackage, { CenBandwidthPackageId: asia, CenId });
    const { InterRegionBandwidthId } = await volc.send(CreateCenInterRegionBandwidth, {
      CenId,
      CenBandwidthPackageId: asia,
      LocalRegionId: "cn-beijing",
      PeerRegionId: "ap-southeast-1",
      Bandwidth: 4,
    });
    await waitUntilCenInterRegionBandwidthAvailable(volc, { InterRegionBandwidthId }, WAIT);
    log(`inter-region bandwidth ${InterRegionBandwidthId}: cn-beijing ↔ ap-southeast-1, 4 Mbps`);

    // 3. Tag everything with the team that owns it.
    await volc.send(TagResources, {
      ResourceType: "cen",
      ResourceIds: [CenId],
      Tags: [{ Key: "team", Value: "net" }],
    });
    await volc.send(TagResources, {
      ResourceType: "cenbandwidthpackage",
      ResourceIds: packageIds,
      Tags: [{ Key: "team", Value: "net" }],
    });

    // 4. List with paginate: every page, one item at a time.
    for await (const c of paginate(volc, DescribeCens, {
      TagFilters: [{ Key: "example", Values: ["cen-lifecycle"] }],
    })) {
      log(
        `listed CEN ${c.CenId} (${c.Status}), packages: ${(c.CenBandwidthPackageIds ?? []).join(", ") || "none"}`,
      );
    }
    for await (const pkg of paginate(volc, DescribeCenBandwidthPackages, {
      CenBandwidthPackageIds: packageIds,
    })) {
      log(`listed package ${pkg.CenBandwidthPackageId} (${pkg.Status}), ${pkg.RemainingBandwidth} Mbps left`);
    }
    const tags = paginate(volc, ListTagsForResources, {
      ResourceType: "cen",
      ResourceIds: [CenId],
      MaxResults: 1,
    });
    for await (const tag of tags) log(`tag of ${tag.ResourceId}: ${tag.TagKey}=${tag.TagValue}`);

    // 5. Too early: the CEN still has a package (and bandwidth allocated from it).
    let tooEarly = "";
    try {
      await volc.send(DeleteCen, { CenId });
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      tooEarly = error.code;
      log(`DeleteCen too early: ${error.code} (HTTP ${error.status})`);
    }

    // 6. Clean up in order: bandwidth, association, CEN, packages.
    await volc.send(DeleteCenInterRegionBandwidth, { InterRegionBandwidthId });
    await waitFor(
      volc,
      DescribeCenInterRegionBandwidths,
      { CenId, InterRegionBandwidthIds: [InterRegionBandwidthId] },
      {
        ...WAIT,
        until: (page) => (page.InterRegionBandwidths ?? []).length === 0,
        description: `inter-region bandwidth ${InterRegionBandwidthId} to be deleted`,
      },
    );
    await volc.send(DisassociateCenBandwidthPackage, { CenBandwidthPackageId: asia, CenId });
    await volc.send(DeleteCen, { CenId });
    await waitUntilCenDeleted(volc, { CenId }, WAIT);
    log(`CEN ${CenId} deleted`);
    const deleted: string[] = [];
    const lapsing: string[] = [];
    for (const id of [asia, china]) {
      try {
        await volc.send(DeleteCenBandwidthPackage, { CenBandwidthPackageId: id });
        await waitUntilCenBandwidthPackageDeleted(volc, { CenBandwidthPackageId: id }, WAIT);
        deleted.push(id);
        log(`package ${id} deleted`);
      } catch (error) {
        if (!(error instanceof ServiceError) || error.code !== "InvalidCenBandwidthPackage.InvalidStatus")
          throw error;
        await volc.send(SetCenBandwidthPackageRenewal, { CenBandwidthPackageId: id, RenewType: "NoRenew" });
        lapsing.push(id);
        log(`package ${id} is prepaid and not expired: set not to renew, it lapses at expiry`);
      }
    }
    return {
      cenId: CenId,
      packageIds,
      interRegionBandwidthId: InterRegionBandwidthId,
      tooEarly,
      deleted,
      lapsing,
    };
  } finally {
    await volc.close();
  }
}

if (isMain(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(
      error instanceof ServiceError
        ? `${error.code} (RequestId ${error.requestId}): ${error.message}`
        : error,
    );
    process.exitCode = 1;
  });
}
