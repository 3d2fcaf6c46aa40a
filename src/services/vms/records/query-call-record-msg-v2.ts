import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { openCode } from "../../shared/open-code.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import type { KnownServiceType, KnownSubServiceType } from "../service-types.js";
import { CallIdListSchema } from "./call-id-list.js";

const Params = {
  /**
   * The calls whose records are wanted: ids separated by English commas, e.g. `"NM12345,Dcc12345"`. A
   * record exists once the call has ended (after its record was pushed to you, if you take pushes).
   */
  CallIdList: CallIdListSchema,
};

const Result = {
  /** One record per ended call of `CallIdList`; calls still in progress, or unknown, are left out. */
  Records: z.optional(
    z.array(
      result({
        /** The call's id. */
        CallId: z.string(),
        /** The account that placed the call. */
        AccountId: z.optional(z.string()),
        /** Service type of the pool (`100` voice, `200` privacy numbers). See {@link ServiceType}. */
        ServiceType: z.optional(openCode<KnownServiceType>()),
        /** Sub-service type (`103` click-to-call, `201` AXB…). See {@link SubServiceType}. */
        SubServiceType: z.optional(openCode<KnownSubServiceType>()),
        /** Business line the call belongs to (a code). */
        BusinessLineId: z.optional(z.number()),
        /** Kind of record (a code). */
        CdrType: z.optional(z.number()),
        /** Kind of call (a code). */
        CallType: z.optional(z.number()),
        /** Direction of a privacy-number call (a code). */
        SecretCallType: z.optional(z.number()),
        /** How the call ended (a code). */
        CallResult: z.optional(z.number()),
        /** Who or what ended the call (a code). */
        ReleaseType: z.optional(z.number()),
        /** The calling party's number. */
        Caller: z.optional(z.string()),
        /** Area code of the caller's city. */
        CallerCityCode: z.optional(z.string()),
        /** Code of the caller's province. */
        CallerProvinceCode: z.optional(z.string()),
        /** ISO code of the caller's country. */
        CallerCountryIsoCode: z.optional(z.string()),
        /** The number shown to the caller. */
        CallerShowNumber: z.optional(z.string()),
        /** The pool of the number shown to the caller. */
        CallerShowNumberPoolNo: z.optional(z.string()),
        /** When the caller's leg was dialled. Unix time. */
        CallerCallingTime: z.optional(z.number()),
        /** When the caller's phone started ringing. Unix time. */
        CallerRingingTime: z.optional(z.number()),
        /** When the caller answered. Unix time. */
        CallerAnswerTime: z.optional(z.number()),
        /** How long the caller's leg lasted, in seconds. */
        CallerDuration: z.optional(z.number()),
        /** The called party's number. */
        Callee: z.optional(z.string()),
        /** Area code of the callee's city. */
        CalleeCityCode: z.optional(z.string()),
        /** Code of the callee's province. */
        CalleeProvinceCode: z.optional(z.string()),
        /** ISO code of the callee's country. */
        CalleeCountryIsoCode: z.optional(z.string()),
        /** The number shown to the callee. */
        CalleeShowNumber: z.optional(z.string()),
        /** The pool of the number shown to the callee. */
        CalleeShowNumberPoolNo: z.optional(z.string()),
        /** When the callee's leg was dialled. Unix time. */
        CalleeCallingTime: z.optional(z.number()),
        /** When the callee's phone started ringing. Unix time. */
        CalleeRingingTime: z.optional(z.number()),
        /** When the callee answered. Unix time. */
        CalleeAnswerTime: z.optional(z.number()),
        /** When the call began. Unix time. */
        BeginCallTime: z.optional(z.number()),
        /** When the conversation started. Unix time. */
        StartTime: z.optional(z.number()),
        /** When the call ended. Unix time. */
        EndTime: z.optional(z.number()),
        /** When the ringing started. Unix time. */
        RingTime: z.optional(z.number()),
        /** When this record was written. Unix time. */
        CdrCreateTime: z.optional(z.number()),
        /** How many times the number was called. */
        CallTimes: z.optional(z.number()),
        /** How many rounds of conversation a robot call had. */
        CallRounds: z.optional(z.number()),
        /** The slots a robot call filled. */
        CallSlots: z.optional(z.string()),
        /** Whether the call was recorded: `0` no, `1` yes. */
        AudioRecordFlag: z.optional(z.number()),
        /** Which real numbers the parties saw (a code). */
        CallDisplayType: z.optional(z.number()),
        /** The pool of the privacy number. */
        NumberPoolNo: z.optional(z.string()),
        /** The pool of the Y number (AXYB). */
        NumberPoolNoY: z.optional(z.string()),
        /** The privacy-number binding the call went through. */
        SubscriptionId: z.optional(z.string()),
        /** The binding that took effect. */
        EffectedSubId: z.optional(z.string()),
        /** Number A of the binding. */
        PhoneNoA: z.optional(z.string()),
        /** Number B of the binding. */
        PhoneNoB: z.optional(z.string()),
        /** Number E of the binding (AXNE). */
        PhoneNoE: z.optional(z.string()),
        /** The privacy number X. */
        PhoneNoX: z.optional(z.string()),
        /** Area code of X. */
        PhoneNoXCityCode: z.optional(z.string()),
        /** Province code of X. */
        PhoneNoXProvinceCode: z.optional(z.string()),
        /** ISO country code of X. */
        PhoneNoXCountryIsoCode: z.optional(z.string()),
        /** The privacy number Y (AXYB). */
        PhoneNoY: z.optional(z.string()),
        /** Area code of Y. */
        PhoneNoYCityCode: z.optional(z.string()),
        /** Province code of Y. */
        PhoneNoYProvinceCode: z.optional(z.string()),
        /** ISO country code of Y. */
        PhoneNoYCountryIsoCode: z.optional(z.string()),
        /** The task the call belonged to, for task calls. */
        TaskOpenId: z.optional(z.string()),
        /** The single call's id, for single calls. */
        SingleOpenId: z.optional(z.string()),
        /** The session of a robot call. */
        SessionId: z.optional(z.string()),
        /** Intention grade a robot call reached (the API's own spelling). */
        IntegerentionGrading: z.optional(z.string()),
        /** Key of that intention grade (the API's own spelling). */
        IntegerentionGradingKey: z.optional(z.string()),
        /** Keys the callee pressed. */
        Digits: z.optional(z.array(z.string())),
        /** Tags set on the call. */
        ClientTags: z.optional(z.array(z.string())),
        /** Whether the call took effect (a code). */
        Effect: z.optional(z.number()),
        /** Kind of message, for SMS records (a code). */
        MessageType: z.optional(z.number()),
        /** Text of the SMS, for SMS records. */
        SmsContent: z.optional(z.string()),
        /** How many SMS parts were sent. */
        SmsCount: z.optional(z.number()),
        /** When the SMS was sent. Unix time. */
        SendTime: z.optional(z.number()),
        /** When the SMS was received. Unix time. */
        ReceiveTime: z.optional(z.number()),
        /** The voice code played, for voice verification. */
        VerifyVoiceCode: z.optional(z.string()),
        /** The answer given, for voice verification (the API's own spelling). */
        VerifyAnwser: z.optional(z.string()),
        /** The expected answer, for voice verification (the API's own spelling). */
        VerifyCorrectAnwser: z.optional(z.string()),
        /** The outcome of voice verification (a code). */
        VerifyResult: z.optional(z.number()),
        /** Your id of the binding, as given when binding. */
        OutId: z.optional(z.string()),
        /** Your own data, as given to the call or binding. */
        UserData: z.optional(z.string()),
        /** Your own data, as given to the task entry or single call. */
        Ext: z.optional(z.string()),
      }),
    ),
  ),
};

/** Parameters of {@link QueryCallRecordMsgV2}. */
export interface QueryCallRecordMsgV2Input extends In<typeof Params> {}
/** `Result` of {@link QueryCallRecordMsgV2}. */
export interface QueryCallRecordMsgV2Output extends Out<typeof Result> {}

/**
 * vms `QueryCallRecordMsgV2`: the records (CDRs) of ended calls, by call id. Sent as a GET with
 * `CallIdList` in the query string. Safe to repeat.
 *
 * @example
 * ```ts
 * const { Records = [] } = await volc.send(QueryCallRecordMsgV2, { CallIdList: CallId });
 * Records[0]?.CallerDuration;
 * ```
 */
export const QueryCallRecordMsgV2: Operation<QueryCallRecordMsgV2Input, QueryCallRecordMsgV2Output> =
  vmsOperation({
    action: "QueryCallRecordMsgV2",
    method: "GET",
    input: params(Params),
    output: result(Result),
    idempotent: true,
  });
