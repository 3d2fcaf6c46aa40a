import { CommitResourceUpload, ResourceType } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { illegal } from "../voice-lookups.js";
import { addResource } from "./resource-records.js";

/**
 * vms `CommitResourceUpload`: turns a file whose upload URL was handed out into an audio resource,
 * named after the file (its extension in `Suffix`). A file never given an upload URL is
 * `IllegalArgument`.
 */
export const commitResourceUploadHandler = defineHandler({
  operation: CommitResourceUpload,
  issueRules: [],
  handle(input, ctx) {
    const uploads = ctx.state.vms.voice.uploads;
    if (!uploads.has(input.FileName)) {
      throw illegal(`(${input.FileName} was never given an upload URL: call GetResourceUploadUrl first)`);
    }
    uploads.delete(input.FileName);
    const dot = input.FileName.lastIndexOf(".");
    const Name = dot > 0 ? input.FileName.slice(0, dot) : input.FileName;
    const Suffix = dot > 0 ? input.FileName.slice(dot) : "";
    const { ResourceKey } = addResource(ctx, { Name, Suffix, Type: ResourceType.AudioFile });
    return { ResourceKey, Name, Suffix };
  },
});
