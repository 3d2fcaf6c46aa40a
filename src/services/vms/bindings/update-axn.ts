import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { integer } from "../../shared/integer.js";
import { type In, params } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import { PhoneNumberSchema } from "../vocabulary.js";
import type { UpdateType } from "./codes.js";
import { ExpireTimeSchema, OutIdSchema, UserDataSchema } from "./fields.js";
import { OpenUpdateTypeSchema, updateCarriesValue } from "./update-type.js";

const Params = {
  /**
   * What to change, one thing per call. The docs' list for AXN was not published in full; the
   * `UpdateAXB` values (`updateExpireTime`, `updatePhoneNoA`, `updatePhoneNoB`, `updateUserData`,
   * `updateOutId`) are offered, and any other value is sent as given. See {@link UpdateType}.
   */
  UpdateType: OpenUpdateTypeSchema,
  /** The pool of the binding, e.g. `"NP1234567890"`. */
  NumberPoolNo: IdSchema,
  /** The binding to change (its `SubId`). */
  SubId: IdSchema,
  /** New A (with `updatePhoneNoA`). */
  PhoneNoA: z.optional(PhoneNumberSchema),
  /** New B (with `updatePhoneNoB`). */
  PhoneNoB: z.optional(PhoneNumberSchema),
  /** New data (with `updateUserData`): at most 2048 characters. */
  UserData: z.optional(UserDataSchema),
  /** New id (with `updateOutId`): at most 128 characters. */
  OutId: z.optional(OutIdSchema),
  /** New end (with `updateExpireTime`): Unix seconds, more than a minute from now and before 2038-01-01 (UTC+8). */
  ExpireTime: z.optional(ExpireTimeSchema),
  /** X of the binding (sent by the older SDKs; not documented further). */
  PhoneNoX: z.optional(PhoneNumberSchema),
  /** Sent by the older SDKs; its meaning for AXN is not documented. */
  AutoCreateFlag: z.optional(integer()),
};

/** Parameters of {@link UpdateAXN}. */
export interface UpdateAXNInput extends In<typeof Params> {}
/** `Result` of {@link UpdateAXN}: a bare `true` when the binding was changed. */
export type UpdateAXNOutput = boolean;

/**
 * vms `UpdateAXN` (the older action, still served; not in the current API metadata): changes one aspect
 * of an AXN binding, as `UpdateType` says. `send` resolves with the bare boolean `Result` (no
 * `$metadata` on it). An unknown or ended binding answers `SubscriptionEmpty` (inside HTTP 200, as a
 * `ServiceError`). Not retried blindly.
 *
 * @example
 * ```ts
 * await volc.send(UpdateAXN, { NumberPoolNo, SubId, UpdateType: "updatePhoneNoB", PhoneNoB: "13800000003" });
 * ```
 */
export const UpdateAXN: Operation<UpdateAXNInput, UpdateAXNOutput> = vmsOperation({
  action: "UpdateAXN",
  input: params(Params).check(updateCarriesValue),
  output: z.boolean(),
});
