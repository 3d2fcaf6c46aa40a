import { QueryOpenGetResource } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { pageByOffset } from "../../store/paging.js";
import { resourceRecord } from "./resource-records.js";

/**
 * vms `QueryOpenGetResource`: the resources of one `Type`, filtered by `State` and by `Keyword` (part of
 * the name, or the whole key), oldest first, by `Offset`/`Limit` (default 10).
 */
export const queryOpenGetResourceHandler = defineHandler({
  operation: QueryOpenGetResource,
  issueRules: [],
  handle(input, ctx) {
    const keyword = input.Keyword;
    const matching = ctx.state.vms.voice.resources
      .list()
      .map(resourceRecord)
      .filter(
        (r) =>
          r.Type === input.Type &&
          (input.State === undefined || r.State === input.State) &&
          (!keyword || r.Name.includes(keyword) || r.ResourceKey === keyword),
      );
    return pageByOffset(matching, input, 10);
  },
});
