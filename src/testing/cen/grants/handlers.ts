import { DescribeGrantRulesToCen } from "../../../services/cen/grants/describe-grant-rules-to-cen.js";
import { DescribeInstanceGrantedRules } from "../../../services/cen/grants/describe-instance-granted-rules.js";
import { GrantInstanceToCen } from "../../../services/cen/grants/grant-instance-to-cen.js";
import { RevokeInstanceFromCen } from "../../../services/cen/grants/revoke-instance-from-cen.js";
import { apiError } from "../../api-error.js";
import { defineHandler, type HandlerContext } from "../../handler.js";
import { listPage } from "../../store/list-page.js";
import { accountIdOf } from "../account.js";
import { CenErrors } from "../errors.js";
import { type GrantRecord, keyOf } from "../store.js";
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

/**
 * The caller's side of the grants: to its CENs (`CenOwnerId`, for `DescribeGrantRulesToCen`) or of its
 * instances (`InstanceOwnerId`, for `DescribeInstanceGrantedRules`), filtered and paged, each without the
 * owner field that is the caller.
 */
function grantsOf(
  ctx: HandlerContext,
  side: "CenOwnerId" | "InstanceOwnerId",
  input: { PageNumber?: number | undefined; PageSize?: number | undefined } & Partial<
    Record<keyof GrantRecord, unknown>
  >,
) {
  const caller = accountIdOf(ctx.caller.accessKeyId);
  const mine = ctx.state.cen.grants.list().filter((g) => g[side] === caller);
  const { items, ...paging } = listPage(mine, input, 20, ({ [side]: _caller, ...grant }) => grant);
  return { CenGrantRules: items, ...paging };
}

/** cen `DescribeGrantRulesToCen`: the grants to the caller's CENs, filtered. */
export const describeGrantRulesToCenHandler = defineHandler({
  operation: DescribeGrantRulesToCen,
  issueRules: [],
  handle: (input, ctx) => grantsOf(ctx, "CenOwnerId", input),
});

/** cen `DescribeInstanceGrantedRules`: the grants of the caller's instances, filtered. */
export const describeInstanceGrantedRulesHandler = defineHandler({
  operation: DescribeInstanceGrantedRules,
  issueRules: [],
  handle: (input, ctx) => grantsOf(ctx, "InstanceOwnerId", input),
});

/** The emulated actions of grants across accounts. */
export const GRANT_HANDLERS = [
  grantInstanceToCenHandler,
  revokeInstanceFromCenHandler,
  describeGrantRulesToCenHandler,
  describeInstanceGrantedRulesHandler,
];
