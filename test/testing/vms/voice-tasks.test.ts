// Outbound tasks and single calls through the emulator: task states and the documented errors of wrong
// states, phone entries judged one by one, single calls placed on the emulator's clock, and each broken
// input rule answered with its documented code inside HTTP 200.
import { describe, expect, it } from "vitest";
import {
  BatchAppend,
  CreateTask,
  type CreateTaskInput,
  OpenCreateTts,
  PauseTask,
  QuerySingleInfo,
  ResumeTask,
  SingleBatchAppend,
  SingleCancelV2,
  SingleState,
  StopTask,
  TaskFailType,
  TaskType,
  UpdateTask,
} from "../../../src/services/vms/index.js";
import { fromBeijingText, toBeijingText } from "../../../src/testing/vms/beijing-time.js";
import { MAX_UNFINISHED_TASKS } from "../../../src/testing/vms/tasks/create-task.js";
import { describeWireRules, expectBusinessError, TRANSITION_MS, voiceEmulator } from "./voice-setup.js";

const schedule = { StartTime: "2026-03-01 09:00:00", EndTime: "2026-03-01 18:00:00", Concurrency: 2 };
const taskIn = (pool: string, extra: Partial<CreateTaskInput> = {}): CreateTaskInput => ({
  Name: "notice",
  NumberPoolNo: pool,
  ...schedule,
  ...extra,
});

describe("CreateTask and the task states", () => {
  it("creates a running task, judging each phone entry; pause, resume and stop follow the documented states", async () => {
    const { volc, pool, emulator } = await voiceEmulator();
    const { TaskOpenId, FailList } = await volc.send(
      CreateTask,
      taskIn(pool, {
        Unique: true,
        PhoneList: [
          { Phone: "13800138000" },
          { Phone: "13800138000" },
          { Phone: "12345" },
          { Phone: "13900139000", PhoneParamJson: "not json" },
          { Phone: "02131075869", PhoneParamJson: '{"name":"张三"}', Ext: "e" },
        ],
      }),
    );
    expect(FailList).toEqual([
      { Index: 1, Phone: "13800138000", Type: TaskFailType.ReduplicatedItem, Desc: "重复项目" },
      { Index: 2, Phone: "12345", Type: TaskFailType.InvalidPhoneFormat, Desc: "手机号格式错误" },
      { Index: 3, Phone: "13900139000", Type: TaskFailType.ParamNotJson, Desc: expect.any(String) },
    ]);
    const stored = () => emulator.state.vms.voice.tasks.get(TaskOpenId);
    expect(stored()?.Phones.map((p) => p.Phone)).toEqual(["13800138000", "02131075869"]);
    expect(stored()?.Status).toBe("Running");

    await expectBusinessError(volc.send(ResumeTask, { TaskOpenId }), "TaskWrongState", /is Running/);
    expect(await volc.send(PauseTask, { TaskOpenId })).toEqual({});
    expect(stored()?.Status).toBe("Paused");
    await expectBusinessError(volc.send(PauseTask, { TaskOpenId }), "TaskWrongState", /is Paused/);
    await volc.send(ResumeTask, { TaskOpenId });
    expect(stored()?.Status).toBe("Running");
    await volc.send(StopTask, { TaskOpenId });
    expect(stored()?.Status).toBe("Stopped");
    for (const op of [PauseTask, ResumeTask, StopTask]) {
      await expectBusinessError(volc.send(op, { TaskOpenId }), "TaskWrongState", /is Stopped/);
    }
    await expectBusinessError(
      volc.send(BatchAppend, { TaskOpenId, PhoneList: [{ Phone: "13800138000" }] }),
      "TaskWrongState",
    );
    await expectBusinessError(volc.send(UpdateTask, { TaskOpenId, ...schedule }), "TaskWrongState");
  });

  it("a task created with Start: false waits, paused, until ResumeTask", async () => {
    const { volc, pool, emulator } = await voiceEmulator();
    const { TaskOpenId } = await volc.send(CreateTask, taskIn(pool, { Start: false }));
    expect(emulator.state.vms.voice.tasks.get(TaskOpenId)?.Status).toBe("Paused");
    await volc.send(ResumeTask, { TaskOpenId });
    expect(emulator.state.vms.voice.tasks.get(TaskOpenId)?.Status).toBe("Running");
  });

  it("answers TaskNotFound for a task it does not know, whatever the action", async () => {
    const { volc } = await voiceEmulator();
    const TaskOpenId = "TK000";
    await expectBusinessError(volc.send(PauseTask, { TaskOpenId }), "TaskNotFound", /TK000/);
    await expectBusinessError(volc.send(ResumeTask, { TaskOpenId }), "TaskNotFound");
    await expectBusinessError(volc.send(StopTask, { TaskOpenId }), "TaskNotFound");
    await expectBusinessError(volc.send(UpdateTask, { TaskOpenId, ...schedule }), "TaskNotFound");
    await expectBusinessError(
      volc.send(BatchAppend, { TaskOpenId, PhoneList: [{ Phone: "13800138000" }] }),
      "TaskNotFound",
    );
  });

  it("checks the pool, the resource and the number of unfinished tasks", async () => {
    const { volc, pool } = await voiceEmulator();
    await expectBusinessError(
      volc.send(CreateTask, taskIn("NP0000000000")),
      "IllegalArgument",
      /NumberPoolNo/,
    );
    await expectBusinessError(
      volc.send(CreateTask, taskIn(pool, { Resource: "R0" })),
      "ResourceNotFound",
      /R0/,
    );
    const { ResourceKey } = await volc.send(OpenCreateTts, { Name: "t" });
    const first = await volc.send(
      CreateTask,
      taskIn(pool, { Resource: ResourceKey, Type: TaskType.TtsTemplate }),
    );
    for (let i = 1; i < MAX_UNFINISHED_TASKS; i++) await volc.send(CreateTask, taskIn(pool));
    await expectBusinessError(volc.send(CreateTask, taskIn(pool)), "ExceedTaskNumLimit");
    // A stopped task is finished: it no longer counts.
    await volc.send(StopTask, { TaskOpenId: first.TaskOpenId });
    await volc.send(CreateTask, taskIn(pool));
  });

  it("BatchAppend appends, refusing repeats of a Unique task and TTS entries without text", async () => {
    const { volc, pool, emulator } = await voiceEmulator();
    const { TaskOpenId } = await volc.send(
      CreateTask,
      taskIn(pool, {
        Type: TaskType.Tts,
        Unique: true,
        PhoneList: [{ Phone: "13800138000", TtsContent: "您好" }],
      }),
    );
    const answer = await volc.send(BatchAppend, {
      TaskOpenId,
      PhoneList: [
        { Phone: "13800138000", TtsContent: "again" },
        { Phone: "13900139000" },
        { Phone: "13700137000", TtsContent: "您好" },
      ],
    });
    expect(answer).toEqual({
      TaskOpenId,
      FailList: [
        expect.objectContaining({ Index: 0, Type: TaskFailType.ReduplicatedItem }),
        expect.objectContaining({ Index: 1, Type: TaskFailType.TtsEmptyContent }),
      ],
    });
    expect(emulator.state.vms.voice.tasks.get(TaskOpenId)?.Phones).toHaveLength(2);
  });

  it("UpdateTask changes the schedule, and the redials unless Recall is false", async () => {
    const { volc, pool, emulator } = await voiceEmulator();
    const { TaskOpenId } = await volc.send(CreateTask, taskIn(pool, { RingAgainTimes: 1 }));
    await volc.send(PauseTask, { TaskOpenId });
    const later = { StartTime: "2026-03-02 09:00:00", EndTime: "2026-03-02 18:00:00", Concurrency: 9 };
    await volc.send(UpdateTask, { TaskOpenId, ...later, RingAgainTimes: 3, Recall: false });
    expect(emulator.state.vms.voice.tasks.get(TaskOpenId)).toMatchObject({ ...later, RingAgainTimes: 1 });
    await volc.send(UpdateTask, {
      TaskOpenId,
      ...later,
      RingAgainTimes: 3,
      RingAgainInterval: 30,
      ForbidTimeList: [{ Times: ["12:00-14:00"] }],
    });
    expect(emulator.state.vms.voice.tasks.get(TaskOpenId)).toMatchObject({
      RingAgainTimes: 3,
      RingAgainInterval: 30,
      ForbidTimeList: [{ Times: ["12:00-14:00"] }],
    });
  });
});

describe("single calls", () => {
  it("are placed at their TriggerTime, then finish; QuerySingleInfo follows the documented states", async () => {
    const { volc, now, advance } = await voiceEmulator();
    const trigger = toBeijingText(now() + 60_000);
    const { SuccessList, FailList } = await volc.send(SingleBatchAppend, {
      List: [{ SingleOpenId: "order-42", Phone: "13800138000", Ext: "x", TriggerTime: trigger }],
    });
    expect([SuccessList, FailList]).toEqual([
      [{ SingleOpenId: "order-42", Phone: "13800138000", Ext: "x" }],
      [],
    ]);
    const state = async () => (await volc.send(QuerySingleInfo, { SingleOpenId: "order-42" })).State;
    expect(await state()).toBe(SingleState.Pending);
    advance(60_000);
    expect(await state()).toBe(SingleState.WaitingForHangUp);
    advance(TRANSITION_MS);
    const info = await volc.send(QuerySingleInfo, { SingleOpenId: "order-42" });
    expect(info).toMatchObject({
      SingleOpenId: "order-42",
      State: SingleState.Finished,
      Phone: "13800138000",
      Ext: "x",
      ReleaseTime: toBeijingText(fromBeijingText(trigger) + TRANSITION_MS),
      Duration: 1,
      CallUuid: expect.any(String),
    });
    await expectBusinessError(
      volc.send(SingleCancelV2, { SingleOpenId: "order-42" }),
      "TaskWrongState",
      /state 3/,
    );
  });

  it("SingleCancelV2 deletes a call still waiting (state 5); it cannot be cancelled twice", async () => {
    const { volc, now } = await voiceEmulator();
    await volc.send(SingleBatchAppend, {
      List: [{ SingleOpenId: "s1", Phone: "13800138000", TriggerTime: toBeijingText(now() + 3_600_000) }],
    });
    expect(await volc.send(SingleCancelV2, { SingleOpenId: "s1" })).toEqual({});
    expect((await volc.send(QuerySingleInfo, { SingleOpenId: "s1" })).State).toBe(SingleState.Deleted);
    await expectBusinessError(volc.send(SingleCancelV2, { SingleOpenId: "s1" }), "TaskWrongState");
  });

  it("refuses, item by item, a SingleOpenId used already, a malformed number, an unknown pool or resource", async () => {
    const { volc, pool } = await voiceEmulator();
    await volc.send(SingleBatchAppend, { List: [{ SingleOpenId: "used", Phone: "13800138000" }] });
    const { SuccessList, FailList } = await volc.send(SingleBatchAppend, {
      List: [
        { SingleOpenId: "used", Phone: "13800138000" },
        { SingleOpenId: "bad-phone", Phone: "138" },
        { SingleOpenId: "no-pool", Phone: "13800138000", NumberPoolNo: "NP0" },
        { SingleOpenId: "no-resource", Phone: "13800138000", Resource: "R0" },
        { SingleOpenId: "twice", Phone: "13800138000", NumberPoolNo: pool },
        { SingleOpenId: "twice", Phone: "13800138000" },
      ],
    });
    expect(SuccessList?.map((s) => s.SingleOpenId)).toEqual(["twice"]);
    expect(FailList?.map((f) => [f.SingleOpenId, f.Type])).toEqual([
      ["used", "SingleOpenId重复"],
      ["bad-phone", "手机号格式错误"],
      ["no-pool", "号码池不存在"],
      ["no-resource", "资源不存在"],
      ["twice", "SingleOpenId重复"],
    ]);
  });

  it("answers IllegalArgument for a single call it does not know", async () => {
    const { volc } = await voiceEmulator();
    await expectBusinessError(
      volc.send(QuerySingleInfo, { SingleOpenId: "none" }),
      "IllegalArgument",
      /none/,
    );
    await expectBusinessError(volc.send(SingleCancelV2, { SingleOpenId: "none" }), "IllegalArgument");
  });
});

const task = { Name: "t", NumberPoolNo: "NP1", ...schedule };
const phones = (n: number) => Array.from({ length: n }, () => ({ Phone: "13800138000" }));
const numbers = (n: number) => Array.from({ length: n }, (_, i) => `0213107${String(i).padStart(4, "0")}`);
const cases: [string, string, Record<string, unknown>, number, string][] = [
  ["CreateTask", "10 001 phone entries", { ...task, PhoneList: phones(10_001) }, 200, "PhoneListExceedLimit"],
  [
    "BatchAppend",
    "10 001 phone entries",
    { TaskOpenId: "TK1", PhoneList: phones(10_001) },
    200,
    "PhoneListExceedLimit",
  ],
  ["BatchAppend", "no phone entry", { TaskOpenId: "TK1", PhoneList: [] }, 200, "EmptyPhoneList"],
  [
    "CreateTask",
    "1001 selected numbers",
    { ...task, NumberList: numbers(1001) },
    200,
    "SelectNumberOverLimit",
  ],
  [
    "CreateTask",
    "SelectNumberType 1 without NumberList",
    { ...task, SelectNumberType: 1 },
    200,
    "EmptyNumberList",
  ],
  [
    "CreateTask",
    "SelectNumberType 1 with an empty NumberList",
    { ...task, SelectNumberType: 1, NumberList: [] },
    200,
    "EmptyNumberList",
  ],
  ["CreateTask", "RingAgainTimes 6", { ...task, RingAgainTimes: 6 }, 200, "ErrorRingBackTimes"],
  [
    "UpdateTask",
    "RingAgainInterval 4",
    { TaskOpenId: "TK1", ...schedule, RingAgainInterval: 4 },
    200,
    "ErrorRingBackInterval",
  ],
  [
    "CreateTask",
    "a no-call period 9-10",
    { ...task, ForbidTimeList: [{ Times: ["9-10"] }] },
    200,
    "ForbidTimeParseFail",
  ],
  [
    "UpdateTask",
    "a no-call rule without periods",
    { TaskOpenId: "TK1", ...schedule, ForbidTimeList: [{ Times: [] }] },
    200,
    "ForbidTimeParseFail",
  ],
  [
    "SingleBatchAppend",
    "an item with 6 redials",
    { List: [{ SingleOpenId: "a", Phone: "13800138000", RingAgainTimes: 6 }] },
    200,
    "ErrorRingBackTimes",
  ],
  [
    "SingleBatchAppend",
    "an item with 1001 numbers",
    { List: [{ SingleOpenId: "a", Phone: "13800138000", NumberList: numbers(1001) }] },
    200,
    "SelectNumberOverLimit",
  ],
  ["CreateTask", "RingAgainTimes as text", { ...task, RingAgainTimes: "6" }, 400, "InvalidParameter"],
  [
    "CreateTask",
    "a StartTime with a T",
    { ...task, StartTime: "2026-03-01T09:00:00" },
    400,
    "InvalidParameter",
  ],
  [
    "CreateTask",
    "no EndTime",
    { Name: "t", NumberPoolNo: "NP1", StartTime: schedule.StartTime, Concurrency: 1 },
    400,
    "MissingParameter",
  ],
  ["PauseTask", "no TaskOpenId", {}, 400, "MissingParameter"],
  ["QuerySingleInfo", "no SingleOpenId", {}, 400, "MissingParameter"],
];
describeWireRules(
  "broken input rules answer their documented codes inside HTTP 200",
  cases.map(([action, rule, body, status, code]) => ({ action, rule, body, status, code })),
  (server) => expect(server.emulator.state.vms.voice.tasks.size).toBe(0),
);
