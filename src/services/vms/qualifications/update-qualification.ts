import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import {
  QualificationAdminInfoSchema,
  QualificationMainInfoUpdateSchema,
  QualificationScenarioSchema,
} from "./forms.js";

const Params = {
  /** The company, with the `QualificationNo` of the qualification to resubmit. */
  QualificationMainInfoFormDO: QualificationMainInfoUpdateSchema,
  /** The administrator who answers for the numbers. */
  QualificationAdminInfoFormDO: QualificationAdminInfoSchema,
  /** The scenarios the numbers call for. */
  QualificationScenarioInfoFormDOList: z.array(QualificationScenarioSchema),
};

const Result = {};

/** Parameters of {@link UpdateQualification}. */
export interface UpdateQualificationInput extends In<typeof Params> {}
/** `Result` of {@link UpdateQualification}: nothing. */
export interface UpdateQualificationOutput extends Out<typeof Result> {}

/**
 * vms `UpdateQualification`: resubmits a qualification whose review failed, with every part given again;
 * it goes back under review. One under review (or approved) cannot be changed.
 *
 * @example
 * ```ts
 * await volc.send(UpdateQualification, {
 *   QualificationMainInfoFormDO: { QualificationNo: "QUA164664762128220429", QualificationEntity: "示例科技有限公司" },
 *   QualificationAdminInfoFormDO: { Name: "张三" },
 *   QualificationScenarioInfoFormDOList: [{ SceneType: SceneType.CustomerService }],
 * });
 * ```
 */
export const UpdateQualification: Operation<UpdateQualificationInput, UpdateQualificationOutput> =
  vmsOperation({
    action: "UpdateQualification",
    input: params(Params),
    output: result(Result),
  });
