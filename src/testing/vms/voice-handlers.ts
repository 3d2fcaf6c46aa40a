import type { ActionHandler } from "../handler.js";
import { queryAuthHandler } from "./auth/query-auth.js";
import { routeAAuthHandler } from "./auth/route-a-auth.js";
import { cancelClick2CallV2Handler } from "./calls/cancel-click2call-v2.js";
import { click2CallHandler } from "./calls/click2call.js";
import { addQualificationHandler } from "./qualifications/add-qualification.js";
import { queryQualificationHandler } from "./qualifications/query-qualification.js";
import { updateQualificationHandler } from "./qualifications/update-qualification.js";
import { uploadQualificationFileV2Handler } from "./qualifications/upload-qualification-file-v2.js";
import { queryAudioRecordFileUrlHandler } from "./records/query-audio-record-file-url.js";
import { queryAudioRecordToTextFileUrlV2Handler } from "./records/query-audio-record-to-text-file-url-v2.js";
import { queryCallRecordMsgV2Handler } from "./records/query-call-record-msg-v2.js";
import { commitResourceUploadHandler } from "./resources/commit-resource-upload.js";
import { getResourceUploadUrlHandler } from "./resources/get-resource-upload-url.js";
import { openCreateTtsHandler } from "./resources/open-create-tts.js";
import { openDeleteResourceHandler } from "./resources/open-delete-resource.js";
import { openUpdateResourceHandler } from "./resources/open-update-resource.js";
import { queryOpenGetResourceHandler } from "./resources/query-open-get-resource.js";
import { queryUsableResourceV2Handler } from "./resources/query-usable-resource-v2.js";
import { batchAppendHandler } from "./tasks/batch-append.js";
import { createTaskHandler } from "./tasks/create-task.js";
import { querySingleInfoHandler } from "./tasks/query-single-info.js";
import { singleBatchAppendHandler } from "./tasks/single-batch-append.js";
import { singleCancelV2Handler } from "./tasks/single-cancel-v2.js";
import { pauseTaskHandler, resumeTaskHandler, stopTaskHandler } from "./tasks/task-states.js";
import { updateTaskHandler } from "./tasks/update-task.js";

/** The emulated actions of calls, call records, tasks, voice resources and qualifications. */
export const VOICE_HANDLERS: readonly ActionHandler[] = [
  click2CallHandler,
  cancelClick2CallV2Handler,
  queryAudioRecordFileUrlHandler,
  queryAudioRecordToTextFileUrlV2Handler,
  queryCallRecordMsgV2Handler,
  routeAAuthHandler,
  queryAuthHandler,
  createTaskHandler,
  batchAppendHandler,
  updateTaskHandler,
  pauseTaskHandler,
  resumeTaskHandler,
  stopTaskHandler,
  singleBatchAppendHandler,
  querySingleInfoHandler,
  singleCancelV2Handler,
  getResourceUploadUrlHandler,
  commitResourceUploadHandler,
  openCreateTtsHandler,
  openUpdateResourceHandler,
  openDeleteResourceHandler,
  queryOpenGetResourceHandler,
  queryUsableResourceV2Handler,
  addQualificationHandler,
  updateQualificationHandler,
  queryQualificationHandler,
  uploadQualificationFileV2Handler,
];
