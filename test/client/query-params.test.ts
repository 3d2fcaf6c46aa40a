import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flattenParams, unflattenParams } from "../../src/client/query-params.js";

describe("flattenParams", () => {
  it("numbers lists from 1 and dots nested keys, as the API documents", () => {
    expect(
      flattenParams({
        Tags: [
          { Key: "env", Value: "prod" },
          { Key: "team", Value: "" },
        ],
        CenIds: ["cen-1", "cen-2"],
        TagFilters: [{ Key: "k", Values: ["a", "b"] }],
        Filter: { Status: "Available" },
      }),
    ).toEqual({
      "Tags.1.Key": "env",
      "Tags.1.Value": "prod",
      "Tags.2.Key": "team",
      "Tags.2.Value": "",
      "CenIds.1": "cen-1",
      "CenIds.2": "cen-2",
      "TagFilters.1.Key": "k",
      "TagFilters.1.Values.1": "a",
      "TagFilters.1.Values.2": "b",
      "Filter.Status": "Available",
    });
  });

  it("keeps numbers and booleans as they are and leaves missing optionals out", () => {
    expect(flattenParams({ Bandwidth: 10, DryRun: false, Period: undefined, Name: null, Tags: [] })).toEqual({
      Bandwidth: 10,
      DryRun: false,
    });
  });

  it("is undone by unflattenParams for any list of tags (values as strings)", () => {
    const tag = fc.record({ Key: fc.string({ minLength: 1 }), Value: fc.string() });
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 25 }), (tags) => {
        const flat = Object.entries(flattenParams({ Tags: tags })).map(([k, v]) => [k, String(v)] as const);
        const back = unflattenParams(flat);
        expect(back).toEqual(tags.length === 0 ? {} : { Tags: tags });
      }),
    );
  });
});

describe("unflattenParams", () => {
  it("keeps a gap in a numbered list visible (Tags.2 without Tags.1)", () => {
    const back = unflattenParams([["Tags.2.Key", "k"]]) as { Tags: unknown[] };
    expect(back.Tags).toHaveLength(2);
    expect(0 in back.Tags).toBe(false);
    expect(back.Tags[1]).toEqual({ Key: "k" });
  });
});
