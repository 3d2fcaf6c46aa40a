import { OpenUpdateResource } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { mustResource } from "../voice-lookups.js";

/** vms `OpenUpdateResource`: renames a resource; an unknown one is `ResourceNotFound`. */
export const openUpdateResourceHandler = defineHandler({
  operation: OpenUpdateResource,
  issueRules: [],
  handle(input, ctx) {
    const resource = mustResource(ctx, input.ResourceKey);
    resource.Name = input.Name;
    return { ResourceKey: resource.ResourceKey, Name: resource.Name };
  },
});
