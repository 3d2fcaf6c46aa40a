import { CreateNumberPool } from "../../../services/vms/index.js";
import { apiError, formatMessage, GatewayErrors } from "../../api-error.js";
import { defineHandler } from "../../handler.js";

/**
 * vms `CreateNumberPool`: stores a pool under a new, unique `NumberPoolNo`. Its documented input errors
 * are the generic ones (`MissingParameter`, `InvalidParameter`), which need no table; past the quota it
 * answers `QuotaExceeded`.
 */
export const createNumberPoolHandler = defineHandler({
  operation: CreateNumberPool,
  issueRules: [],
  handle(input, ctx) {
    const pools = ctx.state.vms.privacy.pools;
    if (pools.size >= ctx.quotas.numberPools) {
      const spec = GatewayErrors.QuotaExceeded;
      throw apiError(
        { ...spec, message: formatMessage(spec.message, "The number of number pools") },
        `The quota is ${ctx.quotas.numberPools}.`,
      );
    }
    const NumberPoolNo = pools.newId("NP", 10, "0123456789");
    pools.insert(NumberPoolNo, {
      NumberPoolNo,
      Name: input.Name,
      ServiceType: input.ServiceType,
      SubServiceType: input.SubServiceType,
      CreateTime: new Date(ctx.nowMs).toISOString(),
      CreatedBy: ctx.caller.accessKeyId,
    });
    ctx.created("NumberPool", input.Name);
    return {
      Name: input.Name,
      NumberPoolNo,
      ServiceType: input.ServiceType,
      SubServiceType: input.SubServiceType,
    };
  },
});
