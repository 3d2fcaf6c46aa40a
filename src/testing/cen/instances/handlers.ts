import { CreateCen } from "../../../services/cen/instances/create-cen.js";
import { DeleteCen } from "../../../services/cen/instances/delete-cen.js";
import { DescribeCenAttributes } from "../../../services/cen/instances/describe-cen-attributes.js";
import { DescribeCens } from "../../../services/cen/instances/describe-cens.js";
import { ModifyCenAttributes } from "../../../services/cen/instances/modify-cen-attributes.js";
import { apiError } from "../../api-error.js";
import { defineHandler } from "../../handler.js";
import { matchesFields } from "../../store/filters.js";
import { pageByNumber } from "../../store/paging.js";
import { matchesAny, matchesTagFilters, toTagRecords } from "../../store/tags.js";
import { accountIdOf } from "../account.js";
import { CenErrors } from "../errors.js";
import { CLIENT_TOKEN_RULE, namingRules, TAG_RULES } from "../issue-rules.js";
import { availableCen, cenOf } from "../lookups.js";
import { isoTime } from "../time.js";
import { cenView } from "../views.js";

/** cen `CreateCen`: at most `quotas.cens` (5) per account; `Creating`, then `Available`. */
export const createCenHandler = defineHandler({
  operation: CreateCen,
  issueRules: [...namingRules("CenName"), ...TAG_RULES, CLIENT_TOKEN_RULE],
  handle(input, ctx) {
    const cens = ctx.state.cen.cens;
    const account = accountIdOf(ctx.caller.accessKeyId);
    const owned = cens.list().filter((c) => c.AccountId === account).length;
    if (owned >= ctx.quotas.cens)
      throw apiError(CenErrors.CenQuotaExceeded, `The quota is ${ctx.quotas.cens}.`);
    const id = cens.newId("cen-", 18);
    const now = isoTime(ctx.nowMs);
    cens.insert(id, {
      CenId: id,
      CenName: input.CenName ?? id,
      Description: input.Description ?? "",
      ProjectName: input.ProjectName ?? "default",
      Status: "Creating",
      Tags: toTagRecords(input.Tags),
      CreationTime: now,
      UpdateTime: now,
      CreatedBy: ctx.caller.accessKeyId,
      AccountId: account,
    });
    cens.begin(id, "Creating", "Available");
    ctx.created("Cen", input.CenName);
    return { CenId: id };
  },
});

/** cen `DescribeCens`: filtered by ids, name, project and tags, 20 a page by default. */
export const describeCensHandler = defineHandler({
  operation: DescribeCens,
  issueRules: [],
  handle(input, ctx) {
    const found = ctx.state.cen.cens
      .list()
      .filter(
        (cen) =>
          matchesAny(cen.CenId, input.CenIds) &&
          matchesFields(cen, { CenName: input.CenName, ProjectName: input.ProjectName }) &&
          matchesTagFilters(cen.Tags, input.TagFilters),
      );
    const { page, ...paging } = pageByNumber(found, input, 20);
    return { Cens: page.map((cen) => cenView(ctx, cen)), ...paging };
  },
});

/** cen `DescribeCenAttributes`. */
export const describeCenAttributesHandler = defineHandler({
  operation: DescribeCenAttributes,
  issueRules: [],
  handle: (input, ctx) => cenView(ctx, cenOf(ctx, input.CenId)),
});

/** cen `ModifyCenAttributes`: an `Available` CEN's name and description. */
export const modifyCenAttributesHandler = defineHandler({
  operation: ModifyCenAttributes,
  issueRules: namingRules("CenName"),
  handle(input, ctx) {
    const cen = availableCen(ctx, input.CenId);
    if (input.CenName !== undefined) cen.CenName = input.CenName;
    if (input.Description !== undefined) cen.Description = input.Description;
    cen.UpdateTime = isoTime(ctx.nowMs);
    return {};
  },
});

/**
 * cen `DeleteCen`: refused while instances are attached, packages associated or summary routes present
 * (`InvalidCen.InUse`), or while the CEN is not `Available`; `Deleting`, then gone.
 */
export const deleteCenHandler = defineHandler({
  operation: DeleteCen,
  issueRules: [],
  handle(input, ctx) {
    const cen = availableCen(ctx, input.CenId);
    const store = ctx.state.cen;
    const inUse = [
      [store.attachedInstances.list(), "attached instances"],
      [store.bandwidthPackages.list(), "associated bandwidth packages"],
      [store.summaryRoutes.list(), "summary routes"],
    ] as const;
    for (const [records, what] of inUse) {
      const count = records.filter((r: { CenId?: string }) => r.CenId === cen.CenId).length;
      if (count > 0) throw apiError(CenErrors.CenInUse, `${cen.CenId} still has ${count} ${what}.`);
    }
    store.cens.begin(cen.CenId, "Deleting", null);
    return {};
  },
});

/** The emulated actions of CEN instances. */
export const INSTANCE_HANDLERS = [
  createCenHandler,
  describeCensHandler,
  describeCenAttributesHandler,
  modifyCenAttributesHandler,
  deleteCenHandler,
];
