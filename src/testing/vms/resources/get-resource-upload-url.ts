import { GetResourceUploadUrl } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";

/** Where the emulator says to upload (nothing is served there: the commit needs only the URL's issue). */
export const UPLOADS_BASE = "https://vms-upload.emulator.invalid/";

/** vms `GetResourceUploadUrl`: hands out an upload URL for `FileName`, which `CommitResourceUpload` then takes. */
export const getResourceUploadUrlHandler = defineHandler({
  operation: GetResourceUploadUrl,
  issueRules: [],
  handle(input, ctx) {
    const uploads = ctx.state.vms.voice.uploads;
    const UploadUrl = `${UPLOADS_BASE}${uploads.newId("", 16)}/${encodeURIComponent(input.FileName)}`;
    uploads.insert(input.FileName, { FileName: input.FileName, UploadUrl });
    return { UploadUrl };
  },
});
