import { QueryQualification } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { pageByOffset } from "../../store/paging.js";
import { qualificationRecord } from "./review.js";

/**
 * vms `QueryQualification`: the qualifications, filtered by number, `ApprovalStatus` and part of the
 * company name, oldest first, by `Offset`/`Limit` (default 20).
 */
export const queryQualificationHandler = defineHandler({
  operation: QueryQualification,
  issueRules: [],
  handle(input, ctx) {
    const { QualificationNoList: numbers, ApprovalStatus: status } = input;
    const pattern = input.QualificationEntityQueryPattern;
    const matching = ctx.state.vms.voice.qualifications
      .list()
      .map(qualificationRecord)
      .filter(({ QualificationMainInfoVO: main }) => {
        if (numbers !== undefined && numbers.length > 0 && !numbers.includes(main.QualificationNo))
          return false;
        if (status !== undefined && main.ApprovalStatus !== status) return false;
        return !pattern || (main.QualificationEntity ?? "").includes(pattern);
      });
    return pageByOffset(matching, input, 20);
  },
});
