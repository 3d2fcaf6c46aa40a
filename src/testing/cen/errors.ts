import type { ApiErrorSpec } from "../api-error.js";

/**
 * The errors of cen, by name: those of `CreateCenBandwidthPackage` (seed page 003), then those the other
 * actions document (SERVICES.md §A, §C.14), then the few the emulator needs where the docs name none.
 */
export const CenErrors = {
  InvalidNameMalformed: {
    status: 400,
    code: "InvalidName.Malformed",
    message: "The specified name is malformed.",
  },
  InvalidDescriptionMalformed: {
    status: 400,
    code: "InvalidDescription.Malformed",
    message: "The specified description is malformed.",
  },
  BillingTypeMalformed: {
    status: 400,
    code: "InvalidCenBandwidthPackage.BillingTypeMalformed",
    message: "The specified BillingType is invalid.",
  },
  PeriodUnitMalformed: {
    status: 400,
    code: "InvalidCenBandwidthPackage.PeriodUnitMalformed",
    message: "Specified PeriodUnit is invalid.",
  },
  PeriodMalformed: {
    status: 400,
    code: "InvalidCenBandwidthPackage.PeriodMalformed",
    message: "Specified Period is invalid.",
  },
  QuotaExceeded: {
    status: 400,
    code: "QuotaExceeded.CenBandwidthPackage",
    message: "You've reached the limit on the number of CEN bandwidth packages that you can create.",
  },
  BandwidthExceeded: {
    status: 400,
    code: "LimitExceeded.BandwidthOfBandwidthPackage",
    message: "Specified bandwidth exceeds the range of bandwidth package.",
  },
  ClientTokenMalformed: {
    status: 400,
    code: "InvalidParameter.ClientTokenMalformed",
    message: "The specified parameter ClientToken is malformed.",
  },
  InvalidTagKey: {
    status: 400,
    code: "InvalidTagKey.Malformed",
    message: "The specified parameter tag key is invalid.",
  },
  InvalidTagValue: {
    status: 400,
    code: "InvalidTagValue.Malformed",
    message: "The specified parameter tag value is invalid.",
  },
  TooManyTags: {
    status: 400,
    code: "LimitExceeded.Tags",
    message: "You've reached the limit on the number of tags that you can operate at a time.",
  },
  TagDisorder: {
    status: 400,
    code: "InvalidTag.Disorder",
    message: "The specified index order of tag is malformed.",
  },
  AsiaToAsia: {
    status: 400,
    code: "InvalidBandwidthPackageRegionSetId.NotSupported",
    message: "The specified inter region set Asia-Pacific to Asia-Pacific is not supported.",
  },
  RegionSetNotSupported: {
    status: 404,
    code: "InvalidGeographicRegionSetID.NotSupported",
    message: "Specified geographic region set ID is not supported.",
  },
  CenNotFound: { status: 404, code: "InvalidCen.NotFound", message: "The specified CEN does not exist." },
  RegionSetConflict: {
    status: 409,
    code: "InvalidCenBandwidthPackage.RegionSetConflict",
    message:
      "Specified geographic region set of the bandwidth package conflicts with that of another bandwidth package.",
  },
  CenInvalidStatus: {
    status: 409,
    code: "InvalidCen.InvalidStatus",
    message: "The specified CEN instance is not in the correct status for the request.",
  },
  CenInUse: {
    status: 400,
    code: "InvalidCen.InUse",
    message: "The specified CEN instance is in use.",
  },
  PackageNotFound: {
    status: 404,
    code: "InvalidCenBandwidthPackage.NotFound",
    message: "The specified CEN bandwidth package does not exist.",
  },
  PackageInUse: {
    status: 400,
    code: "InvalidCenBandwidthPackage.InUse",
    message: "The specified CEN bandwidth package is in use.",
  },
  PackageInvalidStatus: {
    status: 400,
    code: "InvalidCenBandwidthPackage.InvalidStatus",
    message: "The specified CEN bandwidth package is not in the correct status for the request.",
  },
  PackageNotInUse: {
    status: 404,
    code: "InvalidCenBandwidthPackage.NotInUse",
    message: "The specified CEN bandwidth package is not associated with the CEN.",
  },
  RemainRenewTimesMalformed: {
    status: 400,
    code: "InvalidCenBandwidthPackage.RemainRenewTimesMalformed",
    message: "The specified RemainRenewTimes is invalid.",
  },
  InterRegionBandwidthExceeded: {
    status: 400,
    code: "LimitExceeded.InterRegionBandwidth",
    message: "The inter-region bandwidths exceed the bandwidth of the bandwidth package.",
  },
  AttachedInstanceCannotUpdate: {
    status: 400,
    code: "InvalidCenAttachedInstance.CannotUpdate",
    message: "The specified attached instance cannot be updated now.",
  },
  InvalidCidr: {
    status: 400,
    code: "InvalidCidr.Malformed",
    message: "The specified CIDR block is malformed.",
  },
  InvalidResourceType: {
    status: 400,
    code: "InvalidResourceType.Malformed",
    message: "The specified resource type is invalid.",
  },
  TooManyResources: {
    status: 400,
    code: "LimitExceeded.Resource",
    message: "You've reached the limit on the number of resources that you can operate at a time.",
  },
  ResourceNotFound: {
    status: 404,
    code: "InvalidResource.NotFound",
    message: "The specified resource does not exist.",
  },
  AccessDenied: {
    status: 403,
    code: "AccessDenied",
    codeN: 100013,
    message: "You are not authorized to perform this operation.",
  },
  // Not documented: named after the documented ones (`Invalid<Resource>.NotFound` 404, a conflict 409),
  // for what a real service must refuse somehow.
  CenQuotaExceeded: {
    status: 400,
    code: "QuotaExceeded.Cen",
    message: "You've reached the limit on the number of CEN instances that you can create.",
  },
  InterRegionBandwidthNotFound: {
    status: 404,
    code: "InvalidInterRegionBandwidth.NotFound",
    message: "The specified inter-region bandwidth does not exist.",
  },
  AttachedInstanceNotFound: {
    status: 404,
    code: "InvalidCenAttachedInstance.NotFound",
    message: "The specified instance is not attached to the CEN.",
  },
  AttachedInstanceExists: {
    status: 409,
    code: "InvalidCenAttachedInstance.AlreadyExists",
    message: "The specified instance is already attached to the CEN.",
  },
  RouteEntryNotFound: {
    status: 404,
    code: "InvalidCenRouteEntry.NotFound",
    message: "The specified route entry does not exist.",
  },
  ServiceRouteNotFound: {
    status: 404,
    code: "InvalidCenServiceRouteEntry.NotFound",
    message: "The specified service route entry does not exist.",
  },
  ServiceRouteExists: {
    status: 409,
    code: "InvalidCenServiceRouteEntry.AlreadyExists",
    message: "The specified service route entry already exists.",
  },
  SummaryRouteNotFound: {
    status: 404,
    code: "InvalidCenSummaryRouteEntry.NotFound",
    message: "The specified summary route entry does not exist.",
  },
  SummaryRouteExists: {
    status: 409,
    code: "InvalidCenSummaryRouteEntry.AlreadyExists",
    message: "The specified summary route entry already exists.",
  },
  GrantNotFound: {
    status: 404,
    code: "InvalidCenGrantRule.NotFound",
    message: "The specified grant rule does not exist.",
  },
  GrantExists: {
    status: 409,
    code: "InvalidCenGrantRule.AlreadyExists",
    message: "The specified instance is already granted to the CEN.",
  },
} as const satisfies Record<string, ApiErrorSpec>;
