import {
  QuerySubscription,
  QuerySubscriptionForList,
  type QuerySubscriptionForListOutput,
} from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { pageByOffset } from "../../store/paging.js";
import { matchesAny } from "../../store/tags.js";
import { mustBeBound, privacy, subscriptionOf } from "./binding.js";

/** vms `QuerySubscription`: a bound binding of the pool; `SubscriptionEmpty` for an unknown or ended one. */
export const querySubscriptionHandler = defineHandler({
  operation: QuerySubscription,
  issueRules: [],
  handle(input, ctx) {
    const store = privacy(ctx);
    return subscriptionOf(
      mustBeBound(store, input.NumberPoolNo, input.SubId, ["AXB", "AXN", "AXNE", "AXYB", "YB"]),
    );
  },
});

/**
 * vms `QuerySubscriptionForList`: the bindings matching every filter given, ended ones included unless
 * `Status` says otherwise, oldest first; pages by `Offset`/`Limit` (default 20). Times go out as numeric
 * strings, as the docs' sample shows them (the client reads both forms).
 */
export const querySubscriptionForListHandler = defineHandler({
  operation: QuerySubscriptionForList,
  issueRules: [],
  handle(input, ctx) {
    const records = privacy(ctx)
      .bindings()
      .filter(
        (b) =>
          matchesAny(b.NumberPoolNo, input.NumberPoolNo) &&
          matchesAny(b.SubId, input.SubId) &&
          matchesAny(b.PhoneNoA, input.PhoneNoA) &&
          matchesAny(b.PhoneNoB, input.PhoneNoB) &&
          matchesAny(b.PhoneNoX, input.PhoneNoX) &&
          matchesAny(b.PhoneNoY, input.PhoneNoY) &&
          matchesAny(b.OutId, input.OutId) &&
          matchesAny(b.Status, input.Status),
      )
      .map((b) => ({
        ...subscriptionOf(b),
        ParentSubId: b.ParentSubId,
        EnableTime: String(b.EnableTime),
        ExpireTime: String(b.ExpireTime),
      }));
    // The result type has these times as numbers, as the client reads them; the wire has the docs' strings.
    return pageByOffset(records, input, 20) as unknown as QuerySubscriptionForListOutput;
  },
});
