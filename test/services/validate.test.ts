import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { defineOperation } from "../../src/client/operation.js";
import { formatIssuePath, ROOT_PATH, toValidationIssues, validateInput } from "../../src/client/validate.js";
import { ValidationError } from "../../src/errors.js";
import { CreateCenBandwidthPackage } from "../../src/services/cen/index.js";
import { CreateNumberPool } from "../../src/services/vms/index.js";
import { expectSpecific, issuesOf } from "./issues.js";

describe("formatIssuePath", () => {
  it("writes paths as the wire names parameters: dotted, lists 1-based", () => {
    expect(formatIssuePath(["Tags", 1, "Key"])).toBe("Tags.2.Key");
    expect(formatIssuePath(["Period"])).toBe("Period");
    expect(formatIssuePath(["Tags", 0])).toBe("Tags.1");
    expect(formatIssuePath([])).toBe(ROOT_PATH);
    expect(ROOT_PATH).toBe("(input)");
  });
});

describe("validateInput reports every problem at once", () => {
  it("field, list, cross-field and unknown-key problems of CreateCenBandwidthPackage together", () => {
    const tags = Array.from({ length: 20 }, (_, i) => ({ Key: `k${i}` }));
    const input = {
      LocalGeographicRegionSetId: "Asia",
      PeerGeographicRegionSetId: "Asia", // cross-field
      Bandwidth: 1.5, // non-integer: z.int() would have silenced the cross-field checks
      CenBandwidthPackageName: "_pkg",
      PeriodUnit: "Month",
      Period: 10, // cross-field
      ClientToken: "t".repeat(65),
      // 23 tags (a leading z.maxLength would have skipped the items and the cross-field checks), one with a
      // bad key, one repeating a key, one with an unknown field
      Tags: [...tags, { Key: "volc:x" }, { Key: "k3", Value: "v" }, { Key: "z", Colour: "red" }],
      Bandwith: 5, // unknown
    };
    const issues = issuesOf(CreateCenBandwidthPackage, input);
    expect(issues.map((i) => i.path).sort()).toEqual(
      [
        "Bandwidth",
        "CenBandwidthPackageName",
        "ClientToken",
        "Tags.21.Key",
        "Tags.23.Colour",
        "Tags",
        "Tags.22.Key",
        "Bandwith",
        "PeerGeographicRegionSetId",
        "Period",
      ].sort(),
    );
    const byPath = new Map(issues.map((i) => [i.path, i.message]));
    expect(byPath.get("Tags")).toBe("at most 20 tags; got 23");
    expect(byPath.get("Tags.22.Key")).toMatch(/duplicate tag key "k3" \(first given as tag 4\)/);
    expect(byPath.get("Bandwith")).toBe("unknown parameter; did you mean Bandwidth?");
    expect(byPath.get("PeerGeographicRegionSetId")).toMatch(/cannot both be Asia/);
    expect(byPath.get("Period")).toMatch(/got 10$/);
    for (const issue of issues) expectSpecific(issue.message);
  });

  it("cross-field checks still run when a required field is missing", () => {
    const issues = issuesOf(CreateCenBandwidthPackage, {
      LocalGeographicRegionSetId: "China",
      Period: 4,
      PeriodUnit: "Year",
    });
    expect(issues).toEqual([
      { path: "PeerGeographicRegionSetId", message: "required parameter is missing" },
      { path: "Period", message: "with PeriodUnit Year, Period must be 1–3; got 4" },
    ]);
  });

  it("several broken parts of one text rule are each reported", () => {
    const issues = issuesOf(CreateCenBandwidthPackage, {
      LocalGeographicRegionSetId: "China",
      PeerGeographicRegionSetId: "China",
      Tags: [{ Key: `volc:${"k".repeat(130)}# ` }],
    });
    expect(issues.map((i) => i.path)).toEqual(["Tags.1.Key", "Tags.1.Key", "Tags.1.Key", "Tags.1.Key"]);
    expect(issues.map((i) => i.message)).toEqual([
      "must be 1–128 characters long; got 137",
      'may contain only letters, digits, space and _ . : / = + - @; found "#"',
      'must not start with "volc:" or "sys:" (in any letter case): those keys are the system\'s',
      "must not start or end with a space",
    ]);
  });

  it("CreateNumberPool: field, cross-field and unknown-key problems together", () => {
    const issues = issuesOf(CreateNumberPool, {
      Name: "n".repeat(33),
      ServiceType: 200,
      SubServiceType: 101,
      Nmae: 1,
    });
    expect(issues.map((i) => i.path)).toEqual(["Name", "Nmae", "SubServiceType"]);
    expect(issues[1]?.message).toBe("unknown parameter; did you mean Name?");
  });

  it("throws one ValidationError whose message lists every issue and names the action", () => {
    let caught: unknown;
    try {
      validateInput(CreateNumberPool, { Name: "", ServiceType: 100, SubServiceType: 201 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    const error = caught as ValidationError;
    expect(error.service).toBe("vms");
    expect(error.action).toBe("CreateNumberPool");
    expect(error.message).toContain("CreateNumberPool input is invalid (2 problems); nothing was sent");
    expect(error.message).toContain("  - Name: must be 1–32 characters long; got 0");
    expect(error.message).toContain(
      "  - SubServiceType: SubServiceType 201 (Axb) belongs under ServiceType 200",
    );
  });
});

describe("unknown parameter suggestions", () => {
  const op = defineOperation({
    service: "test",
    version: "2020-01-01",
    action: "Test",
    method: "GET",
    host: "example.com",
    input: z.strictObject({
      Description: z.optional(z.string()),
      PageSize: z.optional(z.number()),
      Filters: z.optional(
        z.array(z.strictObject({ Name: z.string(), Values: z.optional(z.array(z.string())) })),
      ),
    }),
    output: z.object({}),
  });
  const suggestion = (key: string) => issuesOf(op, { [key]: 1 })[0]?.message;

  it.each([
    ["Descripton", "Description"], // a letter left out
    ["Desciption", "Description"],
    ["Descriptoin", "Description"], // neighbours swapped: one edit
    ["description", "Description"], // case only
    ["DESCRIPTION", "Description"],
    ["Pagesize", "PageSize"],
    ["PageSzie", "PageSize"],
    ["Filter", "Filters"],
  ])("%s → %s", (key, expected) => {
    expect(suggestion(key)).toBe(`unknown parameter; did you mean ${expected}?`);
  });

  it.each(["Foo", "Size", "Descr", "X"])("%s is too far from every name for a suggestion", (key) => {
    expect(suggestion(key)).toBe("unknown parameter");
  });

  it("reads the names of nested objects through optional and array wrappers", () => {
    const issues = issuesOf(op, { Filters: [{ Name: "a" }, { Name: "b", Value: ["x"] }] });
    expect(issues).toEqual([{ path: "Filters.2.Value", message: "unknown parameter; did you mean Values?" }]);
  });

  it("toValidationIssues maps raw zod issues for the emulator", () => {
    const result = op.input.safeParse({ PageSize: "10", Pagesize: 1 });
    expect(result.success).toBe(false);
    const issues = toValidationIssues(op.input, result.error?.issues ?? []);
    expect(issues.map((i) => i.path)).toEqual(["PageSize", "Pagesize"]);
    expect(issues[1]?.message).toBe("unknown parameter; did you mean PageSize?");
  });
});

describe("hostile input costs bounded work", () => {
  const regions = { LocalGeographicRegionSetId: "China", PeerGeographicRegionSetId: "Asia" };

  it("refuses a million tags by their count alone, without walking them", () => {
    const Tags = Array.from({ length: 1_000_000 }, (_, i) => ({ Key: `k${i}` }));
    expect(issuesOf(CreateCenBandwidthPackage, { ...regions, Tags })).toEqual([
      { path: "Tags", message: "at most 20 tags; got 1000000" },
    ]);
  });

  it("still reports the items of a list just over its limit", () => {
    const Tags = Array.from({ length: 21 }, (_, i) => ({ Key: i === 0 ? "volc:x" : `k${i}` }));
    expect(issuesOf(CreateCenBandwidthPackage, { ...regions, Tags }).map((i) => i.path)).toEqual([
      "Tags.1.Key",
      "Tags",
    ]);
  });

  it("lists at most 50 problems and says how many more there were", () => {
    const input: Record<string, unknown> = { ...regions };
    for (let i = 0; i < 100_000; i++) input[`Extra${i}`] = i;
    let error: unknown;
    try {
      validateInput(CreateCenBandwidthPackage, input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const validation = error as ValidationError;
    expect(validation.issues).toHaveLength(50);
    expect(validation.issueCount).toBe(100_000);
    expect(validation.message).toMatch(/invalid \(100000 problems\).*\n {2}… and 99950 more$/s);
    expect(validation.message.length).toBeLessThan(5_000);
  });
});
