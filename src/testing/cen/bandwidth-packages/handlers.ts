import { AssociateCenBandwidthPackage } from "../../../services/cen/bandwidth-packages/associate-cen-bandwidth-package.js";
import { DeleteCenBandwidthPackage } from "../../../services/cen/bandwidth-packages/delete-cen-bandwidth-package.js";
import { DescribeCenBandwidthPackageAttributes } from "../../../services/cen/bandwidth-packages/describe-cen-bandwidth-package-attributes.js";
import { DescribeCenBandwidthPackages } from "../../../services/cen/bandwidth-packages/describe-cen-bandwidth-packages.js";
import { DescribeCenBandwidthPackagesBilling } from "../../../services/cen/bandwidth-packages/describe-cen-bandwidth-packages-billing.js";
import { DisassociateCenBandwidthPackage } from "../../../services/cen/bandwidth-packages/disassociate-cen-bandwidth-package.js";
import { ModifyCenBandwidthPackageAssociation } from "../../../services/cen/bandwidth-packages/modify-cen-bandwidth-package-association.js";
import { ModifyCenBandwidthPackageAttributes } from "../../../services/cen/bandwidth-packages/modify-cen-bandwidth-package-attributes.js";
import { RenewCenBandwidthPackage } from "../../../services/cen/bandwidth-packages/renew-cen-bandwidth-package.js";
import { SetCenBandwidthPackageRenewal } from "../../../services/cen/bandwidth-packages/set-cen-bandwidth-package-renewal.js";
import { apiError, formatMessage, GatewayErrors } from "../../api-error.js";
import { defineHandler, type HandlerContext } from "../../handler.js";
import { matchesFields } from "../../store/filters.js";
import { pageByNumber } from "../../store/paging.js";
import { matchesAny, matchesTagFilters } from "../../store/tags.js";
import { CenErrors } from "../errors.js";
import { namingRules, PACKAGE_BANDWIDTH_RULE, PERIOD_RULES } from "../issue-rules.js";
import { allocatedFrom, availableCen, noRegionSetConflict, packageOf, settledPackage } from "../lookups.js";
import type { CenBandwidthPackageRecord } from "../store.js";
import { addPeriod, billingTime, isoTime } from "../time.js";
import { packageView } from "../views.js";

/** A prepaid package (`BillingType` 1), or `InvalidCenBandwidthPackage.BillingTypeMalformed`. */
function prepaid(pkg: CenBandwidthPackageRecord): CenBandwidthPackageRecord {
  if (pkg.BillingType !== 1) {
    throw apiError(CenErrors.BillingTypeMalformed, `(${pkg.CenBandwidthPackageId} is not prepaid)`);
  }
  return pkg;
}

/** `InvalidCenBandwidthPackage.InUse` while inter-region bandwidth is allocated from the package. */
function noBandwidthAllocated(ctx: HandlerContext, pkg: CenBandwidthPackageRecord): void {
  const allocated = allocatedFrom(ctx, pkg.CenBandwidthPackageId);
  if (allocated > 0) {
    throw apiError(
      CenErrors.PackageInUse,
      `${allocated} Mbps of it are allocated to inter-region bandwidths.`,
    );
  }
}

/** The package, associated with `cenId`: otherwise `InvalidCenBandwidthPackage.NotInUse` 404. */
function associatedWith(ctx: HandlerContext, id: string, cenId: string): CenBandwidthPackageRecord {
  const pkg = settledPackage(ctx, id);
  if (pkg.CenId !== cenId)
    throw apiError(CenErrors.PackageNotInUse, `(${id} is not associated with ${cenId})`);
  return pkg;
}

/** Binds a package to a CEN (after the checks of an association). */
function bind(ctx: HandlerContext, pkg: CenBandwidthPackageRecord, cenId: string): void {
  availableCen(ctx, cenId);
  noRegionSetConflict(ctx, cenId, pkg.LocalGeographicRegionSetId, pkg.PeerGeographicRegionSetId);
  pkg.CenId = cenId;
  pkg.Status = "InUse";
  pkg.UpdateTime = isoTime(ctx.nowMs);
}

/**
 * cen `DeleteCenBandwidthPackage`: refused while associated or allocated (`.InUse`), and for a prepaid
 * package that has not expired (`.InvalidStatus`); `Deleting`, then gone.
 */
export const deleteCenBandwidthPackageHandler = defineHandler({
  operation: DeleteCenBandwidthPackage,
  issueRules: [],
  handle(input, ctx) {
    const pkg = settledPackage(ctx, input.CenBandwidthPackageId);
    if (pkg.CenId !== undefined)
      throw apiError(CenErrors.PackageInUse, `It is associated with ${pkg.CenId}.`);
    noBandwidthAllocated(ctx, pkg);
    if (pkg.BillingType === 1 && pkg.ExpiresAt > ctx.nowMs) {
      throw apiError(
        CenErrors.PackageInvalidStatus,
        `A prepaid package cannot be deleted before it expires (${billingTime(pkg.ExpiresAt)}).`,
      );
    }
    ctx.state.cen.bandwidthPackages.begin(pkg.CenBandwidthPackageId, "Deleting", null);
    return {};
  },
});

/** cen `DescribeCenBandwidthPackages`: filtered by ids, name, CEN, region sets, project and tags. */
export const describeCenBandwidthPackagesHandler = defineHandler({
  operation: DescribeCenBandwidthPackages,
  issueRules: [],
  handle(input, ctx) {
    const { CenBandwidthPackageIds: ids, TagFilters, PageNumber, PageSize, ...filters } = input;
    const found = ctx.state.cen.bandwidthPackages
      .list()
      .filter(
        (pkg) =>
          matchesAny(pkg.CenBandwidthPackageId, ids) &&
          matchesFields(pkg, filters) &&
          matchesTagFilters(pkg.Tags, TagFilters),
      );
    const { page, ...paging } = pageByNumber(found, { PageNumber, PageSize }, 10);
    const items = page.map((pkg) => {
      const { BusinessStatus, ...view } = packageView(ctx, pkg);
      return { ...view, Business: BusinessStatus, UpdatedAt: view.UpdateTime };
    });
    return { CenBandwidthPackages: items, ...paging };
  },
});

/** cen `DescribeCenBandwidthPackageAttributes`. */
export const describeCenBandwidthPackageAttributesHandler = defineHandler({
  operation: DescribeCenBandwidthPackageAttributes,
  issueRules: [],
  handle: (input, ctx) => packageView(ctx, packageOf(ctx, input.CenBandwidthPackageId)),
});

/**
 * cen `ModifyCenBandwidthPackageAttributes`: a prepaid package can only grow; no package shrinks below
 * what is allocated from it (`LimitExceeded.InterRegionBandwidth`).
 */
export const modifyCenBandwidthPackageAttributesHandler = defineHandler({
  operation: ModifyCenBandwidthPackageAttributes,
  issueRules: [...namingRules("CenBandwidthPackageName"), PACKAGE_BANDWIDTH_RULE],
  handle(input, ctx) {
    const pkg = settledPackage(ctx, input.CenBandwidthPackageId);
    const bandwidth = input.Bandwidth;
    if (bandwidth !== undefined && bandwidth < pkg.Bandwidth) {
      if (pkg.BillingType === 1) {
        const spec = GatewayErrors.InvalidParameter;
        throw apiError(
          { ...spec, message: formatMessage(spec.message, "Bandwidth") },
          `A prepaid package can only grow: ${pkg.Bandwidth} Mbps now, ${bandwidth} Mbps asked.`,
        );
      }
      const allocated = allocatedFrom(ctx, pkg.CenBandwidthPackageId);
      if (bandwidth < allocated) {
        throw apiError(CenErrors.InterRegionBandwidthExceeded, `${allocated} Mbps are allocated from it.`);
      }
    }
    if (bandwidth !== undefined) pkg.Bandwidth = bandwidth;
    if (input.CenBandwidthPackageName !== undefined)
      pkg.CenBandwidthPackageName = input.CenBandwidthPackageName;
    if (input.Description !== undefined) pkg.Description = input.Description;
    pkg.UpdateTime = isoTime(ctx.nowMs);
    return {};
  },
});

/** cen `AssociateCenBandwidthPackage`: an `Available` package with an `Available` CEN; then `InUse`. */
export const associateCenBandwidthPackageHandler = defineHandler({
  operation: AssociateCenBandwidthPackage,
  issueRules: [],
  handle(input, ctx) {
    const pkg = settledPackage(ctx, input.CenBandwidthPackageId);
    if (pkg.CenId !== undefined) {
      throw apiError(CenErrors.PackageInUse, `It is already associated with ${pkg.CenId}.`);
    }
    bind(ctx, pkg, input.CenId);
    return {};
  },
});

/** cen `DisassociateCenBandwidthPackage`: once nothing is allocated from it; then `Available`. */
export const disassociateCenBandwidthPackageHandler = defineHandler({
  operation: DisassociateCenBandwidthPackage,
  issueRules: [],
  handle(input, ctx) {
    const pkg = associatedWith(ctx, input.CenBandwidthPackageId, input.CenId);
    noBandwidthAllocated(ctx, pkg);
    pkg.CenId = undefined;
    pkg.Status = "Available";
    pkg.UpdateTime = isoTime(ctx.nowMs);
    return {};
  },
});

/** cen `ModifyCenBandwidthPackageAssociation`: moves an associated package, with nothing allocated, to `CenId`. */
export const modifyCenBandwidthPackageAssociationHandler = defineHandler({
  operation: ModifyCenBandwidthPackageAssociation,
  issueRules: [],
  handle(input, ctx) {
    const pkg = settledPackage(ctx, input.CenBandwidthPackageId);
    if (pkg.CenId === undefined) {
      throw apiError(
        CenErrors.PackageNotInUse,
        `(${pkg.CenBandwidthPackageId} is not associated with a CEN)`,
      );
    }
    noBandwidthAllocated(ctx, pkg);
    const from = pkg.CenId;
    pkg.CenId = undefined;
    try {
      bind(ctx, pkg, input.CenId);
    } catch (error) {
      pkg.CenId = from;
      throw error;
    }
    return {};
  },
});

/** cen `RenewCenBandwidthPackage`: moves a prepaid package's `ExpiredTime` on by the period. */
export const renewCenBandwidthPackageHandler = defineHandler({
  operation: RenewCenBandwidthPackage,
  issueRules: PERIOD_RULES,
  handle(input, ctx) {
    const pkg = prepaid(settledPackage(ctx, input.CenBandwidthPackageId));
    pkg.ExpiresAt = addPeriod(
      Math.max(pkg.ExpiresAt, ctx.nowMs),
      input.Period ?? 1,
      input.PeriodUnit ?? "Month",
    );
    pkg.UpdateTime = isoTime(ctx.nowMs);
    return {};
  },
});

/** cen `SetCenBandwidthPackageRenewal`: a prepaid package's renewal settings. */
export const setCenBandwidthPackageRenewalHandler = defineHandler({
  operation: SetCenBandwidthPackageRenewal,
  issueRules: [{ path: /^RemainRenewTimes$/, error: CenErrors.RemainRenewTimesMalformed }],
  handle(input, ctx) {
    const pkg = prepaid(settledPackage(ctx, input.CenBandwidthPackageId));
    pkg.RenewType = input.RenewType;
    pkg.RenewPeriod = input.RenewPeriod ?? 1;
    pkg.RemainRenewTimes = input.RemainRenewTimes ?? -1;
    return {};
  },
});

/** cen `DescribeCenBandwidthPackagesBilling`: billing status, expiry and renewal settings. */
export const describeCenBandwidthPackagesBillingHandler = defineHandler({
  operation: DescribeCenBandwidthPackagesBilling,
  issueRules: [],
  handle(input, ctx) {
    const found = ctx.state.cen.bandwidthPackages
      .list()
      .filter((pkg) => matchesAny(pkg.CenBandwidthPackageId, input.CenBandwidthPackageIds));
    const { page, ...paging } = pageByNumber(found, input, 20);
    const items = page.map((pkg) => ({
      CenBandwidthPackageId: pkg.CenBandwidthPackageId,
      BillingStatus: pkg.Status === "Creating" ? 0 : pkg.ExpiresAt > ctx.nowMs ? 1 : 4,
      BillingType: pkg.BillingType,
      ExpiredTime: billingTime(pkg.ExpiresAt),
      RenewType: pkg.RenewType,
      RemainRenewTimes: pkg.RemainRenewTimes,
    }));
    return { CenBandwidthPackages: items, ...paging };
  },
});

/** The emulated actions of bandwidth packages, `CreateCenBandwidthPackage` aside. */
export const BANDWIDTH_PACKAGE_HANDLERS = [
  deleteCenBandwidthPackageHandler,
  describeCenBandwidthPackagesHandler,
  describeCenBandwidthPackageAttributesHandler,
  modifyCenBandwidthPackageAttributesHandler,
  associateCenBandwidthPackageHandler,
  disassociateCenBandwidthPackageHandler,
  modifyCenBandwidthPackageAssociationHandler,
  renewCenBandwidthPackageHandler,
  setCenBandwidthPackageRenewalHandler,
  describeCenBandwidthPackagesBillingHandler,
];
