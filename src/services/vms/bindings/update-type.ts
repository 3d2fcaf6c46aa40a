import * as z from "zod/mini";
import { crossFieldCheck } from "../../shared/cross-field.js";
import { IdSchema } from "../../shared/free-text.js";
import { UpdateType } from "./codes.js";

/** The `UpdateType` values of `UpdateAXB`, as documented. */
export const UpdateTypeSchema = z.enum(UpdateType, {
  error: (issue) =>
    issue.input === undefined
      ? undefined
      : `must be one of ${Object.values(UpdateType).join(", ")}; got ${JSON.stringify(issue.input)}`,
});

/**
 * The `UpdateType` of `UpdateAXN`: its list of values was not published in full, so any non-empty value
 * is sent; the values of `UpdateAXB` are offered by editors.
 */
export const OpenUpdateTypeSchema = IdSchema as z.ZodMiniType<
  UpdateType | (string & {}),
  UpdateType | (string & {})
>;

/** The field each known `UpdateType` changes, which must then be given. */
const FIELD_OF: Readonly<Record<UpdateType, string>> = {
  updateExpireTime: "ExpireTime",
  updateUserData: "UserData",
  updateOutId: "OutId",
  updatePhoneNoA: "PhoneNoA",
  updatePhoneNoB: "PhoneNoB",
};

/**
 * An update carries the new value of what its `UpdateType` names: `updateExpireTime` needs `ExpireTime`,
 * `updatePhoneNoB` needs `PhoneNoB`, and so on. Values not listed are left to the server.
 *
 * @example
 * ```ts
 * const input = params(Params).check(updateCarriesValue);
 * ```
 */
export const updateCarriesValue = crossFieldCheck<Record<string, unknown> & { UpdateType: string }>(
  (fields, report) => {
    const type = fields.UpdateType;
    if (typeof type !== "string" || !Object.hasOwn(FIELD_OF, type)) return;
    const field = FIELD_OF[type as UpdateType];
    if (fields[field] === undefined) report(field, `with UpdateType ${type}, ${field} is required`);
  },
);
