import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { FreeTextSchema, IdSchema } from "../../shared/free-text.js";
import { integer } from "../../shared/integer.js";
import { type In, params } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import { PhoneNumberSchema } from "../vocabulary.js";
import type { UpdateType } from "./codes.js";
import { ExpireTimeSchema, OutIdSchema, UserDataSchema } from "./fields.js";
import { UpdateTypeSchema, updateCarriesValue } from "./update-type.js";

const Params = {
  /**
   * What to change, one thing per call: `updateExpireTime`, `updateUserData`, `updateOutId`,
   * `updatePhoneNoA` or `updatePhoneNoB`; the field of that name carries the new value. See
   * {@link UpdateType}.
   */
  UpdateType: UpdateTypeSchema,
  /** The pool of the binding, e.g. `"NP1234567890"`. */
  NumberPoolNo: IdSchema,
  /** The binding to change (its `SubId`). */
  SubId: IdSchema,
  /** New end (with `updateExpireTime`): Unix seconds, more than a minute from now and before 2038-01-01 (UTC+8). */
  ExpireTime: z.optional(ExpireTimeSchema),
  /** New data (with `updateUserData`): at most 2048 characters. */
  UserData: z.optional(UserDataSchema),
  /** New id (with `updateOutId`): at most 128 characters. */
  OutId: z.optional(OutIdSchema),
  /** New A (with `updatePhoneNoA`). */
  PhoneNoA: z.optional(PhoneNumberSchema),
  /** New B (with `updatePhoneNoB`); an AX binding cannot get a B this way (use `UpgradeAXToAXB`). */
  PhoneNoB: z.optional(PhoneNumberSchema),
  /** X of the binding (sent by the older SDKs; not documented further). */
  PhoneNoX: z.optional(PhoneNumberSchema),
  /** The order id, for "700-number" scenarios. */
  OrderId: z.optional(FreeTextSchema),
  /** The industry id registered for the numbers. */
  IndustrialId: z.optional(FreeTextSchema),
  /** Sent by the older SDKs; its meaning for AXB is not documented. */
  AutoCreateFlag: z.optional(integer()),
};

/** Parameters of {@link UpdateAXB}. */
export interface UpdateAXBInput extends In<typeof Params> {}
/** `Result` of {@link UpdateAXB}: a bare `true` when the binding was changed. */
export type UpdateAXBOutput = boolean;

/**
 * vms `UpdateAXB` (the older action, still served; not in the current API metadata): changes one aspect
 * of an AXB (or AX) binding, as `UpdateType` says: extends its expiry, replaces A or B, its `UserData` or
 * its `OutId`. `send` resolves with the bare boolean `Result` (no `$metadata` on it). An unknown or ended
 * binding answers `SubscriptionEmpty` (inside HTTP 200, as a `ServiceError`). Not retried blindly.
 *
 * @example
 * ```ts
 * await volc.send(UpdateAXB, {
 *   NumberPoolNo, SubId, UpdateType: UpdateType.ExpireTime, ExpireTime: Math.floor(Date.now() / 1000) + 7200,
 * });
 * ```
 */
export const UpdateAXB: Operation<UpdateAXBInput, UpdateAXBOutput> = vmsOperation({
  action: "UpdateAXB",
  input: params(Params).check(updateCarriesValue),
  output: z.boolean(),
});
