import type { Operation } from "../../../client/operation.js";
import { boundedList } from "../../shared/list.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { codeIn } from "../code-set.js";
import { vmsOperation } from "../operation.js";
import { PhoneNumberSchema } from "../vocabulary.js";
import type { EnableCode } from "./codes.js";

const Params = {
  /** `1` enables the numbers, `2` disables them. See {@link EnableCode}. */
  EnableCode: codeIn<EnableCode>([1, 2], "1 (enable) or 2 (disable)"),
  /** The numbers to change, at most 100 per call, e.g. `["17192359307"]`. */
  NumberList: boundedList(PhoneNumberSchema, 100, "numbers"),
};

const Result = {};

/** Parameters of {@link EnableOrDisableNumber}. */
export interface EnableOrDisableNumberInput extends In<typeof Params> {}
/** `Result` of {@link EnableOrDisableNumber}: empty. */
export interface EnableOrDisableNumberOutput extends Out<typeof Result> {}

/**
 * vms `EnableOrDisableNumber`: enables or disables up to 100 numbers; a disabled number is not picked
 * for new bindings. Its documented errors (`IllegalArgument`, `SystemError`…) come inside HTTP 200 and
 * surface as a `ServiceError`. Not retried blindly.
 *
 * @example
 * ```ts
 * await volc.send(EnableOrDisableNumber, { NumberList: ["17192359307"], EnableCode: EnableCode.Disable });
 * ```
 */
export const EnableOrDisableNumber: Operation<EnableOrDisableNumberInput, EnableOrDisableNumberOutput> =
  vmsOperation({
    action: "EnableOrDisableNumber",
    input: params(Params),
    output: result(Result),
  });
