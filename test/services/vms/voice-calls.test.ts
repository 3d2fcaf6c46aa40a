// Click-to-call, call records and A-number filing: every documented rule refused before sending, with
// its wire path and its own message; the boundaries accepted.
import { describe } from "vitest";
import {
  CancelClick2CallV2,
  Click2Call,
  QueryAudioRecordFileUrl,
  QueryAudioRecordToTextFileUrlV2,
  QueryAuth,
  QueryCallRecordMsgV2,
  RouteAAuth,
} from "../../../src/services/vms/index.js";
import { type AcceptedRow, itAcceptsEach, itRefusesEach, missingRows, type OpRow } from "./voice-rows.js";

const PHONE =
  /^must be a mobile number \(11 digits from 1\), a fixed-line number with its area code and no hyphen/;
const call = {
  Caller: "13800138000",
  CallerNumberPoolNo: "NP1",
  Callee: "02131075869",
  CalleeNumberPoolNo: "NP1",
};
const withCall = (extra: Record<string, unknown>) => ({ ...call, ...extra });
const filing = {
  RequestId: "req-1",
  IdType: 1,
  Name: "U2FsdGVk",
  PhoneNumber: "ZW5jcnlwdGVk",
  IdNumber: "aWQ=",
  Photo: "cGhvdG8=",
};

const rows: OpRow[] = [
  // Click2Call
  ...missingRows(Click2Call, call),
  {
    op: Click2Call,
    rule: "Caller with hyphens",
    input: withCall({ Caller: "138-0013-8000" }),
    path: "Caller",
    message: PHONE,
  },
  {
    op: Click2Call,
    rule: "Callee with +86",
    input: withCall({ Callee: "+8613900139000" }),
    path: "Callee",
    message: PHONE,
  },
  {
    op: Click2Call,
    rule: "CallerNumber not a number",
    input: withCall({ CallerNumber: "abc" }),
    path: "CallerNumber",
    message: PHONE,
  },
  {
    op: Click2Call,
    rule: "CalleeNumber with a space",
    input: withCall({ CalleeNumber: "021 31075869" }),
    path: "CalleeNumber",
    message: PHONE,
  },
  {
    op: Click2Call,
    rule: "CallerNumberPoolNo empty",
    input: withCall({ CallerNumberPoolNo: "" }),
    path: "CallerNumberPoolNo",
    message: /^must not be empty$/,
  },
  {
    op: Click2Call,
    rule: "6 caller fall-back cities",
    input: withCall({
      CallerNumberCityCode: "010",
      CallerNumberDegradeCityList: ["1", "2", "3", "4", "5", "6"],
    }),
    path: "CallerNumberDegradeCityList",
    message: /^at most 5 cities; got 6$/,
  },
  {
    op: Click2Call,
    rule: "6 callee fall-back cities",
    input: withCall({ CalleeNumberDegradeCityList: ["1", "2", "3", "4", "5", "6"] }),
    path: "CalleeNumberDegradeCityList",
    message: /^at most 5 cities; got 6$/,
  },
  {
    op: Click2Call,
    rule: "an empty fall-back city",
    input: withCall({ CallerNumberDegradeCityList: ["010", ""] }),
    path: "CallerNumberDegradeCityList.2",
    message: /^must not be empty$/,
  },
  {
    op: Click2Call,
    rule: "CallerDegradeToCapital 2",
    input: withCall({ CallerDegradeToCapital: 2 }),
    path: "CallerDegradeToCapital",
    message: /^must be 0 \(no\) or 1 \(yes\); got 2$/,
  },
  {
    op: Click2Call,
    rule: "CalleeDegradeToCapital as text",
    input: withCall({ CalleeDegradeToCapital: "1" }),
    path: "CalleeDegradeToCapital",
    message: /^must be 0 \(no\) or 1 \(yes\); got "1"$/,
  },
  {
    op: Click2Call,
    rule: "MaxTime 1.5",
    input: withCall({ MaxTime: 1.5 }),
    path: "MaxTime",
    message: /integer; got 1.5/,
  },
  {
    op: Click2Call,
    rule: "UserData with a NUL",
    input: withCall({ UserData: "a\u0000" }),
    path: "UserData",
    message: /control characters/,
  },
  {
    op: Click2Call,
    rule: "a misspelt parameter",
    input: withCall({ CallerNumberCitycode: "010" }),
    path: "CallerNumberCitycode",
    message: /did you mean CallerNumberCityCode\?$/,
  },
  // CancelClick2CallV2, QueryAudioRecordFileUrl
  {
    op: CancelClick2CallV2,
    rule: "CallId missing",
    input: {},
    path: "CallId",
    message: /^required parameter is missing$/,
  },
  {
    op: CancelClick2CallV2,
    rule: "CallId empty",
    input: { CallId: "" },
    path: "CallId",
    message: /^must not be empty$/,
  },
  {
    op: QueryAudioRecordFileUrl,
    rule: "CallId missing",
    input: {},
    path: "CallId",
    message: /^required parameter is missing$/,
  },
  {
    op: QueryAudioRecordFileUrl,
    rule: "CallId a number",
    input: { CallId: 7 },
    path: "CallId",
    message: /must be a string/,
  },
  // The two CallIdList queries
  ...[QueryAudioRecordToTextFileUrlV2, QueryCallRecordMsgV2].flatMap((op) => [
    {
      op,
      rule: "CallIdList missing",
      input: {},
      path: "CallIdList",
      message: /^required parameter is missing$/,
    },
    {
      op,
      rule: "CallIdList empty",
      input: { CallIdList: "" },
      path: "CallIdList",
      message: /^must not be empty$/,
    },
    {
      op,
      rule: "CallIdList with Chinese commas",
      input: { CallIdList: "NM12345，Dcc12345" },
      path: "CallIdList",
      message: /^must separate the call ids with English commas ",", not "，"$/,
    },
    {
      op,
      rule: "CallIdList with an empty id",
      input: { CallIdList: "NM12345,,Dcc12345" },
      path: "CallIdList",
      message: /none of them empty/,
    },
    {
      op,
      rule: "CallIdList a list",
      input: { CallIdList: ["a"] },
      path: "CallIdList",
      message: /must be a string/,
    },
  ]),
  // RouteAAuth, QueryAuth
  ...missingRows(RouteAAuth, filing),
  {
    op: RouteAAuth,
    rule: "IdType negative",
    input: { ...filing, IdType: -1 },
    path: "IdType",
    message: /^must be a code: a non-negative integer; got -1$/,
  },
  {
    op: RouteAAuth,
    rule: "Photo empty",
    input: { ...filing, Photo: "" },
    path: "Photo",
    message: /^must not be empty$/,
  },
  {
    op: QueryAuth,
    rule: "Phone missing",
    input: {},
    path: "Phone",
    message: /^required parameter is missing$/,
  },
];

describe("click-to-call, records and filing refuse every documented violation", () => {
  itRefusesEach(rows);
});

describe("and accept the boundaries", () => {
  const accepted: AcceptedRow[] = [
    [Click2Call, "the required four", call],
    [
      Click2Call,
      "every parameter",
      withCall({
        CallerNumber: "02131075869",
        CallerNumberCityCode: "021",
        CallerNumberDegradeCityList: ["010", "020", "0531", "0755", "PNPC"],
        CallerDegradeToCapital: 1,
        CalleeNumber: "4001234567",
        CalleeNumberCityCode: "010",
        CalleeNumberDegradeCityList: [],
        CalleeDegradeToCapital: 0,
        MaxTime: 3600,
        LastMinutes: 1,
        LastVoice: "R1",
        LastVoiceTo: "caller",
        PreVoice: "R2",
        UserData: "order 42",
      }),
    ],
    [QueryCallRecordMsgV2, "one id", { CallIdList: "NM12345" }],
    [QueryCallRecordMsgV2, "two ids", { CallIdList: "NM12345,Dcc12345" }],
    [RouteAAuth, "every field", filing],
  ];
  itAcceptsEach(accepted);
});
