import * as z from "zod/mini";
import { FreeTextSchema, IdSchema } from "../../shared/free-text.js";
import { integer } from "../../shared/integer.js";
import { type OpenCode, openCode } from "../../shared/open-code.js";
import { text } from "../../shared/text-rule.js";
import { YesNoSchema } from "../vocabulary.js";
import type { KnownSceneType } from "./codes.js";

/** An optional text field of a qualification form (no rule is documented for any of them). */
type Text = z.ZodMiniOptional<z.ZodMiniString<string>>;

/**
 * The fields of `QualificationMainInfoFormDO`, the company part of a qualification, as a named type so
 * that their descriptions reach the published types of `AddQualification` and `UpdateQualification`.
 * The `…FileCode` fields take the `FileCode` that `UploadQualificationFileV2` returned for each picture.
 */
export type QualificationMainInfoFields = {
  /** The qualification's number (e.g. `"QUA164664762128220429"`); `UpdateQualification` needs it. */
  QualificationNo: Text;
  /** The company's registered name. */
  QualificationEntity: Text;
  /** `1` the company has a three-in-one licence, `0` it has separate certificates. */
  CertificateThreeInOne: z.ZodMiniOptional<z.ZodMiniLiteral<0 | 1>>;
  /** The company's unified social credit code (three-in-one case). */
  UnitSocialCreditCode: Text;
  /** The company's address. */
  EnterpriseAddress: Text;
  /** The legal representative's name. */
  LegalRepresentativeName: Text;
  /** The legal representative's identity card number. */
  LegalRepresentativeId: Text;
  /** Picture of the front of the legal representative's identity card. */
  LegalRepresentativeFrontIdPhotoFileCode: Text;
  /** Picture of the signed number application letter. */
  DocOfNumberApplyPhotoFileCode: Text;
  /** Picture of the signed network access commitment letter. */
  CommitmentLetterOfNetAccessPhotoFileCode: Text;
  /** Picture of the three-in-one business licence (three-in-one case). */
  ThreeInOneBusinessLicensePhotoFileCode: Text;
  /** Picture of the business licence (separate certificates case). */
  BusinessLicensePhotoFileCode: Text;
  /** Picture of the tax registration certificate (separate certificates case). */
  CertificateOfTaxationRegistrationPhotoFileCode: Text;
};

const MainInfoParams: QualificationMainInfoFields = {
  QualificationNo: z.optional(FreeTextSchema),
  QualificationEntity: z.optional(FreeTextSchema),
  CertificateThreeInOne: z.optional(YesNoSchema),
  UnitSocialCreditCode: z.optional(FreeTextSchema),
  EnterpriseAddress: z.optional(FreeTextSchema),
  LegalRepresentativeName: z.optional(FreeTextSchema),
  LegalRepresentativeId: z.optional(FreeTextSchema),
  LegalRepresentativeFrontIdPhotoFileCode: z.optional(FreeTextSchema),
  DocOfNumberApplyPhotoFileCode: z.optional(FreeTextSchema),
  CommitmentLetterOfNetAccessPhotoFileCode: z.optional(FreeTextSchema),
  ThreeInOneBusinessLicensePhotoFileCode: z.optional(FreeTextSchema),
  BusinessLicensePhotoFileCode: z.optional(FreeTextSchema),
  CertificateOfTaxationRegistrationPhotoFileCode: z.optional(FreeTextSchema),
};

/** `QualificationMainInfoFormDO` of `AddQualification`. */
export const QualificationMainInfoSchema: z.ZodMiniObject<QualificationMainInfoFields, z.core.$strict> =
  z.strictObject(MainInfoParams);

/** The company part as `UpdateQualification` takes it: the qualification's number is required. */
export type QualificationMainInfoUpdateFields = Omit<QualificationMainInfoFields, "QualificationNo"> & {
  /** The qualification to resubmit, e.g. `"QUA164664762128220429"`. */
  QualificationNo: z.ZodMiniString<string>;
};

/** `QualificationMainInfoFormDO` of `UpdateQualification`. */
export const QualificationMainInfoUpdateSchema: z.ZodMiniObject<
  QualificationMainInfoUpdateFields,
  z.core.$strict
> = z.strictObject({ ...MainInfoParams, QualificationNo: IdSchema });

/** The fields of `QualificationAdminInfoFormDO`, the administrator of a qualification. */
export type QualificationAdminInfoFields = {
  /** The administrator's name. */
  Name: Text;
  /** The administrator's phone number. */
  ContactNumber: Text;
  /** The administrator's identity card number. */
  IdCardNumber: Text;
  /** Picture of the front of the administrator's identity card (a `FileCode`). */
  IdCardFrontPhotoFileCode: Text;
  /** Picture of the administrator holding the identity card (a `FileCode`). */
  IdCardPhotoWithPeopleFileCode: Text;
};

/** `QualificationAdminInfoFormDO`. */
export const QualificationAdminInfoSchema: z.ZodMiniObject<QualificationAdminInfoFields, z.core.$strict> =
  z.strictObject({
    Name: z.optional(FreeTextSchema),
    ContactNumber: z.optional(FreeTextSchema),
    IdCardNumber: z.optional(FreeTextSchema),
    IdCardFrontPhotoFileCode: z.optional(FreeTextSchema),
    IdCardPhotoWithPeopleFileCode: z.optional(FreeTextSchema),
  });

/** The fields of one entry of `QualificationScenarioInfoFormDOList`: a scenario the numbers call for. */
export type QualificationScenarioFields = {
  /** The calling scenario (a code; e.g. `22` customer service). See {@link SceneType}. */
  SceneType: z.ZodMiniOptional<z.ZodMiniType<OpenCode<KnownSceneType>, OpenCode<KnownSceneType>>>;
  /** The scenario in words. */
  Description: Text;
  /** The script the calls follow (may span lines). */
  ScenarioOfCalling: Text;
  /** The qualification's internal id (when resubmitting). */
  QualificationId: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
  /** The qualification's number (when resubmitting). */
  QualificationNo: Text;
};

/** One entry of `QualificationScenarioInfoFormDOList`. */
export const QualificationScenarioSchema: z.ZodMiniObject<QualificationScenarioFields, z.core.$strict> =
  z.strictObject({
    SceneType: z.optional(openCode<KnownSceneType>()),
    Description: z.optional(FreeTextSchema),
    ScenarioOfCalling: z.optional(text({ min: 0, max: Number.POSITIVE_INFINITY, multiline: true })),
    QualificationId: z.optional(integer()),
    QualificationNo: z.optional(FreeTextSchema),
  });
