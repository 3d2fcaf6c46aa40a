/**
 * What an emulator keeps, in memory: one store per service (its tables of resources), and the results
 * of idempotent creates. Read it in tests through `emulator.state`.
 */
import { type CenBandwidthPackageRecord, CenStore } from "./cen/store.js";
import { type NumberPoolRecord, VmsStore } from "./vms/store.js";

export type { CenBandwidthPackageRecord, CenRecord } from "./cen/store.js";
export type { TagRecord } from "./store/tags.js";
export type { NumberPoolRecord } from "./vms/store.js";

/** A read-only view of what an emulator holds. */
export interface EmulatorStateView {
  /** vms number pools, by `NumberPoolNo`. */
  readonly numberPools: ReadonlyMap<string, Readonly<NumberPoolRecord>>;
  /** cen bandwidth packages, by id. */
  readonly cenBandwidthPackages: ReadonlyMap<string, Readonly<CenBandwidthPackageRecord>>;
  /** CEN instance ids that exist (created, seeded, or added with `emulator.addCen`). */
  readonly cens: ReadonlySet<string>;
  /** Every table of every service, for what the views above do not show. */
  readonly cen: CenStore;
  readonly vms: VmsStore;
}

/** The result a `ClientToken` was first answered with, and the parameters it came with. */
export interface IdempotentEntry {
  fingerprint: string;
  result: Record<string, unknown>;
}

/** The mutable state behind an emulator. */
export class EmulatorState implements EmulatorStateView {
  readonly cen: CenStore;
  readonly vms: VmsStore;
  /** Keyed by service, action, and token. */
  readonly idempotency = new Map<string, IdempotentEntry>();

  constructor(now: () => number, transitionMs: () => number) {
    this.cen = new CenStore(now, transitionMs);
    this.vms = new VmsStore(now, transitionMs);
  }

  get numberPools(): ReadonlyMap<string, Readonly<NumberPoolRecord>> {
    return new Map(this.vms.privacy.pools.list().map((pool) => [pool.NumberPoolNo, pool]));
  }

  get cenBandwidthPackages(): ReadonlyMap<string, Readonly<CenBandwidthPackageRecord>> {
    return new Map(this.cen.bandwidthPackages.list().map((pkg) => [pkg.CenBandwidthPackageId, pkg]));
  }

  get cens(): ReadonlySet<string> {
    return new Set(this.cen.cens.list().map((cen) => cen.CenId));
  }

  /** Forgets every resource and token. */
  reset(): void {
    this.cen.clear();
    this.vms.clear();
    this.idempotency.clear();
  }
}
