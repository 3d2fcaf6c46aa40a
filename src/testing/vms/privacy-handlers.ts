import type { ActionHandler } from "../handler.js";
import { bindAXBHandler, selectNumberAndBindAXBHandler } from "./bindings/bind-axb.js";
import { bindAXNHandler, selectNumberAndBindAXNHandler } from "./bindings/bind-axn.js";
import { bindAXNEHandler } from "./bindings/bind-axne.js";
import { bindAXYBHandler, bindYBForAXYBHandler } from "./bindings/bind-axyb.js";
import { querySubscriptionForListHandler, querySubscriptionHandler } from "./bindings/query-subscription.js";
import { UNBIND_HANDLERS } from "./bindings/unbind.js";
import { updateAXBHandler, updateAXNHandler } from "./bindings/update.js";
import { upgradeAXToAXBHandler } from "./bindings/upgrade-ax-to-axb.js";
import { enableOrDisableNumberHandler } from "./numbers/enable-or-disable-number.js";
import { numberListHandler } from "./numbers/number-list.js";
import { createNumberPoolHandler } from "./pools/create-number-pool.js";
import { numberPoolListHandler } from "./pools/number-pool-list.js";
import { updateNumberPoolHandler, updateNumberPoolV2Handler } from "./pools/update-number-pool.js";

/** The emulated actions of number pools, numbers and privacy-number bindings. */
export const PRIVACY_HANDLERS: readonly ActionHandler[] = [
  createNumberPoolHandler,
  updateNumberPoolV2Handler,
  updateNumberPoolHandler,
  numberPoolListHandler,
  numberListHandler,
  enableOrDisableNumberHandler,
  bindAXBHandler,
  selectNumberAndBindAXBHandler,
  bindAXNHandler,
  selectNumberAndBindAXNHandler,
  bindAXNEHandler,
  bindAXYBHandler,
  bindYBForAXYBHandler,
  upgradeAXToAXBHandler,
  ...UNBIND_HANDLERS,
  querySubscriptionHandler,
  querySubscriptionForListHandler,
  updateAXBHandler,
  updateAXNHandler,
];
