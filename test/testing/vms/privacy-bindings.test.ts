// Privacy-number bindings in the emulator: every bind, unbind, query and update action accepted; X
// picked by city; PhoneNoXOccupied, SubscriptionEmpty and IllegalArgument inside HTTP 200; numbers
// freed by unbinding and by expiry on the emulator's clock.
import { beforeEach, describe, expect, it } from "vitest";
import { ServiceError } from "../../../src/index.js";
import {
  BindAXB,
  BindAXN,
  BindAXNE,
  BindAXYB,
  BindingStatus,
  BindYBForAXYB,
  EnableOrDisableNumber,
  NumberList,
  QuerySubscription,
  QuerySubscriptionForList,
  SelectNumberAndBindAXB,
  SelectNumberAndBindAXN,
  UnbindAXB,
  UnbindAXBV2,
  UnbindAXN,
  UnbindAXNEV2,
  UnbindAXNV2,
  UnbindAXYBV2,
  UpdateAXB,
  UpdateAXN,
  UpgradeAXToAXB,
} from "../../../src/services/vms/index.js";
import { fromNow, type PrivacyWorld, privacyWorld } from "./privacy-setup.js";

const A = "13700000001";
const B = "13800000002";

let world: PrivacyWorld;
beforeEach(() => {
  world = privacyWorld();
});

/** The error a call is refused with. */
async function refusal(call: Promise<unknown>): Promise<ServiceError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

describe("binding with a given X", () => {
  it("BindAXB binds A and B to X and answers the binding with the numbers' area codes", async () => {
    const pool = await world.pool(["01060000001"]);
    const answer = await world.volc.send(BindAXB, {
      NumberPoolNo: pool,
      PhoneNoA: A,
      PhoneNoB: "02131075869",
      PhoneNoX: "01060000001",
      ExpireTime: fromNow(3600),
      OutId: "order-1",
      VerifyFlag: 1,
    });
    expect(answer).toEqual({
      SubId: expect.stringMatching(/^S\d{18}$/),
      PhoneNoX: "01060000001",
      PhoneNoXCityCode: "010",
      PhoneNoA: A,
      PhoneNoB: "02131075869",
      PhoneNoBCityCode: "021",
      Status: BindingStatus.Bound,
    });
    expect(world.emulator.stats.createdByKind.Subscription).toBe(1);
  });

  it("BindAXN on an X already bound is PhoneNoXOccupied inside HTTP 200, not retried", async () => {
    const pool = await world.pool(["01060000001"]);
    const bindX = () =>
      world.volc.send(BindAXN, {
        NumberPoolNo: pool,
        PhoneNoA: A,
        PhoneNoX: "01060000001",
        ExpireTime: fromNow(600),
      });
    expect((await bindX()).Status).toBe(1);
    const error = await refusal(bindX());
    expect(error).toMatchObject({ code: "PhoneNoXOccupied", status: 200, retryable: false, attempts: 1 });
  });

  it.each([
    ["a number of no pool", "01099999999", /01099999999 is not a number of pool/],
    ["a number of another pool", "02160000009", /02160000009 is not a number of pool/],
  ])("BindAXN with %s is IllegalArgument", async (_what, x, message) => {
    const pool = await world.pool(["01060000001"]);
    await world.pool(["02160000009"]);
    const error = await refusal(
      world.volc.send(BindAXN, { NumberPoolNo: pool, PhoneNoA: A, PhoneNoX: x, ExpireTime: fromNow(600) }),
    );
    expect(error).toMatchObject({ code: "IllegalArgument", status: 200 });
    expect(error.message).toMatch(message);
  });

  it("a disabled X cannot be bound, and is never picked", async () => {
    const pool = await world.pool(["01060000001"]);
    await world.volc.send(EnableOrDisableNumber, { NumberList: ["01060000001"], EnableCode: 2 });
    const given = await refusal(
      world.volc.send(BindAXN, {
        NumberPoolNo: pool,
        PhoneNoA: A,
        PhoneNoX: "01060000001",
        ExpireTime: fromNow(600),
      }),
    );
    expect(given.code).toBe("IllegalArgument");
    const picked = await refusal(
      world.volc.send(SelectNumberAndBindAXN, { NumberPoolNo: pool, PhoneNoA: A, ExpireTime: fromNow(600) }),
    );
    expect(picked.code).toBe("PhoneNoXOccupied");
  });

  it("a bind to a pool that does not exist is IllegalArgument", async () => {
    const error = await refusal(
      world.volc.send(SelectNumberAndBindAXB, {
        NumberPoolNo: "NP0000000000",
        PhoneNoA: A,
        ExpireTime: fromNow(600),
      }),
    );
    expect(error).toMatchObject({ code: "IllegalArgument", status: 200 });
  });
});

describe("picking X", () => {
  const pick = async (pool: string, extra: object = {}) =>
    (
      await world.volc.send(SelectNumberAndBindAXB, {
        NumberPoolNo: pool,
        PhoneNoA: A,
        PhoneNoB: B,
        ExpireTime: fromNow(600),
        ...extra,
      })
    ).PhoneNoX;

  it("takes CityCode first, then the city of A or B, then DegradeCityList in order (PNPC: the provincial capital)", async () => {
    // Cities in turn: 010, 021, 020, 0755, 0571.
    const pool = await world.pool(10);
    expect(await pick(pool, { CityCode: "0755" })).toMatch(/^0755/);
    expect(await pick(pool, { PhoneNoA: "05711234567" })).toMatch(/^0571/);
    expect(await pick(pool, { PhoneNoB: "02131075869", CityCodeByPhoneNo: "B" })).toMatch(/^021/);
    expect(await pick(pool, { CityCode: "0531", DegradeCityList: ["0512", "020"] })).toMatch(/^020/);
    // Shenzhen's capital is Guangzhou (020): one 020 number is left.
    expect(await pick(pool, { CityCode: "0755", DegradeCityList: ["PNPC"] })).toMatch(/^0755/);
    expect(await pick(pool, { CityCode: "0755", DegradeCityList: ["PNPC"] })).toMatch(/^020/);
    const none = await refusal(pick(pool, { CityCode: "0755", DegradeCityList: ["PNPC"] }));
    expect(none.code).toBe("PhoneNoXOccupied");
    expect(none.message).toContain("no free number in 0755, 020");
  });

  it("without any city asked for, takes any free number, the oldest first unless RandomFlag is 1", async () => {
    const pool = await world.pool(["01060000001", "01060000002", "01060000003"]);
    expect(await pick(pool)).toBe("01060000001");
    expect(await pick(pool, { PhoneNoA: "05311234567" })).toBe("01060000002");
    expect(await pick(pool, { RandomFlag: 1 })).toBe("01060000003");
    expect((await refusal(pick(pool))).code).toBe("PhoneNoXOccupied");
  });

  it("SelectNumberAndBindAXN and BindAXNE pick X too; BindAXNE keeps E", async () => {
    const pool = await world.pool(2);
    const axn = await world.volc.send(SelectNumberAndBindAXN, {
      NumberPoolNo: pool,
      PhoneNoA: A,
      PhoneNoB: B,
      CityCode: "021",
      ExpireTime: fromNow(600),
      UserData: '{"order":7}',
    });
    expect(axn).toMatchObject({
      PhoneNoX: expect.stringMatching(/^021/),
      PhoneNoXCityCode: "021",
      Status: 1,
    });
    const axne = await world.volc.send(BindAXNE, {
      NumberPoolNo: pool,
      PhoneNoA: A,
      PhoneNoE: "1234",
      ExpireTime: fromNow(600),
    });
    expect(axne).toMatchObject({ PhoneNoX: expect.stringMatching(/^010/), PhoneNoE: "1234", Status: 1 });
  });
});

describe("unbinding and expiry free X", () => {
  it("each unbind action ends a binding of its own kind only, and frees its X", async () => {
    const pool = await world.pool(["01060000001"]);
    const bound = (op: typeof BindAXB | typeof BindAXN) =>
      world.volc.send(op, {
        NumberPoolNo: pool,
        PhoneNoA: A,
        PhoneNoX: "01060000001",
        ExpireTime: fromNow(600),
      });

    const axb = await bound(BindAXB);
    const wrongKind = await refusal(world.volc.send(UnbindAXNV2, { NumberPoolNo: pool, SubId: axb.SubId }));
    expect(wrongKind).toMatchObject({ code: "SubscriptionEmpty", status: 200 });
    expect(await world.volc.send(UnbindAXBV2, { NumberPoolNo: pool, SubId: axb.SubId })).toEqual({
      Success: true,
    });
    const again = await refusal(world.volc.send(UnbindAXBV2, { NumberPoolNo: pool, SubId: axb.SubId }));
    expect(again.code).toBe("SubscriptionEmpty");

    const axn = await bound(BindAXN);
    expect(await world.volc.send(UnbindAXNV2, { NumberPoolNo: pool, SubId: axn.SubId })).toEqual({
      Success: true,
    });
    const legacyAxb = await bound(BindAXB);
    const ended = await world.volc.send(UnbindAXB, { NumberPoolNo: pool, SubId: legacyAxb.SubId });
    expect(ended).toBe(true);
    const legacyAxn = await bound(BindAXN);
    expect(await world.volc.send(UnbindAXN, { NumberPoolNo: pool, SubId: legacyAxn.SubId })).toBe(true);
    const axne = await world.volc.send(BindAXNE, {
      NumberPoolNo: pool,
      PhoneNoA: A,
      ExpireTime: fromNow(600),
    });
    expect(await world.volc.send(UnbindAXNEV2, { NumberPoolNo: pool, SubId: axne.SubId })).toEqual({
      Success: true,
    });
  });

  it("an unbind naming another pool is SubscriptionEmpty", async () => {
    const pool = await world.pool(1);
    const other = await world.pool(0);
    const { SubId } = await world.volc.send(SelectNumberAndBindAXB, {
      NumberPoolNo: pool,
      PhoneNoA: A,
      ExpireTime: fromNow(600),
    });
    const error = await refusal(world.volc.send(UnbindAXBV2, { NumberPoolNo: other, SubId }));
    expect(error.code).toBe("SubscriptionEmpty");
  });

  it("a binding ends at its ExpireTime on the emulator's clock: its X is free again and queries find nothing", async () => {
    const pool = await world.pool(1);
    const expireTime = fromNow(120);
    const first = await world.volc.send(SelectNumberAndBindAXB, {
      NumberPoolNo: pool,
      PhoneNoA: A,
      ExpireTime: expireTime,
    });
    const busy = await refusal(
      world.volc.send(SelectNumberAndBindAXB, { NumberPoolNo: pool, PhoneNoA: B, ExpireTime: fromNow(600) }),
    );
    expect(busy.code).toBe("PhoneNoXOccupied");
    const numbers = await world.volc.send(NumberList, { NumberPoolNo: pool });
    expect(numbers.Records?.[0]?.CurrentBindCount).toBe(1);

    world.advance((expireTime + 1) * 1000 - Date.now());
    const gone = await refusal(
      world.volc.send(QuerySubscription, { NumberPoolNo: pool, SubId: first.SubId }),
    );
    expect(gone).toMatchObject({ code: "SubscriptionEmpty", status: 200 });
    const listed = await world.volc.send(QuerySubscriptionForList, { SubId: first.SubId });
    expect(listed.Records?.[0]).toMatchObject({ SubId: first.SubId, Status: BindingStatus.Unbound });
    const second = await world.volc.send(SelectNumberAndBindAXB, {
      NumberPoolNo: pool,
      PhoneNoA: B,
      ExpireTime: fromNow(600),
    });
    expect(second.PhoneNoX).toBe(first.PhoneNoX);
  });
});

describe("querying", () => {
  it("QuerySubscription reads a binding; an unknown one is SubscriptionEmpty", async () => {
    const pool = await world.pool(1);
    const expireTime = fromNow(3600);
    const { SubId, PhoneNoX } = await world.volc.send(SelectNumberAndBindAXB, {
      NumberPoolNo: pool,
      PhoneNoA: A,
      PhoneNoB: B,
      ExpireTime: expireTime,
      AudioRecordFlag: 0,
      CallDisplayType: 1,
      OutId: "order-9",
      UserData: "u",
    });
    const binding = await world.volc.send(QuerySubscription, { NumberPoolNo: pool, SubId });
    expect(binding).toEqual({
      SubId,
      PhoneNoA: A,
      PhoneNoB: B,
      PhoneNoX,
      Status: 1,
      RecordFlag: 0,
      EnableTime: Math.floor(Date.now() / 1000),
      ExpireTime: expireTime,
      CallDisplayType: 1,
      CallDisplayTypeName: "不透传",
      UserData: "u",
      OutId: "order-9",
    });
    const unknown = await refusal(world.volc.send(QuerySubscription, { NumberPoolNo: pool, SubId: "S000" }));
    expect(unknown).toMatchObject({ code: "SubscriptionEmpty", status: 200, retryable: false });
  });

  it("QuerySubscriptionForList filters by numbers, OutId and Status; its times come as numeric strings, as sent", async () => {
    const pool = await world.pool(3);
    const bind = (a: string, outId: string) =>
      world.volc.send(SelectNumberAndBindAXB, {
        NumberPoolNo: pool,
        PhoneNoA: a,
        PhoneNoB: B,
        ExpireTime: fromNow(600),
        OutId: outId,
      });
    const one = await bind(A, "o1");
    const two = await bind(A, "o2");
    await bind("13700000009", "o3");
    await world.volc.send(UnbindAXBV2, { NumberPoolNo: pool, SubId: one.SubId });
    const ids = async (input: object) =>
      (await world.volc.send(QuerySubscriptionForList, input)).Records?.map((r) => r.SubId);

    expect(await ids({ PhoneNoA: A })).toEqual([one.SubId, two.SubId]);
    expect(await ids({ PhoneNoA: A, Status: 1 })).toEqual([two.SubId]);
    expect(await ids({ OutId: "o3", NumberPoolNo: pool })).toHaveLength(1);
    expect(await ids({ PhoneNoX: two.PhoneNoX as string })).toEqual([two.SubId]);
    expect(await ids({ PhoneNoB: B, PhoneNoY: "13900000000" })).toEqual([]);
    const [record] = (await world.volc.send(QuerySubscriptionForList, { SubId: two.SubId })).Records ?? [];
    // The list sends its times as numeric strings, as the docs' sample does: handed over as they came.
    expect(record?.ExpireTime).toMatch(/^\d+$/);
    expect(record?.EnableTime).toMatch(/^\d+$/);
  });
});

describe("changing a binding", () => {
  it("UpgradeAXToAXB gives an AX binding its B; an AXB one is IllegalArgument", async () => {
    const pool = await world.pool(1);
    const ax = await world.volc.send(SelectNumberAndBindAXB, {
      NumberPoolNo: pool,
      PhoneNoA: A,
      ExpireTime: fromNow(600),
    });
    expect(ax.PhoneNoB).toBeUndefined();
    const upgraded = await world.volc.send(UpgradeAXToAXB, {
      NumberPoolNo: pool,
      SubId: ax.SubId,
      PhoneNoB: "02131075869",
      OutId: "o",
    });
    expect(upgraded).toEqual({
      SubId: ax.SubId,
      PhoneNoX: ax.PhoneNoX,
      PhoneNoXCityCode: "010",
      PhoneNoA: A,
      PhoneNoB: "02131075869",
      PhoneNoBCityCode: "021",
    });
    const twice = await refusal(
      world.volc.send(UpgradeAXToAXB, { NumberPoolNo: pool, SubId: ax.SubId, PhoneNoB: B }),
    );
    expect(twice).toMatchObject({ code: "IllegalArgument", status: 200 });
    const unknown = await refusal(
      world.volc.send(UpgradeAXToAXB, { NumberPoolNo: pool, SubId: "S0", PhoneNoB: B }),
    );
    expect(unknown.code).toBe("SubscriptionEmpty");
  });

  it("UpdateAXB changes what UpdateType names and answers true; B of an AX binding is IllegalArgument", async () => {
    const pool = await world.pool(2);
    const axb = await world.volc.send(SelectNumberAndBindAXB, {
      NumberPoolNo: pool,
      PhoneNoA: A,
      PhoneNoB: B,
      ExpireTime: fromNow(600),
    });
    const later = fromNow(7200);
    const base = { NumberPoolNo: pool, SubId: axb.SubId };
    expect(
      await world.volc.send(UpdateAXB, { ...base, UpdateType: "updateExpireTime", ExpireTime: later }),
    ).toBe(true);
    await world.volc.send(UpdateAXB, { ...base, UpdateType: "updateUserData", UserData: "new" });
    await world.volc.send(UpdateAXB, { ...base, UpdateType: "updateOutId", OutId: "o-2" });
    await world.volc.send(UpdateAXB, { ...base, UpdateType: "updatePhoneNoA", PhoneNoA: "13700000005" });
    await world.volc.send(UpdateAXB, { ...base, UpdateType: "updatePhoneNoB", PhoneNoB: "13800000006" });
    expect(await world.volc.send(QuerySubscription, base)).toMatchObject({
      ExpireTime: later,
      UserData: "new",
      OutId: "o-2",
      PhoneNoA: "13700000005",
      PhoneNoB: "13800000006",
    });

    const ax = await world.volc.send(SelectNumberAndBindAXB, {
      NumberPoolNo: pool,
      PhoneNoA: A,
      ExpireTime: fromNow(600),
    });
    const error = await refusal(
      world.volc.send(UpdateAXB, {
        NumberPoolNo: pool,
        SubId: ax.SubId,
        UpdateType: "updatePhoneNoB",
        PhoneNoB: B,
      }),
    );
    expect(error).toMatchObject({ code: "IllegalArgument", status: 200 });
    expect(error.message).toContain("UpgradeAXToAXB");
  });

  it("UpdateAXN changes an AXN binding; an AXB binding or an unknown UpdateType is refused", async () => {
    const pool = await world.pool(2);
    const axn = await world.volc.send(SelectNumberAndBindAXN, {
      NumberPoolNo: pool,
      PhoneNoA: A,
      ExpireTime: fromNow(600),
    });
    const base = { NumberPoolNo: pool, SubId: axn.SubId };
    expect(await world.volc.send(UpdateAXN, { ...base, UpdateType: "updatePhoneNoB", PhoneNoB: B })).toBe(
      true,
    );
    expect((await world.volc.send(QuerySubscription, base)).PhoneNoB).toBe(B);
    const odd = await refusal(world.volc.send(UpdateAXN, { ...base, UpdateType: "updateAutoCreateFlag" }));
    expect(odd.code).toBe("IllegalArgument");
    const axb = await world.volc.send(SelectNumberAndBindAXB, {
      NumberPoolNo: pool,
      PhoneNoA: A,
      ExpireTime: fromNow(600),
    });
    const wrongKind = await refusal(
      world.volc.send(UpdateAXN, {
        NumberPoolNo: pool,
        SubId: axb.SubId,
        UpdateType: "updateOutId",
        OutId: "o",
      }),
    );
    expect(wrongKind.code).toBe("SubscriptionEmpty");
  });
});

describe("AXYB", () => {
  it("BindAXYB binds A on X and B on Y; BindYBForAXYB adds a YB relation; UnbindAXYBV2 ends them all", async () => {
    const xPool = await world.pool(["01060000001"], 204);
    const yPool = await world.pool(["02160000001", "02160000002"], 204);
    const axyb = await world.volc.send(BindAXYB, {
      NumberPoolNo: xPool,
      NumberPoolNoY: yPool,
      PhoneNoA: A,
      PhoneNoB: B,
      ExpireTime: fromNow(3600),
      YbEnableDuration: 600,
    });
    expect(axyb).toEqual({
      SubId: expect.any(String),
      PhoneNoX: "01060000001",
      PhoneNoY: "02160000001",
      Status: 1,
      YbSubId: expect.any(String),
      YbStatus: 1,
    });
    const yb = await world.volc.send(BindYBForAXYB, {
      ParentSubId: axyb.SubId,
      NumberPoolNo: yPool,
      PhoneNoB: "13800000003",
      EnableDuration: 180,
    });
    expect(yb).toEqual({ SubId: expect.any(String), PhoneNoY: "02160000002", Status: 1 });
    const full = await refusal(
      world.volc.send(BindYBForAXYB, {
        ParentSubId: axyb.SubId,
        NumberPoolNo: yPool,
        PhoneNoB: B,
        EnableDuration: 180,
      }),
    );
    expect(full.code).toBe("PhoneNoXOccupied");
    const children = await world.volc.send(QuerySubscriptionForList, { PhoneNoA: A, Status: 1 });
    expect(children.Records?.filter((r) => r.ParentSubId === axyb.SubId)).toHaveLength(2);

    expect(await world.volc.send(UnbindAXYBV2, { NumberPoolNo: xPool, SubId: axyb.SubId })).toEqual({
      Success: true,
    });
    expect((await world.volc.send(QuerySubscriptionForList, { PhoneNoA: A, Status: 1 })).Total).toBe(0);
    const orphan = await refusal(
      world.volc.send(BindYBForAXYB, {
        ParentSubId: axyb.SubId,
        NumberPoolNo: yPool,
        PhoneNoB: B,
        EnableDuration: 180,
      }),
    );
    expect(orphan.code).toBe("SubscriptionEmpty");
  });

  it("BindAXYB without B, or with AutoCreateFlag 0, makes no YB relation; a missing Y leaves no half binding", async () => {
    const xPool = await world.pool(2, 204);
    const yPool = await world.pool(0, 204);
    const base = {
      NumberPoolNo: xPool,
      NumberPoolNoY: yPool,
      PhoneNoA: A,
      ExpireTime: fromNow(3600),
      YbEnableDuration: 60,
    };
    const alone = await world.volc.send(BindAXYB, base);
    expect(alone.YbSubId).toBeUndefined();
    const noAuto = await world.volc.send(BindAXYB, { ...base, PhoneNoB: B, AutoCreateFlag: 0 });
    expect(noAuto.YbSubId).toBeUndefined();
    await world.volc.send(UnbindAXYBV2, { NumberPoolNo: xPool, SubId: alone.SubId });
    const noY = await refusal(world.volc.send(BindAXYB, { ...base, PhoneNoB: B }));
    expect(noY.code).toBe("PhoneNoXOccupied");
    expect((await world.volc.send(QuerySubscriptionForList, { PhoneNoA: A, Status: 1 })).Total).toBe(1);
  });
});
