// paginate over the vms lists, which page by Offset/Limit/Total: every item once, no request past the
// last page, none after an empty page, whole pages from pages(), and a caller's abort honoured.
import { beforeEach, describe, expect, it } from "vitest";
import { paginate } from "../../../src/index.js";
import {
  CreateNumberPool,
  NumberList,
  NumberPoolList,
  QuerySubscriptionForList,
  SelectNumberAndBindAXB,
} from "../../../src/services/vms/index.js";
import { fromNow, type PrivacyWorld, privacyWorld } from "./privacy-setup.js";

let world: PrivacyWorld;
beforeEach(() => {
  world = privacyWorld();
});

const requests = (action: string) => world.emulator.stats.requestsByAction[action] ?? 0;

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("paginate on Offset/Limit/Total", () => {
  it("NumberPoolList: every pool once, and no request after the last page", async () => {
    for (let i = 0; i < 5; i++) {
      await world.volc.send(CreateNumberPool, { Name: `p${i}`, ServiceType: 200, SubServiceType: 201 });
    }
    const pools = await collect(paginate(world.volc, NumberPoolList, { Limit: 2 }));
    expect(pools.map((p) => p.NumberPoolName)).toEqual(["p0", "p1", "p2", "p3", "p4"]);
    expect(requests("NumberPoolList")).toBe(3);
  });

  it("NumberList: pages() gives each whole page, from the Offset asked for", async () => {
    const pool = await world.pool(7);
    const pages = await collect(
      paginate(world.volc, NumberList, { NumberPoolNo: pool, Limit: 3, Offset: 1 }).pages(),
    );
    expect(pages.map((p) => [p.Offset, p.Records?.length, p.Total])).toEqual([
      [1, 3, 7],
      [4, 3, 7],
    ]);
    expect(requests("NumberList")).toBe(2);
  });

  it("QuerySubscriptionForList: stops when Total is reached exactly", async () => {
    const pool = await world.pool(4);
    for (let i = 0; i < 4; i++) {
      await world.volc.send(SelectNumberAndBindAXB, {
        NumberPoolNo: pool,
        PhoneNoA: "13700000001",
        ExpireTime: fromNow(600),
      });
    }
    const bindings = await collect(
      paginate(world.volc, QuerySubscriptionForList, { PhoneNoA: "13700000001", Limit: 2 }),
    );
    expect(new Set(bindings.map((b) => b.SubId)).size).toBe(4);
    expect(requests("QuerySubscriptionForList")).toBe(2);
  });

  it("stops on an empty page", async () => {
    const pool = await world.pool(2);
    const pages = await collect(paginate(world.volc, NumberList, { NumberPoolNo: pool, Offset: 5 }).pages());
    expect(pages).toHaveLength(1);
    expect(pages[0]?.Records).toEqual([]);
    expect(requests("NumberList")).toBe(1);
  });

  it("honours the caller's signal between pages", async () => {
    const pool = await world.pool(6);
    const controller = new AbortController();
    const seen: string[] = [];
    const walk = async () => {
      for await (const n of paginate(
        world.volc,
        NumberList,
        { NumberPoolNo: pool, Limit: 2 },
        { signal: controller.signal },
      )) {
        seen.push(n.Number);
        controller.abort();
      }
    };
    await expect(walk()).rejects.toMatchObject({ name: "AbortError" });
    // The walk stops at once: not even the rest of the page at hand is handed out.
    expect(seen).toHaveLength(1);
    expect(requests("NumberList")).toBe(1);
  });
});
