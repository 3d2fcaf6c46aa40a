import { EnableOrDisableNumber } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import type { IssueRule } from "../../issues.js";
import { privacy } from "../bindings/binding.js";
import { illegal } from "../bindings/numbers.js";
import { PrivacyErrors } from "../privacy-errors.js";

/** The documented errors of this action all come inside HTTP 200: a broken rule is `IllegalArgument`. */
const ISSUE_RULES: readonly IssueRule[] = [
  { path: /^(EnableCode|NumberList(\.\d+)?)$/, error: PrivacyErrors.IllegalArgument },
];

/**
 * vms `EnableOrDisableNumber`: sets the numbers' status to `1` (in use) or `2` (disabled by the user),
 * all or none: a number the caller has in no pool is `IllegalArgument` (HTTP 200). A disabled number is
 * never picked for a binding; the bindings that hold it keep it until they end.
 */
export const enableOrDisableNumberHandler = defineHandler({
  operation: EnableOrDisableNumber,
  issueRules: ISSUE_RULES,
  handle(input, ctx) {
    const numbers = privacy(ctx).numbers;
    const unknown = input.NumberList.filter((n) => !numbers.has(n));
    if (unknown.length > 0) throw illegal("NumberList", `Not a number of any pool: ${unknown.join(", ")}.`);
    for (const number of input.NumberList) {
      const record = numbers.get(number);
      if (record) record.NumberStatusCode = input.EnableCode === 1 ? 1 : 2;
    }
    return {};
  },
});
