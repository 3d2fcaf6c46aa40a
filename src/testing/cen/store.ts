import { Table } from "../store/table.js";
import type { TagRecord } from "../store/tags.js";

/** A CEN instance, as the emulator keeps it. */
export interface CenRecord {
  CenId: string;
  CenName: string;
  Description: string;
  ProjectName: string;
  Status: string;
  Tags: TagRecord[];
  CreationTime: string;
  UpdateTime: string;
  /** Access key id of the caller that created it. */
  CreatedBy: string;
}

/** A cen bandwidth package, with the documented defaults filled in. */
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
  Status: string;
  CreationTime: string;
  CreatedBy: string;
}

/** Everything the emulator keeps for cen. */
export class CenStore {
  readonly cens: Table<CenRecord>;
  readonly bandwidthPackages: Table<CenBandwidthPackageRecord>;

  constructor(now: () => number, transitionMs: () => number) {
    this.cens = new Table(now, transitionMs);
    this.bandwidthPackages = new Table(now, transitionMs);
  }

  /** Forgets every resource. */
  clear(): void {
    this.cens.clear();
    this.bandwidthPackages.clear();
  }
}
