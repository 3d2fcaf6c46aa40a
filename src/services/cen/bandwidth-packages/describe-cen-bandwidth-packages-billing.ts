import * as z from "zod/mini";
import type { PagedOperation } from "../../../client/operation.js";
import { openCode } from "../../shared/open-code.js";
import { openEnum } from "../../shared/open-enum.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import type { BillingType } from "../billing-type.js";
import { idList } from "../id-list.js";
import { cenOperation } from "../operation.js";
import { PageNumberSchema, PageSizeSchema } from "../paging.js";
import type { RenewType } from "../renewal.js";
import type { KnownBillingStatus } from "../statuses.js";

const Params = {
  /**
   * The packages: at most 100 ids, sent as `CenBandwidthPackageIds.N`. The docs mark it required, the
   * official SDKs optional; the service judges.
   */
  CenBandwidthPackageIds: z.optional(idList(100)),
  /** Page to return, from 1 (default 1). */
  PageNumber: z.optional(PageNumberSchema),
  /** Packages per page, 1–100 (default 20). */
  PageSize: z.optional(PageSizeSchema),
};

const Result = {
  /** The billing state of each package of this page. */
  CenBandwidthPackages: z.optional(
    z.array(
      result({
        /** Id of the package. */
        CenBandwidthPackageId: z.string(),
        /**
         * `0` creating, `1` in use, `3` subscription cancelled, `4` suspended on expiry, `5` reclaimed.
         * See {@link BillingStatus}.
         */
        BillingStatus: z.optional(openCode<KnownBillingStatus>()),
        /** `1` prepaid, `4` 95th-percentile peak. */
        BillingType: z.optional(openCode<BillingType>()),
        /** When it expires, `YYYY-MM-DD HH:mm:ss`. */
        ExpiredTime: z.optional(z.string()),
        /** When it is reclaimed after expiry, `YYYY-MM-DD HH:mm:ss`. */
        ReclaimTime: z.optional(z.string()),
        /** `Manual`, `Auto` or `NoRenew`. */
        RenewType: z.optional(openEnum<RenewType>()),
        /** Automatic renewals left; -1: no limit. */
        RemainRenewTimes: z.optional(z.number()),
      }),
    ),
  ),
  /** Number of this page. */
  PageNumber: z.optional(z.number()),
  /** Size of the pages. */
  PageSize: z.optional(z.number()),
  /** How many packages match, over every page. */
  TotalCount: z.optional(z.number()),
};

/** Parameters of {@link DescribeCenBandwidthPackagesBilling}. */
export interface DescribeCenBandwidthPackagesBillingInput extends In<typeof Params> {}
/** `Result` of {@link DescribeCenBandwidthPackagesBilling}. */
export interface DescribeCenBandwidthPackagesBillingOutput extends Out<typeof Result> {}

/**
 * cen `DescribeCenBandwidthPackagesBilling`: the billing state of bandwidth packages (expiry, renewal
 * settings), a page at a time; `paginate` walks every page.
 *
 * @example
 * ```ts
 * const { CenBandwidthPackages } = await volc.send(DescribeCenBandwidthPackagesBilling, { CenBandwidthPackageIds: [id] });
 * ```
 */
export const DescribeCenBandwidthPackagesBilling: PagedOperation<
  DescribeCenBandwidthPackagesBillingInput,
  DescribeCenBandwidthPackagesBillingOutput,
  "CenBandwidthPackages"
> = cenOperation({
  action: "DescribeCenBandwidthPackagesBilling",
  input: params(Params),
  output: result(Result),
  idempotent: true,
  paging: { style: "PageNumber", items: "CenBandwidthPackages" },
});
