import { UpdateNumberPool, UpdateNumberPoolV2 } from "../../../services/vms/index.js";
import { defineHandler, type HandlerContext } from "../../handler.js";
import { privacy } from "../bindings/binding.js";
import { mustPool } from "../bindings/numbers.js";

/** The fields both update actions may change. */
interface PoolUpdate {
  NumberPoolNo: string;
  Name?: string | undefined;
  ServiceType?: number | undefined;
  SubServiceType?: number | undefined;
}

/** Changes what the update gives; an unknown pool is `IllegalArgument` (HTTP 200). */
function updatePool(input: PoolUpdate, ctx: HandlerContext): void {
  const pool = mustPool(privacy(ctx), input.NumberPoolNo);
  if (input.Name !== undefined) pool.Name = input.Name;
  if (input.ServiceType !== undefined) pool.ServiceType = input.ServiceType;
  if (input.SubServiceType !== undefined) pool.SubServiceType = input.SubServiceType;
}

/** vms `UpdateNumberPoolV2`: changes a pool; answers `{ Success: true }`. */
export const updateNumberPoolV2Handler = defineHandler({
  operation: UpdateNumberPoolV2,
  issueRules: [],
  handle(input, ctx) {
    updatePool(input, ctx);
    return { Success: true };
  },
});

/** vms `UpdateNumberPool` (older action): changes a pool; answers a bare `true`. */
export const updateNumberPoolHandler = defineHandler({
  operation: UpdateNumberPool,
  issueRules: [],
  handle(input, ctx) {
    updatePool(input, ctx);
    return true;
  },
});
