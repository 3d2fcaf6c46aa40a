import { DescribeCenRouteEntries } from "../../../services/cen/route-entries/describe-cen-route-entries.js";
import { PublishCenRouteEntry } from "../../../services/cen/route-entries/publish-cen-route-entry.js";
import { WithdrawCenRouteEntry } from "../../../services/cen/route-entries/withdraw-cen-route-entry.js";
import { apiError } from "../../api-error.js";
import { defineHandler, type HandlerContext } from "../../handler.js";
import { matchesFields } from "../../store/filters.js";
import { listPage } from "../../store/list-page.js";
import { CenErrors } from "../errors.js";
import { keyOf, type RouteEntryRecord } from "../store.js";

/** What names a route entry in `PublishCenRouteEntry` and `WithdrawCenRouteEntry`. */
interface EntryRef {
  CenId: string;
  DestinationCidrBlock: string;
  InstanceId: string;
  InstanceRegionId: string;
  InstanceType: string;
}

/** The route entry, or `InvalidCenRouteEntry.NotFound` 404. */
function entryOf(ctx: HandlerContext, ref: EntryRef): RouteEntryRecord {
  const key = keyOf(ref.CenId, ref.InstanceId, ref.DestinationCidrBlock);
  const entry = ctx.state.cen.routeEntries.get(key);
  if (entry === undefined || !matchesFields(entry, ref))
    throw apiError(CenErrors.RouteEntryNotFound, `(${key})`);
  return entry;
}

/** cen `PublishCenRouteEntry`: the entry's `PublishStatus` becomes `Published`. */
export const publishCenRouteEntryHandler = defineHandler({
  operation: PublishCenRouteEntry,
  issueRules: [],
  handle(input, ctx) {
    entryOf(ctx, input).PublishStatus = "Published";
    return {};
  },
});

/** cen `WithdrawCenRouteEntry`: the entry's `PublishStatus` becomes `NonPublished`. */
export const withdrawCenRouteEntryHandler = defineHandler({
  operation: WithdrawCenRouteEntry,
  issueRules: [],
  handle(input, ctx) {
    entryOf(ctx, input).PublishStatus = "NonPublished";
    return {};
  },
});

/** cen `DescribeCenRouteEntries`: filtered by CEN, destination and instance. */
export const describeCenRouteEntriesHandler = defineHandler({
  operation: DescribeCenRouteEntries,
  issueRules: [],
  handle(input, ctx) {
    const copy = (entry: RouteEntryRecord) => ({ ...entry, AsPath: [...entry.AsPath] });
    const { items, ...paging } = listPage(ctx.state.cen.routeEntries.list(), input, 20, copy);
    return { CenRouteEntries: items, ...paging };
  },
});

/** The emulated actions of route entries. */
export const ROUTE_ENTRY_HANDLERS = [
  describeCenRouteEntriesHandler,
  publishCenRouteEntryHandler,
  withdrawCenRouteEntryHandler,
];
