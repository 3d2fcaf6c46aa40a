import { OpenCreateTts, ResourceType } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { addResource } from "./resource-records.js";

/** vms `OpenCreateTts`: keeps a TTS template resource, under review at first. */
export const openCreateTtsHandler = defineHandler({
  operation: OpenCreateTts,
  issueRules: [],
  handle(input, ctx) {
    const { ResourceKey, Name } = addResource(ctx, {
      Name: input.Name,
      Type: ResourceType.TtsTemplate,
      TtsTemplateContent: input.TtsTemplateContent,
      Remark: input.Remark,
    });
    return { ResourceKey, Name };
  },
});
