import { Table } from "../store/table.js";

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

/** What the emulator keeps for number pools, numbers and privacy-number bindings. */
export class PrivacyStore {
  readonly pools: Table<NumberPoolRecord>;

  constructor(now: () => number, transitionMs: () => number) {
    this.pools = new Table(now, transitionMs);
  }

  /** Forgets every resource. */
  clear(): void {
    this.pools.clear();
  }
}
