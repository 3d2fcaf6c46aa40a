import { OpenDeleteResource } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { mustResource } from "../voice-lookups.js";

/** vms `OpenDeleteResource`: deletes a resource; an unknown one is `ResourceNotFound`. */
export const openDeleteResourceHandler = defineHandler({
  operation: OpenDeleteResource,
  issueRules: [],
  handle(input, ctx) {
    const { ResourceKey } = mustResource(ctx, input.ResourceKey);
    ctx.state.vms.voice.resources.delete(ResourceKey);
    return { ResourceKey };
  },
});
