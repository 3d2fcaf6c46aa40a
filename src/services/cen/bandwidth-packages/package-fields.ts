import * as z from "zod/mini";
import { openCode } from "../../shared/open-code.js";
import { openEnum } from "../../shared/open-enum.js";
import type { BillingType } from "../billing-type.js";
import type { GeographicRegionSetId } from "../geographic-region-set.js";
import type { CenBandwidthPackageStatus } from "../statuses.js";
import { TagResultsSchema } from "../tags.js";

type Text = z.ZodMiniOptional<z.ZodMiniString<string>>;
type Count = z.ZodMiniOptional<z.ZodMiniNumber<number>>;

/**
 * What a bandwidth package is, as `DescribeCenBandwidthPackageAttributes` answers it and as each item of
 * `DescribeCenBandwidthPackages` lists it. Written out as a named type so that the descriptions reach
 * the published types of both operations.
 */
export type PackageFields = {
  /** Id of the package. */
  CenBandwidthPackageId: z.ZodMiniString<string>;
  /** Name of the package. */
  CenBandwidthPackageName: Text;
  /** Description of the package. */
  Description: Text;
  /** `Creating`, `Deleting`, `Pending`, `Available` (no CEN associated) or `InUse` (associated). */
  Status: z.ZodMiniOptional<z.ZodMiniType<CenBandwidthPackageStatus | (string & {})>>;
  /** Peak bandwidth in Mbps. */
  Bandwidth: Count;
  /** Bandwidth not yet allocated to inter-region bandwidths, in Mbps. */
  RemainingBandwidth: Count;
  /** `1` prepaid, `4` 95th-percentile peak. */
  BillingType: z.ZodMiniOptional<z.ZodMiniType<BillingType | (number & {})>>;
  /** CENs the package is associated with. */
  CenIds: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
  /** Local end: `"China"` or `"Asia"`. */
  LocalGeographicRegionSetId: z.ZodMiniOptional<z.ZodMiniType<GeographicRegionSetId | (string & {})>>;
  /** Peer end: `"China"` or `"Asia"`. */
  PeerGeographicRegionSetId: z.ZodMiniOptional<z.ZodMiniType<GeographicRegionSetId | (string & {})>>;
  /** Cross-border line operator. */
  LineOperator: Text;
  /** Account that owns the package. */
  AccountId: Text;
  /** Project of the package. */
  ProjectName: Text;
  /** Tags of the package. */
  Tags: typeof TagResultsSchema;
  /** When it was created, ISO 8601 with offset. */
  CreationTime: Text;
  /** When it last changed, ISO 8601 with offset. */
  UpdateTime: Text;
  /** When a prepaid package expires, `YYYY-MM-DD HH:mm:ss`. */
  ExpiredTime: Text;
  /** When it was deleted, if it was. */
  DeletedTime: Text;
};

/** The fields of {@link PackageFields}. */
export const Package: PackageFields = {
  CenBandwidthPackageId: z.string(),
  CenBandwidthPackageName: z.optional(z.string()),
  Description: z.optional(z.string()),
  Status: z.optional(openEnum<CenBandwidthPackageStatus>()),
  Bandwidth: z.optional(z.number()),
  RemainingBandwidth: z.optional(z.number()),
  BillingType: z.optional(openCode<BillingType>()),
  CenIds: z.optional(z.array(z.string())),
  LocalGeographicRegionSetId: z.optional(openEnum<GeographicRegionSetId>()),
  PeerGeographicRegionSetId: z.optional(openEnum<GeographicRegionSetId>()),
  LineOperator: z.optional(z.string()),
  AccountId: z.optional(z.string()),
  ProjectName: z.optional(z.string()),
  Tags: TagResultsSchema,
  CreationTime: z.optional(z.string()),
  UpdateTime: z.optional(z.string()),
  ExpiredTime: z.optional(z.string()),
  DeletedTime: z.optional(z.string()),
};
