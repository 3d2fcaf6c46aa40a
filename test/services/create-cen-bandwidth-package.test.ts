import { describe, expect, it } from "vitest";
import { validateInput } from "../../src/client/validate.js";
import {
  type CreateCenBandwidthPackageInput,
  CreateCenBandwidthPackage as Op,
} from "../../src/services/cen/index.js";
import { type BadRow, expectOneIssue } from "./issues.js";

const base: CreateCenBandwidthPackageInput = {
  LocalGeographicRegionSetId: "China",
  PeerGeographicRegionSetId: "Asia",
};
const withInput = (extra: Record<string, unknown>): Record<string, unknown> => ({ ...base, ...extra });
const withTags = (...tags: unknown[]) => withInput({ Tags: tags });
const manyTags = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${i}`, Value: `v${i}` }));
const { LocalGeographicRegionSetId: _omitLocal, ...withoutLocal } = base;
const { PeerGeographicRegionSetId: _omitPeer, ...withoutPeer } = base;

describe("CreateCenBandwidthPackage definition", () => {
  it("describes the wire call of SPEC §2", () => {
    expect(Op).toMatchObject({
      service: "cen",
      version: "2020-04-01",
      action: "CreateCenBandwidthPackage",
      method: "GET",
      host: "open.volcengineapi.com",
      idempotencyToken: "ClientToken",
    });
    expect(Object.isFrozen(Op)).toBe(true);
  });
});

describe("CreateCenBandwidthPackage rejects every documented violation", () => {
  const rows: BadRow[] = [
    // input as a whole
    { rule: "input not an object", input: null, path: "(input)", message: /object of parameters; got null/ },
    // region sets
    { rule: "Local missing", input: withoutLocal, path: "LocalGeographicRegionSetId", message: /required/ },
    { rule: "Peer missing", input: withoutPeer, path: "PeerGeographicRegionSetId", message: /required/ },
    {
      rule: "Local not China/Asia",
      input: withInput({ LocalGeographicRegionSetId: "Europe" }),
      path: "LocalGeographicRegionSetId",
      message: /must be "China" or "Asia"; got "Europe"/,
    },
    {
      rule: "Peer wrong case",
      input: withInput({ PeerGeographicRegionSetId: "china" }),
      path: "PeerGeographicRegionSetId",
      message: /must be "China" or "Asia"; got "china"/,
    },
    {
      rule: "Asia to Asia",
      input: withInput({ LocalGeographicRegionSetId: "Asia", PeerGeographicRegionSetId: "Asia" }),
      path: "PeerGeographicRegionSetId",
      message: /cannot both be Asia/,
    },
    // free-form strings must survive the wire unchanged
    {
      rule: "CenId with a lone surrogate",
      input: withInput({ CenId: "cen-\uD800x" }),
      path: "CenId",
      message: /lone surrogate/,
    },
    {
      rule: "ProjectName with a lone low surrogate",
      input: withInput({ ProjectName: "p\uDC00" }),
      path: "ProjectName",
      message: /lone surrogate/,
    },
    // Bandwidth
    {
      rule: "Bandwidth 1",
      input: withInput({ Bandwidth: 1 }),
      path: "Bandwidth",
      message: /2–10000 Mbps; got 1$/,
    },
    {
      rule: "Bandwidth 10001",
      input: withInput({ Bandwidth: 10001 }),
      path: "Bandwidth",
      message: /got 10001/,
    },
    { rule: "Bandwidth 0", input: withInput({ Bandwidth: 0 }), path: "Bandwidth", message: /2–10000/ },
    {
      rule: "Bandwidth 2.5",
      input: withInput({ Bandwidth: 2.5 }),
      path: "Bandwidth",
      message: /integer; got 2.5/,
    },
    {
      rule: "Bandwidth string",
      input: withInput({ Bandwidth: "10" }),
      path: "Bandwidth",
      message: /integer; got "10"/,
    },
    {
      rule: "Bandwidth NaN",
      input: withInput({ Bandwidth: Number.NaN }),
      path: "Bandwidth",
      message: /integer/,
    },
    // CenBandwidthPackageName
    {
      rule: "name empty",
      input: withInput({ CenBandwidthPackageName: "" }),
      path: "CenBandwidthPackageName",
      message: /^must be 1–128 characters long; got 0/,
    },
    {
      rule: "name 129 characters",
      input: withInput({ CenBandwidthPackageName: "a".repeat(129) }),
      path: "CenBandwidthPackageName",
      message: /1–128 characters long; got 129/,
    },
    {
      rule: "name 129 Chinese characters",
      input: withInput({ CenBandwidthPackageName: "带".repeat(129) }),
      path: "CenBandwidthPackageName",
      message: /got 129/,
    },
    {
      rule: "name starts with _",
      input: withInput({ CenBandwidthPackageName: "_pkg" }),
      path: "CenBandwidthPackageName",
      message: /must start with a letter, digit or Chinese character; got "_"/,
    },
    {
      rule: "name starts with -",
      input: withInput({ CenBandwidthPackageName: "-pkg" }),
      path: "CenBandwidthPackageName",
      message: /must start with/,
    },
    {
      rule: "name with #",
      input: withInput({ CenBandwidthPackageName: "pkg#1" }),
      path: "CenBandwidthPackageName",
      message: /may contain only letters, digits, Chinese characters and \. _ -; found "#"/,
    },
    {
      rule: "name with space",
      input: withInput({ CenBandwidthPackageName: "pkg 1" }),
      path: "CenBandwidthPackageName",
      message: /found " "/,
    },
    {
      rule: "name with a Chinese comma",
      input: withInput({ CenBandwidthPackageName: "带宽，包" }),
      path: "CenBandwidthPackageName",
      message: /found "，"/,
    },
    {
      rule: "name not a string",
      input: withInput({ CenBandwidthPackageName: 5 }),
      path: "CenBandwidthPackageName",
      message: /must be a string; got number 5/,
    },
    // Description
    {
      rule: "description 256 characters",
      input: withInput({ Description: "d".repeat(256) }),
      path: "Description",
      message: /^must be at most 255 characters long; got 256/,
    },
    {
      rule: "description starts with a space",
      input: withInput({ Description: " desc" }),
      path: "Description",
      message: /^must start with a letter, digit or Chinese character; got " "/,
    },
    {
      rule: "description starts with ，",
      input: withInput({ Description: "，desc" }),
      path: "Description",
      message: /must start with/,
    },
    {
      rule: "description with !",
      input: withInput({ Description: "desc!" }),
      path: "Description",
      message: /^may contain only .*; found "!"/,
    },
    {
      rule: "description with a tab",
      input: withInput({ Description: "a\tb" }),
      path: "Description",
      message: /^must not contain control characters; found "\\t"$/,
    },
    // CenId, LineOperator, ProjectName
    {
      rule: "CenId not a string",
      input: withInput({ CenId: 1 }),
      path: "CenId",
      message: /must be a string/,
    },
    {
      rule: "LineOperator not a string",
      input: withInput({ LineOperator: true }),
      path: "LineOperator",
      message: /must be a string; got boolean true/,
    },
    {
      rule: "ProjectName null",
      input: withInput({ ProjectName: null }),
      path: "ProjectName",
      message: /got null/,
    },
    // BillingType
    {
      rule: "BillingType 2",
      input: withInput({ BillingType: 2 }),
      path: "BillingType",
      message: /BillingType must be 1 \(prepaid\) or 4 .*; got 2$/,
    },
    {
      rule: "BillingType string",
      input: withInput({ BillingType: "1" }),
      path: "BillingType",
      message: /got "1"/,
    },
    // PeriodUnit and Period
    {
      rule: "PeriodUnit Week",
      input: withInput({ PeriodUnit: "Week" }),
      path: "PeriodUnit",
      message: /PeriodUnit must be "Month" or "Year"; got "Week"/,
    },
    {
      rule: "Period 10 with Month",
      input: withInput({ PeriodUnit: "Month", Period: 10 }),
      path: "Period",
      message: /^with PeriodUnit Month, Period must be 1–9, 12, 24 or 36; got 10$/,
    },
    {
      rule: "Period 13 with Month",
      input: withInput({ PeriodUnit: "Month", Period: 13 }),
      path: "Period",
      message: /got 13/,
    },
    {
      rule: "Period 0 with Month",
      input: withInput({ PeriodUnit: "Month", Period: 0 }),
      path: "Period",
      message: /got 0/,
    },
    {
      rule: "Period 4 with Year",
      input: withInput({ PeriodUnit: "Year", Period: 4 }),
      path: "Period",
      message: /^with PeriodUnit Year, Period must be 1–3; got 4$/,
    },
    {
      rule: "Period 12 with Year",
      input: withInput({ PeriodUnit: "Year", Period: 12 }),
      path: "Period",
      message: /1–3; got 12/,
    },
    {
      rule: "Period 10 without PeriodUnit (checked as Month)",
      input: withInput({ Period: 10 }),
      path: "Period",
      message: /^with PeriodUnit Month \(the default\), Period must be 1–9, 12, 24 or 36; got 10$/,
    },
    { rule: "Period -1", input: withInput({ Period: -1 }), path: "Period", message: /got -1/ },
    { rule: "Period 1.5", input: withInput({ Period: 1.5 }), path: "Period", message: /integer; got 1.5/ },
    // ClientToken
    {
      rule: "ClientToken 65 characters",
      input: withInput({ ClientToken: "t".repeat(65) }),
      path: "ClientToken",
      message: /^must be 1–64 characters long; got 65/,
    },
    {
      rule: "ClientToken empty",
      input: withInput({ ClientToken: "" }),
      path: "ClientToken",
      message: /1–64 characters long; got 0/,
    },
    {
      rule: "ClientToken non-ASCII",
      input: withInput({ ClientToken: "token-中" }),
      path: "ClientToken",
      message: /^may contain only visible ASCII characters \(no space or control character\); found "中"$/,
    },
    {
      rule: "ClientToken with a space",
      input: withInput({ ClientToken: "a b" }),
      path: "ClientToken",
      message: /found " "$/,
    },
    {
      rule: "ClientToken with control characters",
      input: withInput({ ClientToken: "tok\u0001\u007f" }),
      path: "ClientToken",
      message: /^must not contain control characters; found "\\u0001", "\\u007f"$/,
    },
    {
      rule: "ClientToken with é",
      input: withInput({ ClientToken: "café" }),
      path: "ClientToken",
      message: /found "é"/,
    },
    // Tags: the list
    {
      rule: "Tags not a list",
      input: withInput({ Tags: { Key: "a" } }),
      path: "Tags",
      message: /must be an array/,
    },
    {
      rule: "21 tags",
      input: withInput({ Tags: manyTags(21) }),
      path: "Tags",
      message: /^at most 20 tags; got 21$/,
    },
    {
      rule: "duplicate tag keys",
      input: withTags({ Key: "env" }, { Key: "team" }, { Key: "env", Value: "x" }),
      path: "Tags.3.Key",
      message: /duplicate tag key "env" \(first given as tag 1\)/,
    },
    { rule: "tag not an object", input: withTags("env=prod"), path: "Tags.1", message: /must be an object/ },
    // Tags: keys
    {
      rule: "tag value without its key",
      input: withTags({ Key: "a" }, { Value: "v" }),
      path: "Tags.2.Key",
      message: /every tag needs a Key/,
    },
    {
      rule: "tag key empty",
      input: withTags({ Key: "" }),
      path: "Tags.1.Key",
      message: /^must be 1–128 characters long; got 0/,
    },
    {
      rule: "tag key 129 characters",
      input: withTags({ Key: "a" }, { Key: "k".repeat(129) }),
      path: "Tags.2.Key",
      message: /got 129/,
    },
    {
      rule: "tag key volc:",
      input: withTags({ Key: "volc:env" }),
      path: "Tags.1.Key",
      message: /^must not start with "volc:" or "sys:"/,
    },
    { rule: "tag key VOLC:x", input: withTags({ Key: "VOLC:x" }), path: "Tags.1.Key", message: /"volc:"/ },
    {
      rule: "tag key VoLc:",
      input: withTags({ Key: "VoLc:" }),
      path: "Tags.1.Key",
      message: /in any letter case/,
    },
    {
      rule: "tag key leading space",
      input: withTags({ Key: " env" }),
      path: "Tags.1.Key",
      message: /^must not start or end with a space/,
    },
    {
      rule: "tag key trailing space",
      input: withTags({ Key: "env " }),
      path: "Tags.1.Key",
      message: /must not start or end with a space/,
    },
    {
      rule: "tag key with #",
      input: withTags({ Key: "env#1" }),
      path: "Tags.1.Key",
      message: /^may contain only letters, digits, space and _ \. : \/ = \+ - @; found "#"/,
    },
    {
      rule: "tag key with Chinese",
      input: withTags({ Key: "环境" }),
      path: "Tags.1.Key",
      message: /found "环", "境"/,
    },
    {
      rule: "tag key not a string",
      input: withTags({ Key: 1 }),
      path: "Tags.1.Key",
      message: /must be a string/,
    },
    // Tags: values
    {
      rule: "tag value 257 characters",
      input: withTags({ Key: "a", Value: "v".repeat(257) }),
      path: "Tags.1.Value",
      message: /^must be at most 256 characters long; got 257/,
    },
    {
      rule: "tag value leading space",
      input: withTags({ Key: "a", Value: " v" }),
      path: "Tags.1.Value",
      message: /^must not start or end with a space/,
    },
    {
      rule: "tag value trailing space",
      input: withTags({ Key: "a", Value: "v " }),
      path: "Tags.1.Value",
      message: /must not start or end with a space/,
    },
    {
      rule: "tag value with &",
      input: withTags({ Key: "a", Value: "v&w" }),
      path: "Tags.1.Value",
      message: /^may contain only .*; found "&"/,
    },
    // unknown parameters
    {
      rule: "unknown top-level key Bandwith",
      input: withInput({ Bandwith: 5 }),
      path: "Bandwith",
      message: /^unknown parameter; did you mean Bandwidth\?$/,
    },
    {
      rule: "unknown key differing only in case",
      input: withInput({ bandwidth: 5 }),
      path: "bandwidth",
      message: /did you mean Bandwidth\?$/,
    },
    {
      rule: "unknown key with swapped letters",
      input: withInput({ Peirod: 1 }),
      path: "Peirod",
      message: /did you mean Period\?$/,
    },
    {
      rule: "wire-style key",
      input: withInput({ "Tags.1.Key": "env" }),
      path: "Tags.1.Key",
      message: /^unknown parameter; pass Tags as a list/,
    },
    {
      rule: "unknown key far from all",
      input: withInput({ Colour: "red" }),
      path: "Colour",
      message: /^unknown parameter$/,
    },
    {
      rule: "unknown key inside a tag",
      input: withTags({ Key: "a" }, { Key: "b", Vaule: "x" }),
      path: "Tags.2.Vaule",
      message: /^unknown parameter; did you mean Value\?$/,
    },
    {
      rule: "unknown key inside a tag, case only",
      input: withTags({ key: "a", Key: "a" }),
      path: "Tags.1.key",
      message: /did you mean Key\?$/,
    },
  ];

  it.each(rows)("$rule → $path", (row) => expectOneIssue(Op, row));
});

describe("CreateCenBandwidthPackage accepts the boundaries", () => {
  const tagChars = "a _.:/=+-@b";
  const rows: { rule: string; input: Record<string, unknown> }[] = [
    { rule: "only the region sets", input: withInput({}) },
    { rule: "China to China", input: withInput({ PeerGeographicRegionSetId: "China" }) },
    {
      rule: "Asia to China",
      input: withInput({ LocalGeographicRegionSetId: "Asia", PeerGeographicRegionSetId: "China" }),
    },
    { rule: "Bandwidth 2", input: withInput({ Bandwidth: 2 }) },
    { rule: "Bandwidth 10000", input: withInput({ Bandwidth: 10000 }) },
    { rule: "Bandwidth 10.0 (an integer value)", input: withInput({ Bandwidth: 10.0 }) },
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36].map((Period) => ({
      rule: `Period ${Period} with Month`,
      input: withInput({ PeriodUnit: "Month", Period }),
    })),
    ...[1, 2, 3].map((Period) => ({
      rule: `Period ${Period} with Year`,
      input: withInput({ PeriodUnit: "Year", Period }),
    })),
    { rule: "Period 12 without PeriodUnit", input: withInput({ Period: 12 }) },
    { rule: "Period 36 without PeriodUnit", input: withInput({ Period: 36 }) },
    { rule: "PeriodUnit Year without Period", input: withInput({ PeriodUnit: "Year" }) },
    { rule: "BillingType 1", input: withInput({ BillingType: 1 }) },
    { rule: "BillingType 4 (invitation-only preview)", input: withInput({ BillingType: 4 }) },
    { rule: "name of 1 character", input: withInput({ CenBandwidthPackageName: "p" }) },
    { rule: "name of 128 characters", input: withInput({ CenBandwidthPackageName: "n".repeat(128) }) },
    {
      rule: "name of 128 Chinese characters",
      input: withInput({ CenBandwidthPackageName: "带".repeat(128) }),
    },
    { rule: "Chinese name", input: withInput({ CenBandwidthPackageName: "带宽包-测试_1.0" }) },
    { rule: "name starting with a digit", input: withInput({ CenBandwidthPackageName: "1pkg" }) },
    { rule: "name starting with extension A", input: withInput({ CenBandwidthPackageName: "㐀pkg" }) },
    { rule: "name ending in . _ -", input: withInput({ CenBandwidthPackageName: "cbp.test_a-" }) },
    { rule: "description of 255 characters", input: withInput({ Description: "d".repeat(255) }) },
    { rule: "empty description", input: withInput({ Description: "" }) },
    {
      rule: "description with every allowed sign",
      input: withInput({ Description: "带宽包, a.b_c d=e-f，中文。" }),
    },
    { rule: "description starting with a digit", input: withInput({ Description: "1 desc" }) },
    {
      rule: "CenId, LineOperator, ProjectName",
      input: withInput({ CenId: "cen-7qthudw0ll6jmc", LineOperator: "ChinaUnicom", ProjectName: "default" }),
    },
    { rule: "ClientToken of 64 characters", input: withInput({ ClientToken: "t".repeat(64) }) },
    { rule: "ClientToken of 1 character", input: withInput({ ClientToken: "t" }) },
    { rule: "ClientToken UUID", input: withInput({ ClientToken: "123e4567-e89b-12d3-a456-426655440000" }) },
    { rule: "ClientToken of any visible ASCII", input: withInput({ ClientToken: "a!~*'()" }) },
    {
      rule: "name of Chinese characters from CJK Extension B",
      input: withInput({ CenBandwidthPackageName: "𠀀𠀁-包" }),
    },
    {
      rule: "description starting with a CJK Extension B character",
      input: withInput({ Description: "𠀀 描述" }),
    },
    { rule: "no tags", input: withInput({ Tags: [] }) },
    { rule: "20 tags", input: withInput({ Tags: manyTags(20) }) },
    { rule: "tag without a value", input: withTags({ Key: "env" }) },
    { rule: "tag with an empty value", input: withTags({ Key: "env", Value: "" }) },
    { rule: "tag key with every allowed sign", input: withTags({ Key: tagChars, Value: tagChars }) },
    { rule: "tag key of 128 characters", input: withTags({ Key: "k".repeat(128) }) },
    { rule: "tag value of 256 characters", input: withTags({ Key: "k", Value: "v".repeat(256) }) },
    { rule: "tag key of one character", input: withTags({ Key: "k" }) },
    { rule: "tag key volc without colon", input: withTags({ Key: "volcano" }, { Key: "volc" }) },
    { rule: "tag key with volc: inside", input: withTags({ Key: "my-volc:x" }) },
    {
      rule: "tag keys differing in case (keys are case-sensitive)",
      input: withTags({ Key: "Env" }, { Key: "env" }),
    },
    { rule: "same value on two keys", input: withTags({ Key: "a", Value: "x" }, { Key: "b", Value: "x" }) },
    {
      rule: "every field at once",
      input: {
        LocalGeographicRegionSetId: "Asia",
        PeerGeographicRegionSetId: "China",
        Bandwidth: 10,
        CenBandwidthPackageName: "pkg-a",
        Description: "desc",
        CenId: "cen-1",
        LineOperator: "ChinaUnicom",
        BillingType: 1,
        PeriodUnit: "Year",
        Period: 1,
        ClientToken: "tok",
        ProjectName: "default",
        Tags: [{ Key: "env", Value: "prod" }],
      },
    },
  ];

  it.each(rows)("$rule", ({ input }) => {
    expect(validateInput(Op, input)).toEqual(input);
  });

  it("returns a fresh copy, so the client can fill in ClientToken without touching the caller's object", () => {
    const input = withTags({ Key: "env" });
    const parsed = validateInput(Op, input);
    expect(parsed).not.toBe(input);
    expect(parsed.Tags).not.toBe(input.Tags);
  });
});
