import { AddQualification } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { toBeijingText } from "../beijing-time.js";
import { startReview } from "./review.js";

/**
 * vms `AddQualification`: keeps the qualification under a new number and puts it under review (see
 * {@link startReview}). A `QualificationNo` in the form is ignored: the service numbers it.
 */
export const addQualificationHandler = defineHandler({
  operation: AddQualification,
  issueRules: [],
  handle(input, ctx) {
    const qualifications = ctx.state.vms.voice.qualifications;
    const QualificationNo = qualifications.newId("QUA", 18, "0123456789");
    const now = toBeijingText(ctx.nowMs);
    const record = qualifications.insert(QualificationNo, {
      QualificationNo,
      QualificationId: qualifications.size + 1,
      Status: "UnderReview",
      ApprovalDoneReason: "",
      Main: { ...input.QualificationMainInfoFormDO },
      Admin: { ...input.QualificationAdminInfoFormDO },
      Scenarios: input.QualificationScenarioInfoFormDOList.map((s) => ({ ...s })),
      CreateTime: now,
      UpdateTime: now,
    });
    startReview(ctx, record);
    ctx.created("Qualification", input.QualificationMainInfoFormDO.QualificationEntity);
    return { qualificationNo: QualificationNo };
  },
});
