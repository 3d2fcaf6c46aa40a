import * as z from "zod/mini";
import { FreeTextSchema } from "../../shared/free-text.js";
import { type BoundedList, boundedList } from "../../shared/list.js";
import { openEnum } from "../../shared/open-enum.js";
import { result } from "../../shared/shape.js";
import { text } from "../../shared/text-rule.js";
import type { TaskFailType } from "./codes.js";

/** At most this many phone entries go with one `CreateTask` or `BatchAppend` (`PhoneListExceedLimit`). */
export const MAX_PHONE_ENTRIES = 10_000;

/**
 * The fields of one phone entry of a task (`PhoneList[]`). Written out as a named type so that their
 * descriptions reach the published types of every operation that takes them.
 */
export type PhoneListItemFields = {
  /**
   * The number to call. Its format is judged per entry by the service: a malformed one comes back in
   * `FailList` (`INVALID_PHONE_FORMAT`) while the other entries are taken.
   */
  Phone: z.ZodMiniString<string>;
  /**
   * The TTS template's or IVR flow's variables for this number, as JSON text (e.g.
   * `'{"name":"张三"}'`), at most 2048 characters. Text that is not JSON comes back in `FailList`
   * (`PARAM_NOT_JSON`).
   */
  PhoneParamJson: z.ZodMiniOptional<z.ZodMiniString<string>>;
  /** The hang-up SMS template's variables, as JSON text; on a duplicate key they win over `PhoneParamJson`. */
  SmsParamJson: z.ZodMiniOptional<z.ZodMiniString<string>>;
  /** The text spoken to this number by a TTS task (`Type` 3), at most 250 characters. */
  TtsContent: z.ZodMiniOptional<z.ZodMiniString<string>>;
  /** Your own data for this number, echoed in the call records, at most 255 characters. */
  Ext: z.ZodMiniOptional<z.ZodMiniString<string>>;
};

const PhoneListItemParams: PhoneListItemFields = {
  Phone: FreeTextSchema,
  PhoneParamJson: z.optional(text({ min: 0, max: 2048, multiline: true })),
  SmsParamJson: z.optional(text({ min: 0, max: Number.POSITIVE_INFINITY, multiline: true })),
  TtsContent: z.optional(text({ min: 0, max: 250, multiline: true })),
  Ext: z.optional(text({ min: 0, max: 255 })),
};

/** One phone entry of a task. */
export const PhoneListItemSchema: z.ZodMiniObject<PhoneListItemFields, z.core.$strict> =
  z.strictObject(PhoneListItemParams);

/**
 * The phone entries of one `CreateTask` or `BatchAppend`: at most 10 000.
 *
 * @example
 * ```ts
 * const Params = { PhoneList: z.optional(PhoneListSchema) };
 * ```
 */
export const PhoneListSchema: BoundedList<typeof PhoneListItemSchema> = boundedList(
  PhoneListItemSchema,
  MAX_PHONE_ENTRIES,
  "phone entries",
);

/**
 * The fields of one refused phone entry (`FailList[]` of `CreateTask` and `BatchAppend`), as a named type
 * so that their descriptions reach the published types.
 */
export type TaskFailFields = {
  /** Position of the entry in the request's `PhoneList`, from 0. */
  Index: z.ZodMiniNumber<number>;
  /** The entry's number. */
  Phone: z.ZodMiniOptional<z.ZodMiniString<string>>;
  /** Why it was refused, e.g. `"REDUPLICATED_ITEM"`. See {@link TaskFailType}. */
  Type: z.ZodMiniOptional<z.ZodMiniType<TaskFailType | (string & {})>>;
  /** The reason in words, e.g. `"重复项目"` (duplicate entry). */
  Desc: z.ZodMiniOptional<z.ZodMiniString<string>>;
};

/** One refused phone entry of a task. */
export const TaskFailResult: z.ZodMiniObject<TaskFailFields, z.core.$strip> = result({
  Index: z.number(),
  Phone: z.optional(z.string()),
  Type: z.optional(openEnum<TaskFailType>()),
  Desc: z.optional(z.string()),
});
