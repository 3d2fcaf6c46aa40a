// Every privacy-number operation refuses each documented rule it carries, one issue at the exact wire
// path with its own message, before anything is sent; and accepts the edges of those rules.
import { describe, expect, it } from "vitest";
import { validateInput } from "../../../src/client/validate.js";
import * as vms from "../../../src/services/vms/index.js";
import { expectOneIssue } from "../issues.js";
import { badRows, edgeRows, OPERATIONS } from "./privacy-fixtures.js";

/** The 24 actions of the privacy-number half of vms. */
const ACTIONS = [
  "CreateNumberPool",
  "UpdateNumberPoolV2",
  "UpdateNumberPool",
  "NumberPoolList",
  "NumberList",
  "EnableOrDisableNumber",
  "BindAXN",
  "SelectNumberAndBindAXB",
  "SelectNumberAndBindAXN",
  "UpgradeAXToAXB",
  "BindAXNE",
  "BindAXYB",
  "BindYBForAXYB",
  "UnbindAXBV2",
  "UnbindAXNV2",
  "UnbindAXNEV2",
  "UnbindAXYBV2",
  "QuerySubscription",
  "QuerySubscriptionForList",
  "BindAXB",
  "UnbindAXB",
  "UpdateAXB",
  "UnbindAXN",
  "UpdateAXN",
];
const READS = ["NumberPoolList", "NumberList", "QuerySubscription", "QuerySubscriptionForList"];
const PAGED = ["NumberPoolList", "NumberList", "QuerySubscriptionForList"];

describe("the privacy-number operations", () => {
  it("are the 24 actions, each exported from volcengine-ts/vms under its own name", () => {
    expect(OPERATIONS.map(({ op }) => op.action).sort()).toEqual([...ACTIONS].sort());
    const exported = new Map(Object.entries(vms));
    for (const { op } of OPERATIONS) expect(exported.get(op.action)).toBe(op);
  });

  it.each(OPERATIONS.map(({ op }) => op))(
    "$action: POST JSON to vms 2022-01-01, reads idempotent, lists paged",
    (op) => {
      expect(op).toMatchObject({
        service: "vms",
        version: "2022-01-01",
        method: "POST",
        host: "cloud-vms.volcengineapi.com",
      });
      expect(op.idempotencyToken).toBeUndefined();
      expect(op.idempotent === true).toBe(READS.includes(op.action));
      expect(op.paging).toEqual(
        PAGED.includes(op.action) ? { style: "Offset", items: "Records" } : undefined,
      );
    },
  );

  it("name the documented codes", () => {
    expect(vms.BindingStatus).toEqual({ Unbound: 0, Bound: 1, Abnormal: 2 });
    expect(vms.CallDisplayType).toEqual({ NoPassThrough: 1, ShowBToA: 2, ShowAToB: 3, ShowBoth: 4 });
    expect(vms.AudioRecordFlag).toEqual({ Off: 0, On: 1 });
    expect(vms.UpdateType).toEqual({
      ExpireTime: "updateExpireTime",
      UserData: "updateUserData",
      OutId: "updateOutId",
      PhoneNoA: "updatePhoneNoA",
      PhoneNoB: "updatePhoneNoB",
    });
    expect(vms.NumberStatusCode).toEqual({
      InUse: 1,
      DisabledByUser: 2,
      DisabledByPlatform: 3,
      Cancelled: 4,
      CancelledByPlatform: 6,
      Abnormal: -1,
    });
    expect(vms.NumberTypeCode).toEqual({ Mobile: 0, FixedLine: 1 });
    expect(vms.EnableCode).toEqual({ Enable: 1, Disable: 2 });
    expect(vms.EXPIRE_TIME_LIMIT).toBe(Date.UTC(2038, 0, 1) / 1000 - 8 * 3600);
  });
});

for (const { op, base } of OPERATIONS) {
  describe(`${op.action} refuses`, () => {
    it.each(badRows(op, base))("$rule → $path", (row) => expectOneIssue(op, row));
  });

  describe(`${op.action} accepts`, () => {
    it("a valid input, unchanged", () => {
      const input = base();
      expect(validateInput(op, input)).toEqual(input);
    });
    const edges = edgeRows(op, base);
    if (edges.length > 0) {
      it.each(edges)("$rule", (edge) => {
        const input = edge.input();
        expect(validateInput(op, input)).toEqual(input);
      });
    }
  });
}

describe("cross-field rules report every problem at once", () => {
  it("an UpdateAXB with a bad value elsewhere still says the new value is missing", () => {
    expect(() =>
      validateInput(vms.UpdateAXB, {
        NumberPoolNo: "NP1",
        SubId: "S1",
        UpdateType: "updateExpireTime",
        UserData: "u".repeat(2049),
      }),
    ).toThrow(
      /UserData: must be at most 2048 characters long; got 2049[\s\S]*ExpireTime: with UpdateType updateExpireTime, ExpireTime is required/,
    );
  });
});
