import { UpdateQualification } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { toBeijingText } from "../beijing-time.js";
import { illegal } from "../voice-lookups.js";
import { startReview } from "./review.js";

/**
 * vms `UpdateQualification`: replaces the three parts of a qualification whose review failed and puts
 * it under review again. An unknown number, or a qualification under review or approved, is
 * `IllegalArgument`.
 */
export const updateQualificationHandler = defineHandler({
  operation: UpdateQualification,
  issueRules: [],
  handle(input, ctx) {
    const no = input.QualificationMainInfoFormDO.QualificationNo;
    const record = ctx.state.vms.voice.qualifications.get(no);
    if (record === undefined) throw illegal(`(QualificationNo ${no} does not exist)`);
    if (record.Status !== "Failed") {
      throw illegal(`(${no} is ${record.Status}: only a qualification whose review failed can be modified)`);
    }
    record.Main = { ...input.QualificationMainInfoFormDO };
    record.Admin = { ...input.QualificationAdminInfoFormDO };
    record.Scenarios = input.QualificationScenarioInfoFormDOList.map((s) => ({ ...s }));
    record.UpdateTime = toBeijingText(ctx.nowMs);
    startReview(ctx, record);
    return {};
  },
});
