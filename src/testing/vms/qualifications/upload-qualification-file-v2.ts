import { UploadQualificationFileV2 } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";

/** vms `UploadQualificationFileV2`: keeps the file under a new `FileCode`, which the forms then name. */
export const uploadQualificationFileV2Handler = defineHandler({
  operation: UploadQualificationFileV2,
  issueRules: [],
  handle(input, ctx) {
    const files = ctx.state.vms.voice.qualificationFiles;
    const FileCode = files.newId("QF", 20);
    files.insert(FileCode, { FileCode, FileName: input.FileName, FileType: input.FileType });
    return { FileCode };
  },
});
