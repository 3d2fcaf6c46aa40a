import { CreateCenServiceRouteEntry } from "../../../services/cen/service-routes/create-cen-service-route-entry.js";
import { DeleteCenServiceRouteEntry } from "../../../services/cen/service-routes/delete-cen-service-route-entry.js";
import { DescribeCenServiceRouteEntries } from "../../../services/cen/service-routes/describe-cen-service-route-entries.js";
import { ModifyCenServiceRouteEntryAttributes } from "../../../services/cen/service-routes/modify-cen-service-route-entry-attributes.js";
import { apiError } from "../../api-error.js";
import { defineHandler, type HandlerContext } from "../../handler.js";
import { listPage } from "../../store/list-page.js";
import { CenErrors } from "../errors.js";
import { availableCen } from "../lookups.js";
import { keyOf, type ServiceRouteRecord } from "../store.js";
import { isoTime } from "../time.js";

/** What names a service route. */
interface RouteRef {
  CenId: string;
  ServiceRegionId: string;
  DestinationCidrBlock: string;
}

const routeKey = (ref: RouteRef) => keyOf(ref.CenId, ref.ServiceRegionId, ref.DestinationCidrBlock);

/** The service route, or `InvalidCenServiceRouteEntry.NotFound` 404. */
function routeOf(ctx: HandlerContext, ref: RouteRef): ServiceRouteRecord {
  return ctx.state.cen.serviceRoutes.must(routeKey(ref), CenErrors.ServiceRouteNotFound);
}

/**
 * cen `CreateCenServiceRouteEntry`: on an `Available` CEN, through a VPC attached to it in the service's
 * region (`InvalidCenAttachedInstance.NotFound` otherwise); one route per CEN, region and CIDR block.
 */
export const createCenServiceRouteEntryHandler = defineHandler({
  operation: CreateCenServiceRouteEntry,
  issueRules: [],
  handle(input, ctx) {
    availableCen(ctx, input.CenId);
    const vpc = keyOf(input.CenId, "VPC", input.ServiceRegionId, input.ServiceVpcId);
    if (!ctx.state.cen.attachedInstances.has(vpc))
      throw apiError(CenErrors.AttachedInstanceNotFound, `(${vpc})`);
    const table = ctx.state.cen.serviceRoutes;
    const key = routeKey(input);
    if (table.has(key)) throw apiError(CenErrors.ServiceRouteExists, `(${key})`);
    table.insert(key, {
      CenId: input.CenId,
      DestinationCidrBlock: input.DestinationCidrBlock,
      ServiceRegionId: input.ServiceRegionId,
      ServiceVpcId: input.ServiceVpcId,
      Description: input.Description ?? "",
      PublishMode: input.PublishMode ?? "LocalDCGW",
      PublishToInstances: (input.PublishToInstances ?? []).map((i) => ({ ...i })),
      Status: "Available",
      CreationTime: isoTime(ctx.nowMs),
    });
    return {};
  },
});

/** cen `ModifyCenServiceRouteEntryAttributes`: description and publishing. */
export const modifyCenServiceRouteEntryAttributesHandler = defineHandler({
  operation: ModifyCenServiceRouteEntryAttributes,
  issueRules: [],
  handle(input, ctx) {
    const route = routeOf(ctx, input);
    if (input.Description !== undefined) route.Description = input.Description;
    if (input.PublishMode !== undefined) route.PublishMode = input.PublishMode;
    if (input.PublishToInstances !== undefined)
      route.PublishToInstances = input.PublishToInstances.map((i) => ({ ...i }));
    return {};
  },
});

/** cen `DeleteCenServiceRouteEntry`. */
export const deleteCenServiceRouteEntryHandler = defineHandler({
  operation: DeleteCenServiceRouteEntry,
  issueRules: [],
  handle(input, ctx) {
    routeOf(ctx, input);
    ctx.state.cen.serviceRoutes.delete(routeKey(input));
    return {};
  },
});

/**
 * cen `DescribeCenServiceRouteEntries`: filtered by CEN, destination, region and VPC. Service routes carry
 * no id in the answers, so `CenRouteEntryIds` matches none of them and is not applied.
 */
export const describeCenServiceRouteEntriesHandler = defineHandler({
  operation: DescribeCenServiceRouteEntries,
  issueRules: [],
  handle(input, ctx) {
    const { CenRouteEntryIds: _ids, ...filters } = input;
    const copy = (route: ServiceRouteRecord) => ({
      ...route,
      PublishToInstances: route.PublishToInstances.map((i) => ({ ...i })),
    });
    const { items, ...paging } = listPage(ctx.state.cen.serviceRoutes.list(), filters, 20, copy);
    return { ServiceRouteEntries: items, ...paging };
  },
});

/** The emulated actions of service routes. */
export const SERVICE_ROUTE_HANDLERS = [
  createCenServiceRouteEntryHandler,
  modifyCenServiceRouteEntryAttributesHandler,
  deleteCenServiceRouteEntryHandler,
  describeCenServiceRouteEntriesHandler,
];
