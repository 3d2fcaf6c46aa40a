import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { openCode } from "../../shared/open-code.js";
import { openEnum } from "../../shared/open-enum.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import type { BillingType } from "../billing-type.js";
import type { GeographicRegionSetId } from "../geographic-region-set.js";
import { cenOperation } from "../operation.js";
import type { CenBandwidthPackageStatus } from "../statuses.js";
import { TagResultsSchema } from "../tags.js";

const Params = {
  /** The bandwidth package to describe, e.g. `"cbp-4c2zaavbvh5fx****"`. */
  CenBandwidthPackageId: IdSchema,
};

const Result = {
  /** Id of the package. */
  CenBandwidthPackageId: z.string(),
  /** Name of the package. */
  CenBandwidthPackageName: z.optional(z.string()),
  /** Description of the package. */
  Description: z.optional(z.string()),
  /** `Creating`, `Deleting`, `Pending`, `Available` (no CEN associated) or `InUse` (associated). */
  Status: z.optional(openEnum<CenBandwidthPackageStatus>()),
  /** Business status: `Normal`, or a lock state. */
  BusinessStatus: z.optional(z.string()),
  /** Peak bandwidth in Mbps. */
  Bandwidth: z.optional(z.number()),
  /** Bandwidth not yet allocated to inter-region bandwidths, in Mbps. */
  RemainingBandwidth: z.optional(z.number()),
  /** `1` prepaid, `4` 95th-percentile peak. */
  BillingType: z.optional(openCode<BillingType>()),
  /** CENs the package is associated with. */
  CenIds: z.optional(z.array(z.string())),
  /** Local end: `"China"` or `"Asia"`. */
  LocalGeographicRegionSetId: z.optional(openEnum<GeographicRegionSetId>()),
  /** Peer end: `"China"` or `"Asia"`. */
  PeerGeographicRegionSetId: z.optional(openEnum<GeographicRegionSetId>()),
  /** Cross-border line operator. */
  LineOperator: z.optional(z.string()),
  /** Account that owns the package. */
  AccountId: z.optional(z.string()),
  /** Project of the package. */
  ProjectName: z.optional(z.string()),
  /** Tags of the package. */
  Tags: TagResultsSchema,
  /** When it was created, ISO 8601 with offset. */
  CreationTime: z.optional(z.string()),
  /** When it last changed, ISO 8601 with offset. */
  UpdateTime: z.optional(z.string()),
  /** When a prepaid package expires, `YYYY-MM-DD HH:mm:ss`. */
  ExpiredTime: z.optional(z.string()),
  /** When it was deleted, if it was. */
  DeletedTime: z.optional(z.string()),
};

/** Parameters of {@link DescribeCenBandwidthPackageAttributes}. */
export interface DescribeCenBandwidthPackageAttributesInput extends In<typeof Params> {}
/** `Result` of {@link DescribeCenBandwidthPackageAttributes}. */
export interface DescribeCenBandwidthPackageAttributesOutput extends Out<typeof Result> {}

/**
 * cen `DescribeCenBandwidthPackageAttributes`: one bandwidth package, its status, remaining bandwidth and
 * expiry.
 *
 * @example
 * ```ts
 * const { Status, RemainingBandwidth } = await volc.send(DescribeCenBandwidthPackageAttributes, { CenBandwidthPackageId });
 * ```
 */
export const DescribeCenBandwidthPackageAttributes: Operation<
  DescribeCenBandwidthPackageAttributesInput,
  DescribeCenBandwidthPackageAttributesOutput
> = cenOperation({
  action: "DescribeCenBandwidthPackageAttributes",
  input: params(Params),
  output: result(Result),
  idempotent: true,
});
