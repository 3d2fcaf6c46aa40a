// Number pools, numbers and privacy-number bindings: the operations of the privacy-number families,
// their named codes and the paging they share.

export { BindAXB, type BindAXBInput, type BindAXBOutput } from "./bindings/bind-axb.js";
export { BindAXN, type BindAXNInput, type BindAXNOutput } from "./bindings/bind-axn.js";
export { BindAXNE, type BindAXNEInput, type BindAXNEOutput } from "./bindings/bind-axne.js";
export { BindAXYB, type BindAXYBInput, type BindAXYBOutput } from "./bindings/bind-axyb.js";
export {
  BindYBForAXYB,
  type BindYBForAXYBInput,
  type BindYBForAXYBOutput,
} from "./bindings/bind-yb-for-axyb.js";
export {
  AudioRecordFlag,
  BindingStatus,
  CallDisplayType,
  CityCodeByPhoneNo,
  Flag,
  type KnownBindingStatus,
  PROVINCIAL_CAPITAL,
  UpdateType,
} from "./bindings/codes.js";
export { EXPIRE_TIME_LIMIT, MAX_DEGRADE_CITIES } from "./bindings/fields.js";
export {
  QuerySubscription,
  type QuerySubscriptionInput,
  type QuerySubscriptionOutput,
} from "./bindings/query-subscription.js";
export {
  QuerySubscriptionForList,
  type QuerySubscriptionForListInput,
  type QuerySubscriptionForListOutput,
} from "./bindings/query-subscription-for-list.js";
export {
  SelectNumberAndBindAXB,
  type SelectNumberAndBindAXBInput,
  type SelectNumberAndBindAXBOutput,
} from "./bindings/select-number-and-bind-axb.js";
export {
  SelectNumberAndBindAXN,
  type SelectNumberAndBindAXNInput,
  type SelectNumberAndBindAXNOutput,
} from "./bindings/select-number-and-bind-axn.js";
export {
  UnbindAXB,
  UnbindAXN,
  type UnbindLegacyInput,
  type UnbindLegacyOutput,
} from "./bindings/unbind-legacy.js";
export {
  UnbindAXBV2,
  UnbindAXNEV2,
  UnbindAXNV2,
  UnbindAXYBV2,
  type UnbindV2Input,
  type UnbindV2Output,
} from "./bindings/unbind-v2.js";
export { UpdateAXB, type UpdateAXBInput, type UpdateAXBOutput } from "./bindings/update-axb.js";
export { UpdateAXN, type UpdateAXNInput, type UpdateAXNOutput } from "./bindings/update-axn.js";
export {
  UpgradeAXToAXB,
  type UpgradeAXToAXBInput,
  type UpgradeAXToAXBOutput,
} from "./bindings/upgrade-ax-to-axb.js";
export { EnableCode, NumberStatusCode, NumberTypeCode } from "./numbers/codes.js";
export {
  EnableOrDisableNumber,
  type EnableOrDisableNumberInput,
  type EnableOrDisableNumberOutput,
} from "./numbers/enable-or-disable-number.js";
export { NumberList, type NumberListInput, type NumberListOutput } from "./numbers/number-list.js";
export {
  CreateNumberPool,
  type CreateNumberPoolInput,
  type CreateNumberPoolOutput,
} from "./pools/create-number-pool.js";
export {
  NumberPoolList,
  type NumberPoolListInput,
  type NumberPoolListOutput,
} from "./pools/number-pool-list.js";
export {
  UpdateNumberPool,
  type UpdateNumberPoolInput,
  type UpdateNumberPoolOutput,
} from "./pools/update-number-pool.js";
export {
  UpdateNumberPoolV2,
  type UpdateNumberPoolV2Input,
  type UpdateNumberPoolV2Output,
} from "./pools/update-number-pool-v2.js";
