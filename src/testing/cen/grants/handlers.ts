import { DescribeGrantRulesToCen } from "../../../services/cen/grants/describe-grant-rules-to-cen.js";
import { DescribeInstanceGrantedRules } from "../../../services/cen/grants/describe-instance-granted-rules.js";
import { GrantInstanceToCen } from "../../../services/cen/grants/grant-instance-to-cen.js";
import { RevokeInstanceFromCen } from "../../../services/cen/grants/revoke-instance-from-cen.js";
import { apiError } from "../../api-error.js";
import { defineHandler } from "../../handler.js";
import { matchesFields } from "../../store/filters.js";
import { pageByNumber } from "../../store/paging.js";
import { accountIdOf } from "../account.js";
import { CenErrors } from "../errors.js";
import { keyOf } from "../store.js";
import { isoTime } from "../time.js";

/** The key of a grant: the CEN and the instance (as attached instances are keyed). */
const grantKey = (g: { CenId: string; InstanceType: string; InstanceRegionId: string; InstanceId: string }) =>
  keyOf(g.CenId, g.InstanceType, g.InstanceRegionId, g.InstanceId);

/**
 * cen `GrantInstanceToCen`: the caller grants its instance to a CEN of account `CenOwnerId` (the CEN is
 * another account's: the emulator does not look it up). One grant per CEN and instance.
 */
export const grantInstanceToCenHandler = defineHandler({
  operation: GrantInstanceToCen,
  issueRules: [],
  handle(input, ctx) {
    const table = ctx.state.cen.grants;
    const key = grantKey(input);
    if (table.has(key)) throw apiError(CenErrors.GrantExists, `(${key})`);
    table.insert(key, {
      ...input,
      InstanceOwnerId: accountIdOf(ctx.caller.accessKeyId),
      CreationTime: isoTime(ctx.nowMs),
    });
    return {};
  },
});

/** cen `RevokeInstanceFromCen`: the caller's own grant (`InvalidCenGrantRule.NotFound` 404 otherwise). */
export const revokeInstanceFromCenHandler = defineHandler({
  operation: RevokeInstanceFromCen,
  issueRules: [],
  handle(input, ctx) {
    const table = ctx.state.cen.grants;
    const key = grantKey(input);
    const grant = table.get(key);
    if (
      grant === undefined ||
      grant.InstanceOwnerId !== accountIdOf(ctx.caller.accessKeyId) ||
      grant.CenOwnerId !== input.CenOwnerId
    ) {
      throw apiError(CenErrors.GrantNotFound, `(${key})`);
    }
    table.delete(key);
    return {};
  },
});

/** cen `DescribeGrantRulesToCen`: the grants to the caller's CENs, filtered. */
export const describeGrantRulesToCenHandler = defineHandler({
  operation: DescribeGrantRulesToCen,
  issueRules: [],
  handle(input, ctx) {
    const { PageNumber, PageSize, ...filters } = input;
    const owner = accountIdOf(ctx.caller.accessKeyId);
    const found = ctx.state.cen.grants
      .list()
      .filter((g) => g.CenOwnerId === owner && matchesFields(g, filters));
    const { page, ...paging } = pageByNumber(found, { PageNumber, PageSize }, 20);
    const rules = page.map(({ CenOwnerId: _owner, ...grant }) => grant);
    return { CenGrantRules: rules, ...paging };
  },
});

/** cen `DescribeInstanceGrantedRules`: the grants of the caller's instances, filtered. */
export const describeInstanceGrantedRulesHandler = defineHandler({
  operation: DescribeInstanceGrantedRules,
  issueRules: [],
  handle(input, ctx) {
    const { PageNumber, PageSize, ...filters } = input;
    const owner = accountIdOf(ctx.caller.accessKeyId);
    const found = ctx.state.cen.grants
      .list()
      .filter((g) => g.InstanceOwnerId === owner && matchesFields(g, filters));
    const { page, ...paging } = pageByNumber(found, { PageNumber, PageSize }, 20);
    const rules = page.map(({ InstanceOwnerId: _owner, ...grant }) => grant);
    return { CenGrantRules: rules, ...paging };
  },
});

/** The emulated actions of grants across accounts. */
export const GRANT_HANDLERS = [
  grantInstanceToCenHandler,
  revokeInstanceFromCenHandler,
  describeGrantRulesToCenHandler,
  describeInstanceGrantedRulesHandler,
];
