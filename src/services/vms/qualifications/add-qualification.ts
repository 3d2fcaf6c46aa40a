import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import {
  QualificationAdminInfoSchema,
  QualificationMainInfoSchema,
  QualificationScenarioSchema,
} from "./forms.js";

const Params = {
  /** The company: its name, licences and legal representative, pictures as `FileCode`s. */
  QualificationMainInfoFormDO: QualificationMainInfoSchema,
  /** The administrator who answers for the numbers. */
  QualificationAdminInfoFormDO: QualificationAdminInfoSchema,
  /** The scenarios the numbers call for. */
  QualificationScenarioInfoFormDOList: z.array(QualificationScenarioSchema),
};

const Result = {
  /** The new qualification's number (the API spells this key with a lower-case `q`). */
  qualificationNo: z.string(),
};

/** Parameters of {@link AddQualification}. */
export interface AddQualificationInput extends In<typeof Params> {}
/** `Result` of {@link AddQualification}. */
export interface AddQualificationOutput extends Out<typeof Result> {}

/**
 * vms `AddQualification`: submits a calling qualification (the company, its administrator and its
 * calling scenarios) for review; `QueryQualification` shows how the review went (`ApprovalStatus`). Upload
 * each picture first with `UploadQualificationFileV2`. Not idempotent.
 *
 * @example
 * ```ts
 * const { qualificationNo } = await volc.send(AddQualification, {
 *   QualificationMainInfoFormDO: { QualificationEntity: "示例科技有限公司", CertificateThreeInOne: 1,
 *     UnitSocialCreditCode: "91110000XXXXXXXXXX", ThreeInOneBusinessLicensePhotoFileCode: licence },
 *   QualificationAdminInfoFormDO: { Name: "张三", ContactNumber: "13800138000" },
 *   QualificationScenarioInfoFormDOList: [{ SceneType: SceneType.CustomerService, Description: "after-sales" }],
 * });
 * ```
 */
export const AddQualification: Operation<AddQualificationInput, AddQualificationOutput> = vmsOperation({
  action: "AddQualification",
  input: params(Params),
  output: result(Result),
});
