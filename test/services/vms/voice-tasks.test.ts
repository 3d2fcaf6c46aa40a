// Outbound tasks and single calls: every documented rule refused before sending, with its wire path and
// its own message; the boundaries accepted.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  BatchAppend,
  CreateTask,
  type CreateTaskInput,
  MAX_PHONE_ENTRIES,
  MAX_SELECTED_NUMBERS,
  PauseTask,
  QuerySingleInfo,
  type QuerySingleInfoOutput,
  ResumeTask,
  SelectNumberType,
  SingleBatchAppend,
  SingleCancelV2,
  SingleState,
  StopTask,
  TaskType,
  UpdateTask,
  Weekday,
} from "../../../src/services/vms/index.js";
import { type AcceptedRow, itAcceptsEach, itRefusesEach, missingRows, type OpRow } from "./voice-rows.js";

const task = {
  Name: "delivery notice",
  NumberPoolNo: "NP1",
  StartTime: "2026-03-01 09:00:00",
  EndTime: "2026-03-01 18:00:00",
  Concurrency: 5,
};
const withTask = (extra: Record<string, unknown>) => ({ ...task, ...extra });
const update = { TaskOpenId: "TK1", StartTime: task.StartTime, EndTime: task.EndTime, Concurrency: 1 };
const withUpdate = (extra: Record<string, unknown>) => ({ ...update, ...extra });
const single = { SingleOpenId: "order-42", Phone: "13800138000" };
const withSingle = (extra: Record<string, unknown>) => ({ List: [{ ...single, ...extra }] });
const phones = (n: number) => Array.from({ length: n }, () => ({ Phone: "13800138000" }));
const numbers = (n: number) => Array.from({ length: n }, (_, i) => `0213107${String(i).padStart(4, "0")}`);
const TIME = /^must be a date and time written "yyyy-MM-dd HH:mm:ss", e\.g\. "2026-03-01 09:00:00"; got /;
const PERIOD = /^must be a period written "HH:mm-HH:mm", e\.g\. "12:00-14:00"; got /;

const rows: OpRow[] = [
  // CreateTask
  ...missingRows(CreateTask, task),
  {
    op: CreateTask,
    rule: "Name empty",
    input: withTask({ Name: "" }),
    path: "Name",
    message: /^must not be empty$/,
  },
  {
    op: CreateTask,
    rule: "StartTime ISO",
    input: withTask({ StartTime: "2026-03-01T09:00:00Z" }),
    path: "StartTime",
    message: TIME,
  },
  {
    op: CreateTask,
    rule: "EndTime 31 April",
    input: withTask({ EndTime: "2026-04-31 09:00:00" }),
    path: "EndTime",
    message: TIME,
  },
  {
    op: CreateTask,
    rule: "EndTime 24:00:00",
    input: withTask({ EndTime: "2026-03-01 24:00:00" }),
    path: "EndTime",
    message: TIME,
  },
  {
    op: CreateTask,
    rule: "Concurrency 2.5",
    input: withTask({ Concurrency: 2.5 }),
    path: "Concurrency",
    message: /integer; got 2.5/,
  },
  {
    op: CreateTask,
    rule: "Type -1",
    input: withTask({ Type: -1 }),
    path: "Type",
    message: /non-negative integer; got -1/,
  },
  {
    op: CreateTask,
    rule: "10 001 phone entries",
    input: withTask({ PhoneList: phones(MAX_PHONE_ENTRIES + 1) }),
    path: "PhoneList",
    message: /^at most 10000 phone entries; got 10001$/,
  },
  {
    op: CreateTask,
    rule: "a phone entry without Phone",
    input: withTask({ PhoneList: [{ Ext: "x" }] }),
    path: "PhoneList.1.Phone",
    message: /^required parameter is missing$/,
  },
  {
    op: CreateTask,
    rule: "TtsContent of 251 characters",
    input: withTask({ PhoneList: [{ Phone: "13800138000", TtsContent: "字".repeat(251) }] }),
    path: "PhoneList.1.TtsContent",
    message: /^must be at most 250 characters long; got 251$/,
  },
  {
    op: CreateTask,
    rule: "Ext of 256 characters",
    input: withTask({ PhoneList: [{ Phone: "13800138000", Ext: "e".repeat(256) }] }),
    path: "PhoneList.1.Ext",
    message: /^must be at most 255 characters long; got 256$/,
  },
  {
    op: CreateTask,
    rule: "PhoneParamJson of 2049 characters",
    input: withTask({ PhoneList: [{ Phone: "13800138000", PhoneParamJson: `{"a":"${"x".repeat(2041)}"}` }] }),
    path: "PhoneList.1.PhoneParamJson",
    message: /^must be at most 2048 characters long; got 2049$/,
  },
  {
    op: CreateTask,
    rule: "1001 selected numbers",
    input: withTask({ SelectNumberType: 1, NumberList: numbers(MAX_SELECTED_NUMBERS + 1) }),
    path: "NumberList",
    message: /^at most 1000 numbers; got 1001$/,
  },
  {
    op: CreateTask,
    rule: "a selected number with a hyphen",
    input: withTask({ NumberList: ["021-31075869"] }),
    path: "NumberList.1",
    message: /fixed-line number with its area code and no hyphen/,
  },
  {
    op: CreateTask,
    rule: "SelectNumberType 1 without NumberList",
    input: withTask({ SelectNumberType: SelectNumberType.FromNumberList }),
    path: "NumberList",
    message: /^is required with SelectNumberType 1 \(call from the listed numbers only\)$/,
  },
  {
    op: CreateTask,
    rule: "SelectNumberType 1 with an empty NumberList",
    input: withTask({ SelectNumberType: 1, NumberList: [] }),
    path: "NumberList",
    message: /^is required with SelectNumberType 1/,
  },
  {
    op: CreateTask,
    rule: "RingAgainTimes 6",
    input: withTask({ RingAgainTimes: 6 }),
    path: "RingAgainTimes",
    message: /^must be 0–5 redials; got 6$/,
  },
  {
    op: CreateTask,
    rule: "RingAgainInterval 4",
    input: withTask({ RingAgainInterval: 4 }),
    path: "RingAgainInterval",
    message: /^must be 5–1440 minutes; got 4$/,
  },
  {
    op: CreateTask,
    rule: "RingAgainInterval 1441",
    input: withTask({ RingAgainInterval: 1441 }),
    path: "RingAgainInterval",
    message: /^must be 5–1440 minutes; got 1441$/,
  },
  {
    op: CreateTask,
    rule: "a no-call period without times",
    input: withTask({ ForbidTimeList: [{ Times: [] }] }),
    path: "ForbidTimeList.1.Times",
    message: /^must hold at least one period$/,
  },
  {
    op: CreateTask,
    rule: "a no-call period 9:00-10:00",
    input: withTask({ ForbidTimeList: [{ Times: ["12:00-14:00", "9:00-10:00"] }] }),
    path: "ForbidTimeList.1.Times.2",
    message: PERIOD,
  },
  {
    op: CreateTask,
    rule: "a no-call weekday 8",
    input: withTask({ ForbidTimeList: [{ Times: ["12:00-14:00"], Weekdays: [1, 8] }] }),
    path: "ForbidTimeList.1.Weekdays.2",
    message: /^must be 1–7 \(1 is Sunday, 7 Saturday\); got 8$/,
  },
  {
    op: CreateTask,
    rule: "an SMS outcome code as text",
    input: withTask({ SmsConfig: [{ TemplateId: "T1", StatusSet: ["1"] }] }),
    path: "SmsConfig.1.StatusSet.1",
    message: /integer; got "1"/,
  },
  {
    op: CreateTask,
    rule: "AudioPostUrl of 513 characters",
    input: withTask({ AudioPostUrl: `https://${"a".repeat(505)}` }),
    path: "AudioPostUrl",
    message: /^must be at most 512 characters long; got 513$/,
  },
  {
    op: CreateTask,
    rule: "CallRecordPostUrl of 513 characters",
    input: withTask({ CallRecordPostUrl: `https://${"a".repeat(505)}` }),
    path: "CallRecordPostUrl",
    message: /got 513$/,
  },
  {
    op: CreateTask,
    rule: "Start as text",
    input: withTask({ Start: "true" }),
    path: "Start",
    message: /must be a boolean/,
  },
  // BatchAppend
  {
    op: BatchAppend,
    rule: "TaskOpenId missing",
    input: { PhoneList: phones(1) },
    path: "TaskOpenId",
    message: /missing/,
  },
  {
    op: BatchAppend,
    rule: "PhoneList missing",
    input: { TaskOpenId: "TK1" },
    path: "PhoneList",
    message: /missing/,
  },
  {
    op: BatchAppend,
    rule: "PhoneList empty",
    input: { TaskOpenId: "TK1", PhoneList: [] },
    path: "PhoneList",
    message: /^must hold at least one phone entry$/,
  },
  {
    op: BatchAppend,
    rule: "10 001 phone entries",
    input: { TaskOpenId: "TK1", PhoneList: phones(MAX_PHONE_ENTRIES + 1) },
    path: "PhoneList",
    message: /^at most 10000 phone entries; got 10001$/,
  },
  // UpdateTask
  ...missingRows(UpdateTask, update),
  {
    op: UpdateTask,
    rule: "StartTime without seconds",
    input: withUpdate({ StartTime: "2026-03-01 09:00" }),
    path: "StartTime",
    message: TIME,
  },
  {
    op: UpdateTask,
    rule: "RingAgainTimes -1",
    input: withUpdate({ RingAgainTimes: -1 }),
    path: "RingAgainTimes",
    message: /0–5/,
  },
  {
    op: UpdateTask,
    rule: "Recall as 1",
    input: withUpdate({ Recall: 1 }),
    path: "Recall",
    message: /must be a boolean/,
  },
  {
    op: UpdateTask,
    rule: "a no-call period 12:00-24:00",
    input: withUpdate({ ForbidTimeList: [{ Times: ["12:00-24:00"] }] }),
    path: "ForbidTimeList.1.Times.1",
    message: PERIOD,
  },
  // PauseTask, ResumeTask, StopTask
  ...[PauseTask, ResumeTask, StopTask].flatMap((op) => [
    {
      op,
      rule: "TaskOpenId missing",
      input: {},
      path: "TaskOpenId",
      message: /^required parameter is missing$/,
    },
    {
      op,
      rule: "TaskOpenId empty",
      input: { TaskOpenId: "" },
      path: "TaskOpenId",
      message: /^must not be empty$/,
    },
  ]),
  // SingleBatchAppend
  {
    op: SingleBatchAppend,
    rule: "List missing",
    input: {},
    path: "List",
    message: /^required parameter is missing$/,
  },
  {
    op: SingleBatchAppend,
    rule: "an item without SingleOpenId",
    input: { List: [{ Phone: "13800138000" }] },
    path: "List.1.SingleOpenId",
    message: /^required parameter is missing$/,
  },
  {
    op: SingleBatchAppend,
    rule: "an item without Phone",
    input: { List: [{ SingleOpenId: "a" }] },
    path: "List.1.Phone",
    message: /^required parameter is missing$/,
  },
  {
    op: SingleBatchAppend,
    rule: "TriggerTime as a number",
    input: withSingle({ TriggerTime: 1700000000 }),
    path: "List.1.TriggerTime",
    message: /must be a string/,
  },
  {
    op: SingleBatchAppend,
    rule: "TriggerTime with a T",
    input: withSingle({ TriggerTime: "2026-03-01T09:00:00" }),
    path: "List.1.TriggerTime",
    message: TIME,
  },
  {
    op: SingleBatchAppend,
    rule: "RingAgainTimes 6",
    input: withSingle({ RingAgainTimes: 6 }),
    path: "List.1.RingAgainTimes",
    message: /0–5 redials; got 6/,
  },
  {
    op: SingleBatchAppend,
    rule: "RingAgainInterval 2",
    input: withSingle({ RingAgainInterval: 2 }),
    path: "List.1.RingAgainInterval",
    message: /5–1440 minutes; got 2/,
  },
  {
    op: SingleBatchAppend,
    rule: "Ext of 256 characters",
    input: withSingle({ Ext: "e".repeat(256) }),
    path: "List.1.Ext",
    message: /at most 255/,
  },
  {
    op: SingleBatchAppend,
    rule: "PhoneParam of 2049 characters",
    input: withSingle({ PhoneParam: "p".repeat(2049) }),
    path: "List.1.PhoneParam",
    message: /at most 2048 characters long; got 2049/,
  },
  {
    op: SingleBatchAppend,
    rule: "1001 numbers",
    input: withSingle({ NumberList: numbers(1001) }),
    path: "List.1.NumberList",
    message: /^at most 1000 numbers; got 1001$/,
  },
  {
    op: SingleBatchAppend,
    rule: "NumberType -1",
    input: withSingle({ NumberType: -1 }),
    path: "List.1.NumberType",
    message: /non-negative/,
  },
  // QuerySingleInfo, SingleCancelV2
  ...[QuerySingleInfo, SingleCancelV2].flatMap((op) => [
    {
      op,
      rule: "SingleOpenId missing",
      input: {},
      path: "SingleOpenId",
      message: /^required parameter is missing$/,
    },
    {
      op,
      rule: "SingleOpenId empty",
      input: { SingleOpenId: "" },
      path: "SingleOpenId",
      message: /^must not be empty$/,
    },
  ]),
];

describe("tasks and single calls refuse every documented violation", () => {
  itRefusesEach(rows);
});

describe("and accept the boundaries", () => {
  const accepted: AcceptedRow[] = [
    [CreateTask, "the required five", task],
    [
      CreateTask,
      "every parameter, at its limits",
      withTask({
        Resource: "R1",
        Type: TaskType.Tts,
        PhoneList: [
          ...phones(MAX_PHONE_ENTRIES - 1),
          {
            Phone: "not judged here",
            PhoneParamJson: "not JSON: judged per entry by the service",
            SmsParamJson: '{\n  "code": "1"\n}',
            TtsContent: "字".repeat(250),
            Ext: "e".repeat(255),
          },
        ],
        NumberList: numbers(MAX_SELECTED_NUMBERS),
        SelectNumberType: 1,
        SelectNumberRule: 5,
        Start: false,
        MaxRingDuration: 20,
        RingAgainTimes: 5,
        RingAgainInterval: 1440,
        Unique: true,
        FinishWhenListEnd: true,
        ForbidTimeList: [
          { Times: ["00:00-08:59", "12:00-14:00"], Weekdays: [Weekday.Sunday, Weekday.Saturday] },
          { Times: ["23:00-23:59"] },
        ],
        SmsConfig: [{ TemplateId: "T1", Sign: "示例", StatusSet: [1, 2, 3] }],
        AudioPostUrl: `https://${"a".repeat(504)}`,
        CallRecordPostUrl: "",
      }),
    ],
    [CreateTask, "a leap day", withTask({ StartTime: "2028-02-29 00:00:00" })],
    [CreateTask, "RingAgainInterval 5", withTask({ RingAgainTimes: 0, RingAgainInterval: 5 })],
    [BatchAppend, "one entry", { TaskOpenId: "TK1", PhoneList: phones(1) }],
    [BatchAppend, "10 000 entries", { TaskOpenId: "TK1", PhoneList: phones(MAX_PHONE_ENTRIES) }],
    [
      UpdateTask,
      "every parameter",
      withUpdate({ RingAgainTimes: 2, RingAgainInterval: 10, ForbidTimeList: [], Recall: false }),
    ],
    [PauseTask, "a task", { TaskOpenId: "TK1" }],
    [
      SingleBatchAppend,
      "every item field",
      withSingle({
        Type: 1,
        Resource: "R1",
        NumberPoolNo: "NP1",
        NumberList: ["02131075869"],
        NumberType: 1,
        SelectNumberRule: 5,
        RingAgainTimes: 1,
        RingAgainInterval: 5,
        Ext: "x",
        PhoneParam: '{"code":"1234"}',
        TriggerTime: "2026-03-01 09:00:00",
        ForbidTimeList: ["12:00-14:00"],
        SmsConfig: '{"TemplateId":"T1"}',
        AudioPostUrl: "https://example.com/a",
        CallRecordPostUrl: "https://example.com/c",
      }),
    ],
    [SingleBatchAppend, "an empty list", { List: [] }],
  ];
  itAcceptsEach(accepted);

  it("types the codes with their known values", () => {
    expectTypeOf<CreateTaskInput["Type"]>().toEqualTypeOf<0 | 1 | 2 | 3 | (number & {}) | undefined>();
    expectTypeOf<QuerySingleInfoOutput["State"]>().toEqualTypeOf<
      "1" | "2" | "3" | "4" | "5" | (string & {}) | undefined
    >();
    expect(SingleState).toEqual({
      Pending: "1",
      WaitingForHangUp: "2",
      Finished: "3",
      Recallable: "4",
      Deleted: "5",
    });
  });
});
