import * as z from "zod/mini";
import type { PagedOperation } from "../../../client/operation.js";
import { FreeTextSchema, IdSchema } from "../../shared/free-text.js";
import { openCode } from "../../shared/open-code.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import { OffsetSchema } from "../vocabulary.js";
import type { KnownApprovalStatus, KnownSceneType } from "./codes.js";

const Params = {
  /** Only these qualifications, by number. */
  QualificationNoList: z.optional(z.array(IdSchema)),
  /** Only those in this review state: `1` under review, `2` approved, `3` failed. See {@link ApprovalStatus}. */
  ApprovalStatus: z.optional(openCode<KnownApprovalStatus>()),
  /** Only those whose company name contains this. */
  QualificationEntityQueryPattern: z.optional(FreeTextSchema),
  /** Records per page (default 20). */
  Limit: z.optional(OffsetSchema),
  /** How many records to skip (default 0). */
  Offset: z.optional(OffsetSchema),
};

const Record = result({
  /** The company part, with the review's outcome. */
  QualificationMainInfoVO: result({
    /** The qualification's number. */
    QualificationNo: z.string(),
    /** The qualification's internal id. */
    QualificationId: z.optional(z.number()),
    /** The account it belongs to. */
    AccountId: z.optional(z.string()),
    /** `1` under review, `2` approved, `3` failed. See {@link ApprovalStatus}. */
    ApprovalStatus: z.optional(openCode<KnownApprovalStatus>()),
    /** The reviewer's remark, e.g. why the review failed. */
    ApprovalDoneReason: z.optional(z.string()),
    /** The company's registered name. */
    QualificationEntity: z.optional(z.string()),
    /** `1` three-in-one licence, `0` separate certificates. */
    CertificateThreeInOne: z.optional(z.number()),
    /** The company's unified social credit code. */
    UnitSocialCreditCode: z.optional(z.string()),
    /** The company's address. */
    EnterpriseAddress: z.optional(z.string()),
    /** The legal representative's name. */
    LegalRepresentativeName: z.optional(z.string()),
    /** The legal representative's identity card number. */
    LegalRepresentativeId: z.optional(z.string()),
    /** URL of the front of the legal representative's identity card. */
    LegalRepresentativeFrontIDPhotoURL: z.optional(z.string()),
    /** URL of the number application letter. */
    DocOfNumberApplyPhotoURL: z.optional(z.string()),
    /** URL of the network access commitment letter. */
    CommitmentLetterOfNetAccessPhotoURL: z.optional(z.string()),
    /** URL of the three-in-one business licence. */
    ThreeInOneBusinessLicensePhotoURL: z.optional(z.string()),
    /** URL of the business licence. */
    BusinessLicensePhotoURL: z.optional(z.string()),
    /** URL of the tax registration certificate. */
    CertificateOfTaxationRegistrationPhotoURL: z.optional(z.string()),
    /** When it was submitted. */
    CreateTime: z.optional(z.string()),
    /** When it last changed. */
    UpdateTime: z.optional(z.string()),
  }),
  /** The administrator. */
  QualificationAdminInfoVO: z.optional(
    result({
      /** The administrator's name. */
      Name: z.optional(z.string()),
      /** The administrator's phone number. */
      ContactNumber: z.optional(z.string()),
      /** The administrator's identity card number. */
      IdCardNumber: z.optional(z.string()),
      /** URL of the front of the identity card. */
      IdCardFrontPhotoURL: z.optional(z.string()),
      /** URL of the picture of the administrator holding the identity card. */
      IdCardPhotoWithPeopleURL: z.optional(z.string()),
    }),
  ),
  /** The calling scenarios. */
  QualificationScenarioInfoVOList: z.optional(
    z.array(
      result({
        /** The calling scenario (a code). See {@link SceneType}. */
        SceneType: z.optional(openCode<KnownSceneType>()),
        /** The scenario in words. */
        Description: z.optional(z.string()),
        /** The script the calls follow. */
        ScenarioOfCalling: z.optional(z.string()),
      }),
    ),
  ),
});

const Result = {
  /** This page's qualifications, oldest first. */
  Records: z.optional(z.array(Record)),
  /** How many qualifications match in all. */
  Total: z.optional(z.number()),
  /** The page size used. */
  Limit: z.optional(z.number()),
  /** The offset used. */
  Offset: z.optional(z.number()),
};

/** Parameters of {@link QueryQualification}. */
export interface QueryQualificationInput extends In<typeof Params> {}
/** `Result` of {@link QueryQualification}. */
export interface QueryQualificationOutput extends Out<typeof Result> {}

/**
 * vms `QueryQualification`: lists the account's qualifications with their review state, by
 * `Limit`/`Offset` (`paginate` walks every page). Safe to repeat.
 *
 * @example
 * ```ts
 * for await (const q of paginate(volc, QueryQualification, { ApprovalStatus: ApprovalStatus.Failed })) {
 *   console.log(q.QualificationMainInfoVO.QualificationNo, q.QualificationMainInfoVO.ApprovalDoneReason);
 * }
 * ```
 */
export const QueryQualification: PagedOperation<
  QueryQualificationInput,
  QueryQualificationOutput,
  "Records"
> = vmsOperation({
  action: "QueryQualification",
  input: params(Params),
  output: result(Result),
  idempotent: true,
  paging: { style: "Offset", items: "Records" } as const,
});
