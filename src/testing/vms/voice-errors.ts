import type { ApiErrorSpec } from "../api-error.js";
import type { IssueRule } from "../issues.js";

/** A vms business error: answered with HTTP 200 and the error envelope, as vms does. */
const business = (code: string, message: string): ApiErrorSpec => ({ status: 200, code, message });

/**
 * The documented business errors of the voice families (click-to-call, records, tasks, single calls,
 * resources, qualifications), by code. vms answers them inside HTTP 200; the task codes come from the
 * task error table, `IllegalArgument` is the service's generic refusal (used where no finer code is
 * documented: an unknown call, pool or qualification, a resubmission in the wrong state).
 */
export const VoiceErrors = {
  IllegalArgument: business("IllegalArgument", "The argument is illegal."),
  TaskNotFound: business("TaskNotFound", "The task does not exist."),
  TaskWrongState: business("TaskWrongState", "The task is in the wrong state for this operation."),
  PhoneListExceedLimit: business("PhoneListExceedLimit", "A phone list may not exceed 10000 entries."),
  EmptyPhoneList: business("EmptyPhoneList", "The phone list is empty."),
  SelectNumberOverLimit: business("SelectNumberOverLimit", "At most 1000 numbers of a pool can be selected."),
  EmptyNumberList: business("EmptyNumberList", "No calling number was selected."),
  ErrorRingBackTimes: business("ErrorRingBackTimes", "The number of redials is invalid."),
  ErrorRingBackInterval: business("ErrorRingBackInterval", "The redial interval is invalid."),
  ForbidTimeParseFail: business("ForbidTimeParseFail", "The no-call periods cannot be parsed."),
  ResourceNotFound: business("ResourceNotFound", "The resource does not exist."),
  ExceedTaskNumLimit: business("ExceedTaskNumLimit", "There are too many unfinished tasks."),
} as const satisfies Record<string, ApiErrorSpec>;

/** A list at `path` that holds more than `max` entries, or none at all. */
const listLength = (test: (length: number) => boolean) => (issue: { value: unknown }) =>
  Array.isArray(issue.value) && test(issue.value.length);

/**
 * Broken input rules of the task and single-call actions → their documented codes. The rules live in
 * the operations' schemas; paths match at the top level and inside `SingleBatchAppend`'s `List.N`.
 */
export const TASK_ISSUE_RULES: readonly IssueRule[] = [
  { path: /^PhoneList$/, when: listLength((n) => n === 0), error: VoiceErrors.EmptyPhoneList },
  { path: /^PhoneList$/, when: listLength((n) => n > 0), error: VoiceErrors.PhoneListExceedLimit },
  { path: /(^|\.)NumberList$/, kinds: ["cross-field", "missing"], error: VoiceErrors.EmptyNumberList },
  { path: /(^|\.)NumberList$/, when: listLength((n) => n > 0), error: VoiceErrors.SelectNumberOverLimit },
  {
    path: /(^|\.)RingAgainTimes$/,
    when: (i) => typeof i.value === "number",
    error: VoiceErrors.ErrorRingBackTimes,
  },
  {
    path: /(^|\.)RingAgainInterval$/,
    when: (i) => typeof i.value === "number",
    error: VoiceErrors.ErrorRingBackInterval,
  },
  { path: /^ForbidTimeList\.\d+\.Times(\.\d+)?$/, error: VoiceErrors.ForbidTimeParseFail },
];
