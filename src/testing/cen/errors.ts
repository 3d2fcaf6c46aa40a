import type { ApiErrorSpec } from "../api-error.js";

/** The documented errors of cen `CreateCenBandwidthPackage` (seed page 003), by code. */
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
} as const satisfies Record<string, ApiErrorSpec>;
