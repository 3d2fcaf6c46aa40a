/**
 * The resources an emulator keeps, in memory. Read them in tests through `emulator.state`.
 */

/** A vms number pool, as `CreateNumberPool` made it. */
export interface NumberPoolRecord {
  NumberPoolNo: string;
  Name: string;
  ServiceType: number;
  SubServiceType: number;
  /** ISO 8601 time of creation, from the emulator's clock. */
  CreateTime: string;
  /** Access key id of the caller that created it. */
  CreatedBy: string;
}

/** A tag as stored. */
export interface TagRecord {
  Key: string;
  Value: string;
}

/** A cen bandwidth package, as `CreateCenBandwidthPackage` made it, with the documented defaults filled in. */
export interface CenBandwidthPackageRecord {
  CenBandwidthPackageId: string;
  /** The package id when no name was given, as documented. */
  CenBandwidthPackageName: string;
  Description: string;
  CenId: string | undefined;
  LocalGeographicRegionSetId: string;
  PeerGeographicRegionSetId: string;
  Bandwidth: number;
  BillingType: number;
  PeriodUnit: string;
  Period: number;
  LineOperator: string | undefined;
  ProjectName: string;
  Tags: TagRecord[];
  /** Always `Available`: the emulator has no provisioning delay. */
  Status: "Available";
  CreationTime: string;
  CreatedBy: string;
}

/** A read-only view of what an emulator holds. */
export interface EmulatorStateView {
  readonly numberPools: ReadonlyMap<string, Readonly<NumberPoolRecord>>;
  readonly cenBandwidthPackages: ReadonlyMap<string, Readonly<CenBandwidthPackageRecord>>;
  /** CEN instance ids that exist (seeded, or added with `emulator.addCen`). */
  readonly cens: ReadonlySet<string>;
}

/** The result a `ClientToken` was first answered with, and the parameters it came with. */
export interface IdempotentEntry {
  fingerprint: string;
  result: Record<string, unknown>;
}

/** The mutable state behind an emulator. */
export class EmulatorState implements EmulatorStateView {
  readonly numberPools = new Map<string, NumberPoolRecord>();
  readonly cenBandwidthPackages = new Map<string, CenBandwidthPackageRecord>();
  readonly cens = new Set<string>();
  /** Keyed by service, action, and token. */
  readonly idempotency = new Map<string, IdempotentEntry>();

  /** Forgets every resource and token, then seeds the given CENs. */
  reset(cens: Iterable<string>): void {
    this.numberPools.clear();
    this.cenBandwidthPackages.clear();
    this.idempotency.clear();
    this.cens.clear();
    for (const cen of cens) this.cens.add(cen);
  }
}
