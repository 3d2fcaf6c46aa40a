import { AttachInstanceToCen } from "../../../services/cen/attached-instances/attach-instance-to-cen.js";
import { DescribeCenAttachedInstanceAttributes } from "../../../services/cen/attached-instances/describe-cen-attached-instance-attributes.js";
import { DescribeCenAttachedInstances } from "../../../services/cen/attached-instances/describe-cen-attached-instances.js";
import { DetachInstanceFromCen } from "../../../services/cen/attached-instances/detach-instance-from-cen.js";
import { apiError } from "../../api-error.js";
import { defineHandler, type HandlerContext } from "../../handler.js";
import { listPage } from "../../store/list-page.js";
import { accountIdOf } from "../account.js";
import { CenErrors } from "../errors.js";
import { availableCen } from "../lookups.js";
import { seedRouteEntries } from "../route-entries/seed.js";
import { type AttachedInstanceRecord, keyOf } from "../store.js";
import { isoTime } from "../time.js";

/** What names an attached instance in every action about one. */
interface InstanceRef {
  CenId: string;
  InstanceId: string;
  InstanceRegionId: string;
  InstanceType: string;
}

const refKey = (ref: InstanceRef) => keyOf(ref.CenId, ref.InstanceType, ref.InstanceRegionId, ref.InstanceId);

/** The attached instance, or `InvalidCenAttachedInstance.NotFound` 404. */
function attachedOf(ctx: HandlerContext, ref: InstanceRef): AttachedInstanceRecord {
  return ctx.state.cen.attachedInstances.must(refKey(ref), CenErrors.AttachedInstanceNotFound);
}

/**
 * cen `AttachInstanceToCen`: to an `Available` CEN; an instance of another account (`InstanceOwnerId`)
 * only once that account granted it to the CEN (`AccessDenied` otherwise). `Attaching`, then
 * `Available`; a VPC brings a system route entry.
 */
export const attachInstanceToCenHandler = defineHandler({
  operation: AttachInstanceToCen,
  issueRules: [],
  handle(input, ctx) {
    availableCen(ctx, input.CenId);
    const table = ctx.state.cen.attachedInstances;
    const key = refKey(input);
    if (table.has(key)) throw apiError(CenErrors.AttachedInstanceExists, `(${input.InstanceId})`);
    const caller = accountIdOf(ctx.caller.accessKeyId);
    const owner = input.InstanceOwnerId ?? caller;
    if (owner !== caller) {
      const grant = ctx.state.cen.grants.get(key);
      if (grant === undefined || grant.InstanceOwnerId !== owner || grant.CenOwnerId !== caller) {
        throw apiError(
          CenErrors.AccessDenied,
          `${input.InstanceId} of account ${owner} is not granted to ${input.CenId} (GrantInstanceToCen).`,
        );
      }
    }
    table.insert(key, {
      CenId: input.CenId,
      InstanceId: input.InstanceId,
      InstanceRegionId: input.InstanceRegionId,
      InstanceType: input.InstanceType,
      InstanceOwnerId: owner,
      Status: "Attaching",
      CreationTime: isoTime(ctx.nowMs),
    });
    table.begin(key, "Attaching", "Available");
    if (input.InstanceType === "VPC") seedRouteEntries(ctx, input);
    return {};
  },
});

/**
 * cen `DetachInstanceFromCen`: refused while still attaching or while a service route goes through the
 * VPC (`InvalidCenAttachedInstance.CannotUpdate`); its route entries go with it.
 */
export const detachInstanceFromCenHandler = defineHandler({
  operation: DetachInstanceFromCen,
  issueRules: [],
  handle(input, ctx) {
    const store = ctx.state.cen;
    const attached = attachedOf(ctx, input);
    if (attached.Status !== "Available") {
      throw apiError(CenErrors.AttachedInstanceCannotUpdate, `(${input.InstanceId} is ${attached.Status})`);
    }
    const through = store.serviceRoutes
      .list()
      .find((r) => r.CenId === input.CenId && r.ServiceVpcId === input.InstanceId);
    if (through !== undefined) {
      throw apiError(
        CenErrors.AttachedInstanceCannotUpdate,
        `The service route ${through.DestinationCidrBlock} goes through ${input.InstanceId}.`,
      );
    }
    store.attachedInstances.delete(refKey(input));
    for (const entry of store.routeEntries.list()) {
      if (entry.CenId === input.CenId && entry.InstanceId === input.InstanceId) {
        store.routeEntries.delete(keyOf(entry.CenId, entry.InstanceId, entry.DestinationCidrBlock));
      }
    }
    return {};
  },
});

/** cen `DescribeCenAttachedInstances`: filtered by CEN, instance, region and type. */
export const describeCenAttachedInstancesHandler = defineHandler({
  operation: DescribeCenAttachedInstances,
  issueRules: [],
  handle(input, ctx) {
    const { items, ...paging } = listPage(ctx.state.cen.attachedInstances.list(), input, 20, (a) => ({
      ...a,
    }));
    return { AttachedInstances: items, ...paging };
  },
});

/** cen `DescribeCenAttachedInstanceAttributes`. */
export const describeCenAttachedInstanceAttributesHandler = defineHandler({
  operation: DescribeCenAttachedInstanceAttributes,
  issueRules: [],
  handle: (input, ctx) => ({ ...attachedOf(ctx, input) }),
});

/** The emulated actions of attached instances. */
export const ATTACHED_INSTANCE_HANDLERS = [
  attachInstanceToCenHandler,
  detachInstanceFromCenHandler,
  describeCenAttachedInstancesHandler,
  describeCenAttachedInstanceAttributesHandler,
];
