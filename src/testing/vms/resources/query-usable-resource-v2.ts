import { QueryUsableResourceV2, ResourceState } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { resourceRecord } from "./resource-records.js";

/** vms `QueryUsableResourceV2`: every approved resource of one `Type`, oldest first. */
export const queryUsableResourceV2Handler = defineHandler({
  operation: QueryUsableResourceV2,
  issueRules: [],
  handle(input, ctx) {
    const Records = ctx.state.vms.voice.resources
      .list()
      .map(resourceRecord)
      .filter((r) => r.Type === input.Type && r.State === ResourceState.Approved);
    return { Records };
  },
});
