// Click-to-call, call records, A-number filing, outbound tasks, voice resources and qualifications: the
// operations of the voice families, with their named codes.

export { QueryAuth, type QueryAuthInput, type QueryAuthOutput } from "./auth/query-auth.js";
// Real-name filing of A numbers
export { RouteAAuth, type RouteAAuthInput, type RouteAAuthOutput } from "./auth/route-a-auth.js";
export {
  CancelClick2CallV2,
  type CancelClick2CallV2Input,
  type CancelClick2CallV2Output,
} from "./calls/cancel-click2call-v2.js";
// Click-to-call
export { Click2Call, type Click2CallInput, type Click2CallOutput } from "./calls/click2call.js";
// Qualifications
export {
  AddQualification,
  type AddQualificationInput,
  type AddQualificationOutput,
} from "./qualifications/add-qualification.js";
export {
  ApprovalStatus,
  type KnownApprovalStatus,
  type KnownSceneType,
  QualificationFileType,
  SceneType,
} from "./qualifications/codes.js";
export type {
  QualificationAdminInfoFields,
  QualificationMainInfoFields,
  QualificationMainInfoUpdateFields,
  QualificationScenarioFields,
} from "./qualifications/forms.js";
export {
  QueryQualification,
  type QueryQualificationInput,
  type QueryQualificationOutput,
} from "./qualifications/query-qualification.js";
export {
  UpdateQualification,
  type UpdateQualificationInput,
  type UpdateQualificationOutput,
} from "./qualifications/update-qualification.js";
export {
  UploadQualificationFileV2,
  type UploadQualificationFileV2Input,
  type UploadQualificationFileV2Output,
} from "./qualifications/upload-qualification-file-v2.js";
// Call records and recordings (GET)
export {
  QueryAudioRecordFileUrl,
  type QueryAudioRecordFileUrlInput,
  type QueryAudioRecordFileUrlOutput,
} from "./records/query-audio-record-file-url.js";
export {
  QueryAudioRecordToTextFileUrlV2,
  type QueryAudioRecordToTextFileUrlV2Input,
  type QueryAudioRecordToTextFileUrlV2Output,
} from "./records/query-audio-record-to-text-file-url-v2.js";
export {
  QueryCallRecordMsgV2,
  type QueryCallRecordMsgV2Input,
  type QueryCallRecordMsgV2Output,
} from "./records/query-call-record-msg-v2.js";
export {
  type KnownResourceState,
  type KnownResourceType,
  ResourceState,
  ResourceType,
} from "./resources/codes.js";
export {
  CommitResourceUpload,
  type CommitResourceUploadInput,
  type CommitResourceUploadOutput,
} from "./resources/commit-resource-upload.js";
// Voice resources and TTS templates
export {
  GetResourceUploadUrl,
  type GetResourceUploadUrlInput,
  type GetResourceUploadUrlOutput,
} from "./resources/get-resource-upload-url.js";
export {
  OpenCreateTts,
  type OpenCreateTtsInput,
  type OpenCreateTtsOutput,
} from "./resources/open-create-tts.js";
export {
  OpenDeleteResource,
  type OpenDeleteResourceInput,
  type OpenDeleteResourceOutput,
} from "./resources/open-delete-resource.js";
export {
  OpenUpdateResource,
  type OpenUpdateResourceInput,
  type OpenUpdateResourceOutput,
} from "./resources/open-update-resource.js";
export {
  QueryOpenGetResource,
  type QueryOpenGetResourceInput,
  type QueryOpenGetResourceOutput,
} from "./resources/query-open-get-resource.js";
export {
  QueryUsableResourceV2,
  type QueryUsableResourceV2Input,
  type QueryUsableResourceV2Output,
} from "./resources/query-usable-resource-v2.js";
export type { ResourceRecordFields } from "./resources/resource-record.js";
export { BatchAppend, type BatchAppendInput, type BatchAppendOutput } from "./tasks/batch-append.js";
export {
  type KnownSelectNumberType,
  type KnownTaskType,
  SelectNumberType,
  SingleState,
  TaskFailType,
  TaskType,
  Weekday,
} from "./tasks/codes.js";
// Outbound tasks and single calls
export { CreateTask, type CreateTaskInput, type CreateTaskOutput } from "./tasks/create-task.js";
// Codes, limits and shared shapes of these families
export { type ForbidTimeFields, ForbidTimeSchema } from "./tasks/forbid-time.js";
export { PauseTask, type PauseTaskInput, type PauseTaskOutput } from "./tasks/pause-task.js";
export { MAX_PHONE_ENTRIES, type PhoneListItemFields, type TaskFailFields } from "./tasks/phone-list.js";
export {
  QuerySingleInfo,
  type QuerySingleInfoInput,
  type QuerySingleInfoOutput,
} from "./tasks/query-single-info.js";
export { ResumeTask, type ResumeTaskInput, type ResumeTaskOutput } from "./tasks/resume-task.js";
export { MAX_SELECTED_NUMBERS } from "./tasks/selected-numbers.js";
export {
  SingleBatchAppend,
  type SingleBatchAppendInput,
  type SingleBatchAppendOutput,
} from "./tasks/single-batch-append.js";
export {
  SingleCancelV2,
  type SingleCancelV2Input,
  type SingleCancelV2Output,
} from "./tasks/single-cancel-v2.js";
export { StopTask, type StopTaskInput, type StopTaskOutput } from "./tasks/stop-task.js";
export { UpdateTask, type UpdateTaskInput, type UpdateTaskOutput } from "./tasks/update-task.js";
