import * as z from "zod/mini";
import { answerCode } from "../code-set.js";
import type { BindingStatus, CallDisplayType, KnownBindingStatus } from "./codes.js";
import { UnixSecondsAnswer } from "./unix-seconds.js";

type Text = z.ZodMiniOptional<z.ZodMiniString<string>>;

/**
 * A binding as `QuerySubscription` answers it and as `QuerySubscriptionForList` lists it. Written out as
 * a named type so that the descriptions reach the published types of both operations.
 */
export type SubscriptionFields = {
  /** The binding's id. */
  SubId: z.ZodMiniString<string>;
  /** A. */
  PhoneNoA: Text;
  /** B (absent for AX and AXN bindings without one). */
  PhoneNoB: Text;
  /** X. */
  PhoneNoX: Text;
  /** Y (AXYB). */
  PhoneNoY: Text;
  /** E (AXNE). */
  PhoneNoE: Text;
  /** `0` unbound, `1` bound, `2` abnormal. See {@link BindingStatus}. */
  Status: z.ZodMiniOptional<z.ZodMiniType<KnownBindingStatus | (number & {})>>;
  /** Whether calls are recorded (`1`) or not (`0`). */
  RecordFlag: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
  /** When the binding started, in Unix seconds: a number, or a numeric string as the list's sample sends it. */
  EnableTime: z.ZodMiniOptional<typeof UnixSecondsAnswer>;
  /** When the binding ends, in Unix seconds: a number, or a numeric string as the list's sample sends it. */
  ExpireTime: z.ZodMiniOptional<typeof UnixSecondsAnswer>;
  /** Which real numbers the parties see, `1`–`4`. See {@link CallDisplayType}. */
  CallDisplayType: z.ZodMiniOptional<z.ZodMiniType<CallDisplayType | (number & {})>>;
  /** That setting in words, e.g. `"不透传"` (no pass-through). */
  CallDisplayTypeName: Text;
  /** The data given at binding. */
  UserData: Text;
  /** The id given at binding. */
  OutId: Text;
};

/** The fields of {@link SubscriptionFields}. */
export const Subscription: SubscriptionFields = {
  SubId: z.string(),
  PhoneNoA: z.optional(z.string()),
  PhoneNoB: z.optional(z.string()),
  PhoneNoX: z.optional(z.string()),
  PhoneNoY: z.optional(z.string()),
  PhoneNoE: z.optional(z.string()),
  Status: z.optional(answerCode<KnownBindingStatus>()),
  RecordFlag: z.optional(z.number()),
  EnableTime: z.optional(UnixSecondsAnswer),
  ExpireTime: z.optional(UnixSecondsAnswer),
  CallDisplayType: z.optional(answerCode<CallDisplayType>()),
  CallDisplayTypeName: z.optional(z.string()),
  UserData: z.optional(z.string()),
  OutId: z.optional(z.string()),
};
