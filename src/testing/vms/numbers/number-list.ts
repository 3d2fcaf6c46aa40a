import { NumberList } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { pageByOffset } from "../../store/paging.js";
import { matchesAny } from "../../store/tags.js";
import { privacy } from "../bindings/binding.js";
import { cityName } from "../cities.js";
import { serviceTypeName } from "../type-names.js";

const STATUS_NAMES: Readonly<Record<number, string>> = {
  1: "使用中",
  2: "用户停用",
  3: "平台停用",
  4: "已注销",
};

/**
 * vms `NumberList`: the numbers matching every filter given, in the order they were added, with their
 * pool and how many bindings hold them; pages by `Offset`/`Limit` (default 20).
 */
export const numberListHandler = defineHandler({
  operation: NumberList,
  issueRules: [],
  handle(input, ctx) {
    const store = privacy(ctx);
    const records = store.numbers.list().flatMap((n) => {
      const pool = store.pools.get(n.NumberPoolNo);
      const matches =
        pool !== undefined &&
        matchesAny(n.Number, input.NumberList) &&
        matchesAny(n.NumberPoolNo, input.NumberPoolNo) &&
        matchesAny(pool.SubServiceType, input.NumberPoolTypeCode) &&
        matchesAny(n.NumberStatusCode, input.NumberStatusCode) &&
        matchesAny(n.NumberTypeCode, input.NumberTypeCode);
      if (!matches) return [];
      return [
        {
          Number: n.Number,
          NumberStatusCode: n.NumberStatusCode,
          NumberStatusDesc: STATUS_NAMES[n.NumberStatusCode],
          NumberTypeCode: n.NumberTypeCode,
          NumberTypeDesc: n.NumberTypeCode === 1 ? "固话" : "手机",
          NumberLocation: cityName(n.CityCode),
          NumberPurchaseTime: n.PurchaseTime,
          NumberPoolNo: n.NumberPoolNo,
          NumberPoolName: pool.Name,
          NumberPoolTypeCode: pool.SubServiceType,
          NumberPoolTypeDesc: serviceTypeName(pool.SubServiceType),
          ServiceTypeCode: pool.ServiceType,
          ServiceTypeDesc: serviceTypeName(pool.ServiceType),
          CurrentBindCount: store.holderOf(n.Number) === undefined ? 0 : 1,
        },
      ];
    });
    return pageByOffset(records, input, 20);
  },
});
