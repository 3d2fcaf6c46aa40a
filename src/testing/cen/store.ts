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
  /** The account it belongs to (see `accountIdOf`). */
  AccountId: string;
}

/** A cen bandwidth package, with the documented defaults filled in. */
export interface CenBandwidthPackageRecord {
  CenBandwidthPackageId: string;
  /** The package id when no name was given, as documented. */
  CenBandwidthPackageName: string;
  Description: string;
  /** The CEN it is associated with, if any. */
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
  UpdateTime: string;
  CreatedBy: string;
  AccountId: string;
  /** When a prepaid package expires, ms since the epoch (end of its last day, UTC+8). */
  ExpiresAt: number;
  /** Renewal settings (`SetCenBandwidthPackageRenewal`): `Manual` until set. */
  RenewType: string;
  RenewPeriod: number;
  RemainRenewTimes: number;
}

/** A network instance attached to a CEN. */
export interface AttachedInstanceRecord {
  CenId: string;
  InstanceId: string;
  InstanceRegionId: string;
  InstanceType: string;
  InstanceOwnerId: string;
  Status: string;
  CreationTime: string;
}

/** Bandwidth between two regions of a CEN, allocated from a package. */
export interface InterRegionBandwidthRecord {
  InterRegionBandwidthId: string;
  CenId: string;
  CenBandwidthPackageId: string;
  LocalRegionId: string;
  PeerRegionId: string;
  Bandwidth: number;
  Status: string;
  CreationTime: string;
  UpdateTime: string;
}

/** A route entry an attached instance brings to its CEN. */
export interface RouteEntryRecord {
  CenId: string;
  DestinationCidrBlock: string;
  InstanceId: string;
  InstanceRegionId: string;
  InstanceType: string;
  /** `Published` or `NonPublished`. */
  PublishStatus: string;
  Status: string;
  /** `System`: an entry of the instance's system route table. */
  Type: string;
  AsPath: string[];
}

/** An instance a service route is published to. */
export interface PublishTarget {
  InstanceId: string;
  InstanceRegionId: string;
  InstanceType: string;
}

/** A service route: a cloud service's addresses reached across the CEN through an attached VPC. */
export interface ServiceRouteRecord {
  CenId: string;
  DestinationCidrBlock: string;
  ServiceRegionId: string;
  ServiceVpcId: string;
  Description: string;
  PublishMode: string;
  PublishToInstances: PublishTarget[];
  Status: string;
  CreationTime: string;
}

/** A summary route of a CEN. */
export interface SummaryRouteRecord {
  CenId: string;
  DestinationCidrBlock: string;
  Description: string;
  Status: string;
  CreationTime: string;
  UpdateTime: string;
}

/** An instance granted by its owner to a CEN of another account. */
export interface GrantRecord {
  CenId: string;
  CenOwnerId: string;
  InstanceId: string;
  InstanceRegionId: string;
  InstanceType: string;
  InstanceOwnerId: string;
  CreationTime: string;
}

/**
 * The key of a record identified by several fields, e.g. a CEN and an instance's type, region and id
 * (`"cen-1 VPC cn-beijing vpc-1"`): ids, regions and CIDR blocks hold no space.
 */
export function keyOf(...parts: readonly string[]): string {
  return parts.join(" ");
}

/** Everything the emulator keeps for cen, one table per kind of resource. */
export class CenStore {
  readonly cens: Table<CenRecord>;
  readonly bandwidthPackages: Table<CenBandwidthPackageRecord>;
  /** By `keyOf(CenId, InstanceType, InstanceRegionId, InstanceId)`. */
  readonly attachedInstances: Table<AttachedInstanceRecord>;
  readonly interRegionBandwidths: Table<InterRegionBandwidthRecord>;
  /** By `keyOf(CenId, InstanceId, DestinationCidrBlock)`. */
  readonly routeEntries: Table<RouteEntryRecord>;
  /** By `keyOf(CenId, ServiceRegionId, DestinationCidrBlock)`. */
  readonly serviceRoutes: Table<ServiceRouteRecord>;
  /** By `keyOf(CenId, DestinationCidrBlock)`. */
  readonly summaryRoutes: Table<SummaryRouteRecord>;
  /** By `keyOf(CenId, InstanceType, InstanceRegionId, InstanceId)`. */
  readonly grants: Table<GrantRecord>;

  constructor(now: () => number, transitionMs: () => number) {
    const table = <T extends object>() => new Table<T>(now, transitionMs);
    this.cens = table();
    this.bandwidthPackages = table();
    this.attachedInstances = table();
    this.interRegionBandwidths = table();
    this.routeEntries = table();
    this.serviceRoutes = table();
    this.summaryRoutes = table();
    this.grants = table();
  }

  /** Forgets every resource. */
  clear(): void {
    for (const table of [
      this.cens,
      this.bandwidthPackages,
      this.attachedInstances,
      this.interRegionBandwidths,
      this.routeEntries,
      this.serviceRoutes,
      this.summaryRoutes,
      this.grants,
    ]) {
      table.clear();
    }
  }
}
