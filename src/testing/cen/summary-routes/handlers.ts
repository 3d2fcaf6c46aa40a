import { CreateCenSummaryRouteEntry } from "../../../services/cen/summary-routes/create-cen-summary-route-entry.js";
import { DeleteCenSummaryRouteEntry } from "../../../services/cen/summary-routes/delete-cen-summary-route-entry.js";
import { DescribeCenSummaryRouteEntries } from "../../../services/cen/summary-routes/describe-cen-summary-route-entries.js";
import { apiError } from "../../api-error.js";
import { defineHandler } from "../../handler.js";
import { listPage } from "../../store/list-page.js";
import { CenErrors } from "../errors.js";
import { availableCen, cenOf } from "../lookups.js";
import { keyOf } from "../store.js";
import { isoTime } from "../time.js";

/** cen `CreateCenSummaryRouteEntry`: on an `Available` CEN, one per CIDR block; `Available` at once. */
export const createCenSummaryRouteEntryHandler = defineHandler({
  operation: CreateCenSummaryRouteEntry,
  issueRules: [
    { path: /^DestinationCidrBlock$/, error: CenErrors.InvalidCidr },
    { path: /^Description$/, error: CenErrors.InvalidDescriptionMalformed },
  ],
  handle(input, ctx) {
    availableCen(ctx, input.CenId);
    const table = ctx.state.cen.summaryRoutes;
    const key = keyOf(input.CenId, input.DestinationCidrBlock);
    if (table.has(key)) throw apiError(CenErrors.SummaryRouteExists, `(${key})`);
    const now = isoTime(ctx.nowMs);
    table.insert(key, {
      CenId: input.CenId,
      DestinationCidrBlock: input.DestinationCidrBlock,
      Description: input.Description ?? "",
      Status: "Available",
      CreationTime: now,
      UpdateTime: now,
    });
    return {};
  },
});

/** cen `DeleteCenSummaryRouteEntry`. */
export const deleteCenSummaryRouteEntryHandler = defineHandler({
  operation: DeleteCenSummaryRouteEntry,
  issueRules: [],
  handle(input, ctx) {
    const table = ctx.state.cen.summaryRoutes;
    const key = keyOf(input.CenId, input.DestinationCidrBlock);
    table.must(key, CenErrors.SummaryRouteNotFound);
    table.delete(key);
    return {};
  },
});

/** cen `DescribeCenSummaryRouteEntries`: a CEN's summary routes, by destination. */
export const describeCenSummaryRouteEntriesHandler = defineHandler({
  operation: DescribeCenSummaryRouteEntries,
  issueRules: [],
  handle(input, ctx) {
    cenOf(ctx, input.CenId);
    const { items, ...paging } = listPage(ctx.state.cen.summaryRoutes.list(), input, 20, (route) => ({
      ...route,
    }));
    return { CenSummaryRouteEntries: items, ...paging };
  },
});

/** The emulated actions of summary routes. */
export const SUMMARY_ROUTE_HANDLERS = [
  createCenSummaryRouteEntryHandler,
  deleteCenSummaryRouteEntryHandler,
  describeCenSummaryRouteEntriesHandler,
];
