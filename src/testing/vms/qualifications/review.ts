import { ApprovalStatus } from "../../../services/vms/index.js";
import type { HandlerContext } from "../../handler.js";
import type { QualificationRecord } from "../voice-store.js";

/** Where the emulator says a qualification file is (nothing is served there). */
export const FILES_BASE = "https://vms-files.emulator.invalid/";

/** Review status as stored → the `ApprovalStatus` code answered. */
export const APPROVAL_STATUS: Readonly<Record<string, number>> = {
  UnderReview: ApprovalStatus.UnderReview,
  Approved: ApprovalStatus.Approved,
  Failed: ApprovalStatus.Failed,
};

/** The `…FileCode` values of a form that no `UploadQualificationFileV2` handed out. */
function unknownFileCodes(ctx: HandlerContext, form: object): string[] {
  return Object.entries(form)
    .filter(([key, value]) => key.endsWith("FileCode") && typeof value === "string" && value !== "")
    .map(([, value]) => value as string)
    .filter((code) => !ctx.state.vms.voice.qualificationFiles.has(code));
}

/**
 * Puts a qualification under review. The review ends after the emulator's `transitionMs`: it fails when
 * a form names a `FileCode` that was never uploaded (`ApprovalDoneReason` lists them), else it passes.
 */
export function startReview(ctx: HandlerContext, record: QualificationRecord): void {
  const unknown = [...unknownFileCodes(ctx, record.Main), ...unknownFileCodes(ctx, record.Admin)];
  record.ApprovalDoneReason =
    unknown.length === 0 ? "" : `unknown file codes (upload them first): ${unknown.join(", ")}`;
  ctx.state.vms.voice.qualifications.begin(
    record.QualificationNo,
    "UnderReview",
    unknown.length === 0 ? "Approved" : "Failed",
  );
}

/** The URL of an uploaded file, from the `FileCode` a form names. */
function fileUrl(code: string | undefined): string | undefined {
  return code ? `${FILES_BASE}${code}` : undefined;
}

/** A qualification as `QueryQualification` answers it. */
export function qualificationRecord(q: QualificationRecord) {
  const { Main: main, Admin: admin } = q;
  return {
    QualificationMainInfoVO: {
      QualificationNo: q.QualificationNo,
      QualificationId: q.QualificationId,
      ApprovalStatus: APPROVAL_STATUS[q.Status],
      ApprovalDoneReason: q.Status === "UnderReview" ? "" : q.ApprovalDoneReason,
      QualificationEntity: main.QualificationEntity,
      CertificateThreeInOne: main.CertificateThreeInOne,
      UnitSocialCreditCode: main.UnitSocialCreditCode,
      EnterpriseAddress: main.EnterpriseAddress,
      LegalRepresentativeName: main.LegalRepresentativeName,
      LegalRepresentativeId: main.LegalRepresentativeId,
      LegalRepresentativeFrontIDPhotoURL: fileUrl(main.LegalRepresentativeFrontIdPhotoFileCode),
      DocOfNumberApplyPhotoURL: fileUrl(main.DocOfNumberApplyPhotoFileCode),
      CommitmentLetterOfNetAccessPhotoURL: fileUrl(main.CommitmentLetterOfNetAccessPhotoFileCode),
      ThreeInOneBusinessLicensePhotoURL: fileUrl(main.ThreeInOneBusinessLicensePhotoFileCode),
      BusinessLicensePhotoURL: fileUrl(main.BusinessLicensePhotoFileCode),
      CertificateOfTaxationRegistrationPhotoURL: fileUrl(main.CertificateOfTaxationRegistrationPhotoFileCode),
      CreateTime: q.CreateTime,
      UpdateTime: q.UpdateTime,
    },
    QualificationAdminInfoVO: {
      Name: admin.Name,
      ContactNumber: admin.ContactNumber,
      IdCardNumber: admin.IdCardNumber,
      IdCardFrontPhotoURL: fileUrl(admin.IdCardFrontPhotoFileCode),
      IdCardPhotoWithPeopleURL: fileUrl(admin.IdCardPhotoWithPeopleFileCode),
    },
    QualificationScenarioInfoVOList: q.Scenarios.map((s) => ({
      SceneType: s.SceneType,
      Description: s.Description,
      ScenarioOfCalling: s.ScenarioOfCalling,
    })),
  };
}
