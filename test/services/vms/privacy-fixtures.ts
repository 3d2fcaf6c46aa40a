// The privacy-number operations with a valid input each, and the rows that break one documented rule
// at a time: derived from the operations' own parameter lists and one table of field rules, so that
// every operation gets a row for every rule its fields carry. Used by the schema tables
// (test/services/vms) and by the emulator's answers to the same inputs (test/testing/vms).
import type { Operation } from "../../../src/client/operation.js";
import { defOf } from "../../../src/client/schema-walk.js";
import * as vms from "../../../src/services/vms/index.js";
import type { BadRow } from "../issues.js";

/** Unix seconds, an hour from now: a valid `ExpireTime`. */
export const inAnHour = (): number => Math.floor(Date.now() / 1000) + 3600;

const POOL = { NumberPoolNo: "NP1234567890" };
const BINDING = { ...POOL, SubId: "S160817372431596661" };
const A = "13700000001";
const B = "13800000002";
const X = "01060000001";

/** Every privacy-number operation, with an input that breaks no rule. */
export const OPERATIONS: readonly { op: Operation; base: () => Record<string, unknown> }[] = [
  { op: vms.CreateNumberPool, base: () => ({ Name: "p", ServiceType: 200, SubServiceType: 201 }) },
  { op: vms.UpdateNumberPoolV2, base: () => ({ ...POOL, Name: "orders" }) },
  { op: vms.UpdateNumberPool, base: () => ({ ...POOL }) },
  { op: vms.NumberPoolList, base: () => ({}) },
  { op: vms.NumberList, base: () => ({}) },
  { op: vms.EnableOrDisableNumber, base: () => ({ EnableCode: 2, NumberList: [X] }) },
  { op: vms.BindAXB, base: () => ({ ...POOL, PhoneNoA: A, PhoneNoX: X, ExpireTime: inAnHour() }) },
  { op: vms.BindAXN, base: () => ({ ...POOL, PhoneNoA: A, PhoneNoX: X, ExpireTime: inAnHour() }) },
  { op: vms.SelectNumberAndBindAXB, base: () => ({ ...POOL, PhoneNoA: A, ExpireTime: inAnHour() }) },
  { op: vms.SelectNumberAndBindAXN, base: () => ({ ...POOL, PhoneNoA: A, ExpireTime: inAnHour() }) },
  { op: vms.BindAXNE, base: () => ({ ...POOL, PhoneNoA: A, ExpireTime: inAnHour() }) },
  {
    op: vms.BindAXYB,
    base: () => ({
      ...POOL,
      NumberPoolNoY: "NP2",
      PhoneNoA: A,
      ExpireTime: inAnHour(),
      YbEnableDuration: 600,
    }),
  },
  { op: vms.BindYBForAXYB, base: () => ({ ...POOL, ParentSubId: "S1", PhoneNoB: B, EnableDuration: 180 }) },
  { op: vms.UpgradeAXToAXB, base: () => ({ ...BINDING, PhoneNoB: B }) },
  { op: vms.UnbindAXBV2, base: () => ({ ...BINDING }) },
  { op: vms.UnbindAXNV2, base: () => ({ ...BINDING }) },
  { op: vms.UnbindAXNEV2, base: () => ({ ...BINDING }) },
  { op: vms.UnbindAXYBV2, base: () => ({ ...BINDING }) },
  { op: vms.UnbindAXB, base: () => ({ ...BINDING }) },
  { op: vms.UnbindAXN, base: () => ({ ...BINDING }) },
  { op: vms.QuerySubscription, base: () => ({ ...BINDING }) },
  { op: vms.QuerySubscriptionForList, base: () => ({ PhoneNoA: A }) },
  { op: vms.UpdateAXB, base: () => ({ ...BINDING, UpdateType: "updateUserData", UserData: "u" }) },
  { op: vms.UpdateAXN, base: () => ({ ...BINDING, UpdateType: "updateOutId", OutId: "o" }) },
];

/** A value that breaks a field's rule, and the message that says so. */
interface FieldRule {
  rule: string;
  /** Where the issue is, when not at the field itself (an item of a list). */
  at?: string;
  value: () => unknown;
  message: RegExp;
}

const PHONE: FieldRule[] = [
  {
    rule: "a fixed line with a hyphen",
    value: () => "021-31075869",
    message: /^must be a mobile number \(11 digits from 1\), a fixed-line number .*; got "021-31075869"$/,
  },
  {
    rule: "+86 in front",
    value: () => "+8613700000001",
    message: /^must be a mobile number .*; got "\+86137/,
  },
];
const FLAG: FieldRule[] = [{ rule: "2", value: () => 2, message: /^must be 0 \(off\) or 1 \(on\); got 2$/ }];
const BY_PHONE: FieldRule[] = [
  {
    rule: '"C"',
    value: () => "C",
    message: /^must be "A" \(the city of PhoneNoA\) or "B" \(the city of PhoneNoB\); got "C"$/,
  },
];
const CITIES: FieldRule[] = [
  {
    rule: "6 cities",
    value: () => ["010", "021", "020", "0755", "0571", "PNPC"],
    message: /^at most 5 cities; got 6$/,
  },
];
const COUNT: FieldRule[] = [{ rule: "-1", value: () => -1, message: /^must not be negative; got -1$/ }];
const SUB_SERVICE: FieldRule[] = [
  { rule: "-1", value: () => -1, message: /^must be a code: a non-negative integer; got -1$/ },
];

/** The documented rule of each field, by name, wherever it appears. */
const FIELD_RULES: Readonly<Record<string, readonly FieldRule[]>> = {
  PhoneNoA: PHONE,
  PhoneNoB: PHONE,
  PhoneNoX: PHONE,
  PhoneNoY: PHONE,
  ExpireTime: [
    {
      rule: "30 s from now",
      value: () => Math.floor(Date.now() / 1000) + 30,
      message: /^must be more than a minute from now, in Unix seconds above \d{10}; got \d{10}$/,
    },
    {
      rule: "2038-01-01 00:00:00 (UTC+8)",
      value: () => 2_145_888_000,
      message:
        /^must be before 2038-01-01 00:00:00 \(UTC\+8\), in Unix seconds below 2145888000; got 2145888000$/,
    },
    {
      rule: "milliseconds",
      value: () => Date.now() + 3_600_000,
      message: /; got \d{13}, which looks like milliseconds: give seconds$/,
    },
    { rule: "not an integer", value: () => inAnHour() + 0.5, message: /^must be an integer; got \d+\.5$/ },
  ],
  AudioRecordFlag: FLAG,
  YbAudioRecordFlag: FLAG,
  AxConflictAxbFlag: FLAG,
  RandomFlag: FLAG,
  RandomFlagY: FLAG,
  VerifyFlag: FLAG,
  CallDisplayType: [
    { rule: "0", value: () => 0, message: /^must be 1 \(no pass-through\), 2 .* or 4 .*; got 0$/ },
    { rule: "5", value: () => 5, message: /^must be 1 \(no pass-through\), .*; got 5$/ },
  ],
  CityCodeByPhoneNo: BY_PHONE,
  YCityCodeByPhoneNo: BY_PHONE,
  DegradeCityList: CITIES,
  YDegradeCityList: CITIES,
  UserData: [
    {
      rule: "2049 characters",
      value: () => "u".repeat(2049),
      message: /^must be at most 2048 characters long; got 2049$/,
    },
  ],
  OutId: [
    {
      rule: "129 characters",
      value: () => "o".repeat(129),
      message: /^must be at most 128 characters long; got 129$/,
    },
  ],
  VoiceCode: [{ rule: "not JSON", value: () => "{axCallerVoiceCode", message: /^must be JSON text/ }],
  Offset: COUNT,
  Limit: COUNT,
  EnableCode: [{ rule: "3", value: () => 3, message: /^must be 1 \(enable\) or 2 \(disable\); got 3$/ }],
  NumberStatusCode: [
    { rule: "5", value: () => 5, message: /^must be 1 \(in use\), .* or -1 \(abnormal\); got 5$/ },
  ],
  NumberTypeCode: [
    { rule: "2", value: () => 2, message: /^must be 0 \(mobile\) or 1 \(fixed line\); got 2$/ },
  ],
  Status: [
    { rule: "3", value: () => 3, message: /^must be 0 \(unbound\), 1 \(bound\) or 2 \(abnormal\); got 3$/ },
  ],
  SubServiceType: SUB_SERVICE,
  NumberPoolTypeCode: SUB_SERVICE,
  YbEnableDuration: [{ rule: "not an integer", value: () => 1.5, message: /^must be an integer; got 1.5$/ }],
  EnableDuration: [
    { rule: "not an integer", value: () => "180", message: /^must be an integer; got "180"$/ },
  ],
};

/** Rules that hang on the operation, not on a field name alone. */
const OPERATION_RULES: Readonly<Record<string, readonly (FieldRule & { field: string })[]>> = {
  UpdateNumberPoolV2: [
    {
      field: "Name",
      rule: "32 characters",
      value: () => "n".repeat(32),
      message: /^must be 1–31 characters long; got 32$/,
    },
    { field: "Name", rule: "empty", value: () => "", message: /^must be 1–31 characters long; got 0$/ },
  ],
  UpdateNumberPool: [
    {
      field: "Name",
      rule: "33 characters",
      value: () => "n".repeat(33),
      message: /^must be 1–32 characters long; got 33$/,
    },
  ],
  EnableOrDisableNumber: [
    {
      field: "NumberList",
      rule: "101 numbers",
      value: () => Array.from({ length: 101 }, (_, i) => `1370000${String(i).padStart(4, "0")}`),
      message: /^at most 100 numbers; got 101$/,
    },
    {
      field: "NumberList",
      rule: "a number with a hyphen",
      at: "NumberList.1",
      value: () => ["010-60000001"],
      message: /^must be a mobile number/,
    },
  ],
  NumberList: [
    {
      field: "NumberList",
      rule: "501 numbers",
      value: () => Array.from({ length: 501 }, (_, i) => `1370000${String(i).padStart(4, "0")}`),
      message: /^at most 500 numbers; got 501$/,
    },
  ],
  UpdateAXB: [
    {
      field: "UpdateType",
      rule: "an undocumented value",
      value: () => "updateCallDisplayType",
      message:
        /^must be one of updateExpireTime, updateUserData, updateOutId, updatePhoneNoA, updatePhoneNoB; got "updateCallDisplayType"$/,
    },
  ],
  UpdateAXN: [{ field: "UpdateType", rule: "empty", value: () => "", message: /^must not be empty$/ }],
};

/** Fields whose rule elsewhere does not hold here (the older SDKs' `AutoCreateFlag` of the updates). */
const TYPE_ONLY: Readonly<Record<string, readonly string[]>> = {
  UpdateAXB: ["AutoCreateFlag"],
  UpdateAXN: ["AutoCreateFlag"],
};

/** The parameters of an operation: each name, and whether it is required. */
export function parametersOf(op: Operation): { name: string; required: boolean }[] {
  const def = defOf(op.input);
  if (def.type !== "object") throw new Error(`${op.action}: input is not an object schema`);
  return Object.entries(def.shape).map(([name, schema]) => ({
    name,
    required: defOf(schema).type !== "optional",
  }));
}

/** A bad row of an operation: the one wire path it must fail at, and its message. */
export interface OperationRow extends BadRow {
  op: Operation;
  input: Record<string, unknown>;
  /** Whether the problem is a parameter left out (the emulator answers `MissingParameter`). */
  missing: boolean;
}

/**
 * One row per documented rule of every field of `op`, one per required parameter left out, and the
 * operation's cross-field rules.
 */
export function badRows(op: Operation, base: () => Record<string, unknown>): OperationRow[] {
  const rows: OperationRow[] = [];
  const skip = TYPE_ONLY[op.action] ?? [];
  for (const { name, required } of parametersOf(op)) {
    if (required) {
      const { [name]: _, ...without } = base();
      rows.push({
        op,
        rule: `${name} missing`,
        input: without,
        path: name,
        message: /^required parameter is missing$/,
        missing: true,
      });
    }
    const fieldRules = [
      ...(skip.includes(name) ? [] : (FIELD_RULES[name] ?? [])),
      ...(OPERATION_RULES[op.action] ?? []).filter((r) => r.field === name),
    ];
    for (const r of fieldRules) {
      rows.push({
        op,
        rule: `${name} ${r.rule}`,
        input: { ...base(), [name]: r.value() },
        path: r.at ?? name,
        message: r.message,
        missing: false,
      });
    }
  }
  return [...rows, ...crossFieldRows(op, base)];
}

function crossFieldRows(op: Operation, base: () => Record<string, unknown>): OperationRow[] {
  const row = (
    rule: string,
    input: Record<string, unknown>,
    path: string,
    message: RegExp,
    missing = false,
  ) => ({
    op,
    rule,
    input,
    path,
    message,
    missing,
  });
  switch (op.action) {
    case "UpdateNumberPoolV2":
    case "UpdateNumberPool":
      return [
        row(
          "SubServiceType 201 under ServiceType 100",
          { ...base(), ServiceType: 100, SubServiceType: 201 },
          "SubServiceType",
          /^SubServiceType 201 \(Axb\) belongs under ServiceType 200 \(PrivacyNumber\), not 100 \(Voice\)$/,
        ),
      ];
    case "QuerySubscriptionForList":
      return [
        row(
          "none of SubId, PhoneNoA, PhoneNoB, PhoneNoX, OutId",
          { NumberPoolNo: "NP1", PhoneNoY: B, Status: 1 },
          "(input)",
          /^give at least one of SubId, PhoneNoA, PhoneNoB, PhoneNoX or OutId$/,
        ),
      ];
    case "UpdateAXB":
    case "UpdateAXN":
      return (
        [
          ["updateExpireTime", "ExpireTime"],
          ["updateUserData", "UserData"],
          ["updateOutId", "OutId"],
          ["updatePhoneNoA", "PhoneNoA"],
          ["updatePhoneNoB", "PhoneNoB"],
        ] as const
      ).map(([type, field]) => {
        const { UserData: _u, OutId: _o, ...rest } = base();
        return row(
          `UpdateType ${type} without ${field}`,
          { ...rest, UpdateType: type },
          field,
          new RegExp(`^with UpdateType ${type}, ${field} is required$`),
          true,
        );
      });
    default:
      return [];
  }
}

/** Values at the edge of each rule that must be accepted. */
const EDGES: Readonly<Record<string, readonly { rule: string; value: () => unknown }[]>> = {
  ExpireTime: [
    { rule: "61 s from now", value: () => Math.floor(Date.now() / 1000) + 61 },
    { rule: "one second before 2038-01-01 (UTC+8)", value: () => 2_145_887_999 },
  ],
  PhoneNoB: [
    { rule: "a fixed line with its area code", value: () => "02131075869" },
    { rule: "a 400 number", value: () => "4001234567" },
  ],
  AudioRecordFlag: [{ rule: "0", value: () => 0 }],
  CallDisplayType: [{ rule: "4", value: () => 4 }],
  CityCodeByPhoneNo: [{ rule: '"B"', value: () => "B" }],
  DegradeCityList: [{ rule: "5 cities with PNPC", value: () => ["010", "021", "020", "0755", "PNPC"] }],
  UserData: [{ rule: "2048 characters", value: () => "用".repeat(2048) }],
  OutId: [{ rule: "128 characters", value: () => "o".repeat(128) }],
  Offset: [{ rule: "0", value: () => 0 }],
  NumberStatusCode: [{ rule: "-1 (abnormal)", value: () => -1 }],
  Status: [{ rule: "0 (unbound)", value: () => 0 }],
};

/**
 * Inputs at the edges of the rules each operation's fields carry, which must pass. Built when the test
 * runs (`input()`): an edge such as "61 s from now" moves with the clock.
 */
export function edgeRows(op: Operation, base: () => Record<string, unknown>) {
  return parametersOf(op).flatMap(({ name }) =>
    (EDGES[name] ?? []).map((edge) => ({
      op,
      rule: `${name} ${edge.rule}`,
      input: () => ({ ...base(), [name]: edge.value() }),
    })),
  );
}
