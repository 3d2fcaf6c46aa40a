// Number pools and numbers in the emulator: create, update both ways, list with filters; numbers
// seeded, listed, filtered, disabled and enabled again.
import { beforeEach, describe, expect, it } from "vitest";
import { ServiceError } from "../../../src/index.js";
import {
  CreateNumberPool,
  EnableCode,
  EnableOrDisableNumber,
  NumberList,
  NumberPoolList,
  NumberStatusCode,
  NumberTypeCode,
  SubServiceType,
  UpdateNumberPool,
  UpdateNumberPoolV2,
} from "../../../src/services/vms/index.js";
import { type PrivacyWorld, privacyWorld } from "./privacy-setup.js";

let world: PrivacyWorld;
beforeEach(() => {
  world = privacyWorld();
});

describe("number pools", () => {
  it("UpdateNumberPoolV2 renames a pool and answers { Success: true }", async () => {
    const pool = await world.pool(0);
    const answer = await world.volc.send(UpdateNumberPoolV2, { NumberPoolNo: pool, Name: "orders" });
    expect(answer).toEqual({ Success: true });
    expect(answer.$metadata.requestId).toMatch(/\w+/);
    expect(world.emulator.state.numberPools.get(pool)?.Name).toBe("orders");
  });

  it("UpdateNumberPool answers a bare true, which the client resolves as is", async () => {
    const pool = await world.pool(0);
    const answer = await world.volc.send(UpdateNumberPool, {
      NumberPoolNo: pool,
      ServiceType: 200,
      SubServiceType: SubServiceType.Axn,
    });
    expect(answer).toBe(true);
    expect(world.emulator.state.numberPools.get(pool)).toMatchObject({ Name: "pool", SubServiceType: 202 });
  });

  it.each([
    ["UpdateNumberPoolV2", UpdateNumberPoolV2, { Name: "x" }],
    ["UpdateNumberPool", UpdateNumberPool, {}],
  ] as const)("%s of an unknown pool is IllegalArgument inside HTTP 200", async (_name, op, extra) => {
    const error = await world.volc
      .send(op, { NumberPoolNo: "NP0000000000", ...extra })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: "IllegalArgument", status: 200, retryable: false });
    expect((error as ServiceError).message).toContain("NP0000000000");
  });

  it("NumberPoolList filters by number, name part and types, with each pool's number count", async () => {
    const axb = await world.pool(3);
    const axn = await world.pool(1, SubServiceType.Axn);
    await world.volc.send(UpdateNumberPoolV2, { NumberPoolNo: axn, Name: "axn orders" });
    await world.volc.send(CreateNumberPool, { Name: "sip", ServiceType: 100, SubServiceType: 101 });
    const list = async (input: object) =>
      (await world.volc.send(NumberPoolList, input)).Records?.map((p) => p.NumberPoolNo);

    const all = await world.volc.send(NumberPoolList, {});
    expect(all).toMatchObject({ Total: 3, Offset: 0, Limit: 20 });
    expect(all.Records?.[0]).toEqual({
      NumberPoolNo: axb,
      NumberPoolName: "pool",
      ServiceType: 200,
      ServiceTypeName: "隐私号",
      SubServiceType: 201,
      SubServiceTypeName: "AXB",
      NumberCount: 3,
    });
    expect(await list({ ServiceType: 200 })).toEqual([axb, axn]);
    expect(await list({ SubServiceType: 202 })).toEqual([axn]);
    expect(await list({ NumberPoolName: "orders" })).toEqual([axn]);
    expect(await list({ NumberPoolNo: axb })).toEqual([axb]);
    expect(await list({ ServiceType: 100, SubServiceType: 201 })).toEqual([]);
  });
});

describe("numbers", () => {
  it("addNumbers generates fixed-line numbers over five cities, or takes the numbers given", async () => {
    const pool = await world.pool(0);
    const generated = world.emulator.addNumbers(pool, 6);
    expect(generated.map((n) => n.slice(0, n.startsWith("01") || n.startsWith("02") ? 3 : 4))).toEqual([
      "010",
      "021",
      "020",
      "0755",
      "0571",
      "010",
    ]);
    expect(new Set(generated).size).toBe(6);
    expect(world.emulator.addNumbers(pool, ["17192359307"])).toEqual(["17192359307"]);
    expect(() => world.emulator.addNumbers(pool, ["17192359307"])).toThrow(/already in pool/);
    expect(() => world.emulator.addNumbers("NP0", 1)).toThrow(/no number pool NP0/);
  });

  it("NumberList lists and filters numbers with their pool, status, kind and city", async () => {
    const pool = await world.pool(["01060000001", "17192359307"]);
    const other = await world.pool(["02160000002"], SubServiceType.Axn);
    const numbers = async (input: object) =>
      (await world.volc.send(NumberList, input)).Records?.map((n) => n.Number);

    const page = await world.volc.send(NumberList, { NumberPoolNo: pool });
    expect(page).toMatchObject({ Total: 2, Offset: 0, Limit: 20 });
    expect(page.Records?.[0]).toMatchObject({
      Number: "01060000001",
      NumberStatusCode: NumberStatusCode.InUse,
      NumberTypeCode: NumberTypeCode.FixedLine,
      NumberLocation: "北京",
      NumberPoolNo: pool,
      NumberPoolName: "pool",
      NumberPoolTypeCode: 201,
      ServiceTypeCode: 200,
      CurrentBindCount: 0,
    });
    expect(page.Records?.[1]).toMatchObject({ Number: "17192359307", NumberTypeCode: NumberTypeCode.Mobile });
    expect(await numbers({ NumberTypeCode: 0 })).toEqual(["17192359307"]);
    expect(await numbers({ NumberPoolTypeCode: 202 })).toEqual(["02160000002"]);
    expect(await numbers({ NumberList: ["02160000002", "01060000001"] })).toEqual([
      "01060000001",
      "02160000002",
    ]);
    expect(await numbers({ NumberPoolNo: other, NumberStatusCode: 2 })).toEqual([]);
  });

  it("EnableOrDisableNumber disables and enables numbers, all or none, answering {}", async () => {
    const pool = await world.pool(["01060000001", "01060000002"]);
    const disabled = await world.volc.send(EnableOrDisableNumber, {
      NumberList: ["01060000001"],
      EnableCode: EnableCode.Disable,
    });
    expect(disabled).toEqual({});
    const statuses = async () =>
      (await world.volc.send(NumberList, { NumberPoolNo: pool })).Records?.map((n) => n.NumberStatusCode);
    expect(await statuses()).toEqual([2, 1]);

    const error = await world.volc
      .send(EnableOrDisableNumber, { NumberList: ["01060000002", "13999999999"], EnableCode: 2 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "IllegalArgument", status: 200 });
    expect((error as Error).message).toContain("13999999999");
    expect(await statuses()).toEqual([2, 1]);

    await world.volc.send(EnableOrDisableNumber, {
      NumberList: ["01060000001"],
      EnableCode: EnableCode.Enable,
    });
    expect(await statuses()).toEqual([1, 1]);
  });
});
