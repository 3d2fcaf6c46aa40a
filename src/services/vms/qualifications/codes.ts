import type { OpenCode } from "../../shared/open-code.js";

/**
 * Review states of a qualification (`ApprovalStatus`).
 *
 * @example
 * ```ts
 * const { Records } = await volc.send(QueryQualification, { ApprovalStatus: ApprovalStatus.Failed });
 * ```
 */
export const ApprovalStatus = {
  UnderReview: 1,
  Approved: 2,
  /** Review failed: `ApprovalDoneReason` says why; fix it with `UpdateQualification`. */
  Failed: 3,
} as const;
/** An `ApprovalStatus` code this SDK knows by name. */
export type KnownApprovalStatus = (typeof ApprovalStatus)[keyof typeof ApprovalStatus];
/** An `ApprovalStatus` code: a known one, or any other integer the API has added since. */
export type ApprovalStatus = OpenCode<KnownApprovalStatus>;

/**
 * Calling scenarios of a qualification (`SceneType`), as the older SDKs name them. The current docs'
 * samples send four-digit codes (`1101`): any integer is accepted.
 *
 * @example
 * ```ts
 * const scenario = { SceneType: SceneType.CustomerService, Description: "after-sales", ScenarioOfCalling: "…" };
 * ```
 */
export const SceneType = {
  ServiceMarketing: 11,
  OfficeCollaboration: 21,
  CustomerService: 22,
} as const;
/** A `SceneType` code this SDK knows by name. */
export type KnownSceneType = (typeof SceneType)[keyof typeof SceneType];
/** A `SceneType` code: a known one, or any other integer the API has added since. */
export type SceneType = OpenCode<KnownSceneType>;

/**
 * What an uploaded qualification file shows (`FileType` of `UploadQualificationFileV2`). Other values
 * are still accepted.
 *
 * @example
 * ```ts
 * volc.send(UploadQualificationFileV2, { FileType: QualificationFileType.BusinessLicensePhoto, … });
 * ```
 */
export const QualificationFileType = {
  LegalRepresentativeFrontIdPhoto: "LegalRepresentativeFrontIDPhoto",
  DocOfNumberApplyPhoto: "DocOfNumberApplyPhoto",
  CommitmentLetterOfNetAccessPhoto: "CommitmentLetterOfNetAccessPhoto",
  ThreeInOneBusinessLicensePhoto: "ThreeInOneBusinessLicensePhoto",
  BusinessLicensePhoto: "BusinessLicensePhoto",
  CertificateOfOrganizationCodesPhoto: "CertificateOfOrganizationCodesPhoto",
  CertificateOfTaxationRegistrationPhoto: "CertificateOfTaxationRegistrationPhoto",
  IdCardFrontPhoto: "IdCardFrontPhoto",
  IdCardBackPhoto: "IdCardBackPhoto",
  IdCardPhotoWithPeople: "IdCardPhotoWithPeople",
} as const;
/** A `QualificationFileType` this SDK knows by name. */
export type QualificationFileType = (typeof QualificationFileType)[keyof typeof QualificationFileType];
