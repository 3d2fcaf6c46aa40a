import { NumberPoolList } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { pageByOffset } from "../../store/paging.js";
import { matchesAny } from "../../store/tags.js";
import { privacy } from "../bindings/binding.js";
import { serviceTypeName } from "../type-names.js";

/**
 * vms `NumberPoolList`: the pools matching every filter given (`NumberPoolName` matches a part of the
 * name), oldest first, with their number counts; pages by `Offset`/`Limit` (default 20).
 */
export const numberPoolListHandler = defineHandler({
  operation: NumberPoolList,
  issueRules: [],
  handle(input, ctx) {
    const store = privacy(ctx);
    const pools = store.pools
      .list()
      .filter(
        (pool) =>
          matchesAny(pool.NumberPoolNo, input.NumberPoolNo) &&
          (input.NumberPoolName === undefined || pool.Name.includes(input.NumberPoolName)) &&
          matchesAny(pool.ServiceType, input.ServiceType) &&
          matchesAny(pool.SubServiceType, input.SubServiceType),
      );
    const numbers = store.numbers.list();
    return pageByOffset(
      pools.map((pool) => ({
        NumberPoolNo: pool.NumberPoolNo,
        NumberPoolName: pool.Name,
        ServiceType: pool.ServiceType,
        ServiceTypeName: serviceTypeName(pool.ServiceType),
        SubServiceType: pool.SubServiceType,
        SubServiceTypeName: serviceTypeName(pool.SubServiceType),
        NumberCount: numbers.filter((n) => n.NumberPoolNo === pool.NumberPoolNo).length,
      })),
      input,
      20,
    );
  },
});
