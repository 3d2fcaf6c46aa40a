// paginate over the emulator, in the two styles cen uses: PageNumber/PageSize/TotalCount
// (DescribeCens, DescribeCenBandwidthPackages with its 1–50 PageSize) and NextToken/MaxResults
// (ListTagsForResources). Stops: last page, empty page, repeated token; pages(); the caller's signal.
import { beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import type { AnyOperation, InputOf, OutputOf } from "../../../src/client/operation.js";
import { paginate, type Sender, VolcClient } from "../../../src/index.js";
import {
  CreateCen,
  CreateCenBandwidthPackage,
  DescribeCenBandwidthPackages,
  DescribeCens,
  ListTagsForResources,
  TagResources,
} from "../../../src/services/cen/index.js";
import {
  createEmulator,
  EMULATOR_CREDENTIALS,
  type Emulator,
  emulatorTransport,
} from "../../../src/testing/index.js";

let emulator: Emulator;
let volc: VolcClient;
beforeEach(() => {
  emulator = createEmulator({ transitionMs: 0, quotas: { cens: 100, cenBandwidthPackages: 200 } });
  volc = new VolcClient({ transport: emulatorTransport(emulator), credentials: EMULATOR_CREDENTIALS });
});

const requests = (action: string) => emulator.stats.requestsByAction[action] ?? 0;
const collect = async <T>(items: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};
const makeCens = async (n: number) => {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await volc.send(CreateCen, {})).CenId);
  return ids;
};
const makePackages = async (n: number) => {
  for (let i = 0; i < n; i++) {
    await volc.send(CreateCenBandwidthPackage, {
      LocalGeographicRegionSetId: "China",
      PeerGeographicRegionSetId: "Asia",
    });
  }
};

/** A sender that answers through `volc`, changed by `edit` (a service misbehaving). */
const editing = (edit: (output: Record<string, unknown>) => Record<string, unknown>): Sender => ({
  async send<Op extends AnyOperation>(op: Op, ...args: unknown[]): Promise<OutputOf<Op>> {
    const [input, options] = args as [InputOf<Op>, undefined];
    return edit(
      (await volc.send(op as AnyOperation, input, options)) as Record<string, unknown>,
    ) as OutputOf<Op>;
  },
});

describe("PageNumber style", () => {
  it("DescribeCens: every item of every page, one request a page, none past TotalCount", async () => {
    const ids = await makeCens(25);
    const cens = await collect(paginate(volc, DescribeCens, { PageSize: 10 }));
    expect(cens.map((c) => c.CenId)).toEqual(ids);
    expect(requests("DescribeCens")).toBe(3);
  });

  it("stops at TotalCount on an exact multiple, without asking for an empty page", async () => {
    await makeCens(20);
    expect(await collect(paginate(volc, DescribeCens, { PageSize: 10 }))).toHaveLength(20);
    expect(requests("DescribeCens")).toBe(2);
  });

  it("DescribeCenBandwidthPackages: 50 a page at most, 10 by the service's default", async () => {
    await makePackages(120);
    const pages = await collect(paginate(volc, DescribeCenBandwidthPackages, { PageSize: 50 }).pages());
    expect(pages.map((p) => [p.PageNumber, p.CenBandwidthPackages?.length])).toEqual([
      [1, 50],
      [2, 50],
      [3, 20],
    ]);
    expect(await collect(paginate(volc, DescribeCenBandwidthPackages))).toHaveLength(120);
    expect(requests("DescribeCenBandwidthPackages")).toBe(3 + 12);
    await expect(
      collect(paginate(volc, DescribeCenBandwidthPackages, { PageSize: 51 })),
    ).rejects.toMatchObject({
      name: "ValidationError",
      issues: [{ path: "PageSize", message: "must be 1–50; got 51" }],
    });
  });

  it("starts at the input's PageNumber, and stops on an empty page even when TotalCount says more", async () => {
    const ids = await makeCens(5);
    expect(
      (await collect(paginate(volc, DescribeCens, { PageSize: 2, PageNumber: 2 }))).map((c) => c.CenId),
    ).toEqual(ids.slice(2));
    const lying = editing((page) => ({ ...page, TotalCount: 1000 }));
    expect(await collect(paginate(lying, DescribeCens, { PageSize: 2 }))).toHaveLength(5);
    expect(requests("DescribeCens")).toBe(2 + 4); // 3 pages with items, then one empty page
  });

  it("fetches no more pages once the loop breaks", async () => {
    await makeCens(10);
    for await (const _ of paginate(volc, DescribeCens, { PageSize: 3 })) break;
    expect(requests("DescribeCens")).toBe(1);
  });
});

describe("NextToken style", () => {
  it("ListTagsForResources: follows NextToken until it comes back empty", async () => {
    const [CenId = ""] = await makeCens(1);
    const tags = Array.from({ length: 20 }, (_, i) => ({
      Key: `k${String(i).padStart(2, "0")}`,
      Value: "v",
    }));
    await volc.send(TagResources, { ResourceType: "cen", ResourceIds: [CenId], Tags: tags });
    await volc.send(TagResources, { ResourceType: "cen", ResourceIds: [CenId], Tags: [{ Key: "last" }] });
    const items = await collect(
      paginate(volc, ListTagsForResources, { ResourceType: "cen", MaxResults: 10 }),
    );
    expect(items.map((t) => t.TagKey)).toEqual([...tags.map((t) => t.Key), "last"]);
    expect(requests("ListTagsForResources")).toBe(3);
    const pages = await collect(
      paginate(volc, ListTagsForResources, { ResourceType: "cen", MaxResults: 10 }).pages(),
    );
    expect(pages.map((p) => p.NextToken)).toEqual(["pos-10", "pos-20", ""]);
  });

  it("stops on a repeated token instead of looping", async () => {
    const [CenId = ""] = await makeCens(1);
    await volc.send(TagResources, {
      ResourceType: "cen",
      ResourceIds: [CenId],
      Tags: [{ Key: "a" }, { Key: "b" }, { Key: "c" }],
    });
    const stuck = editing((page) => ({ ...page, NextToken: "pos-1" }));
    const items = await collect(
      paginate(stuck, ListTagsForResources, { ResourceType: "cen", MaxResults: 1 }),
    );
    expect(items.map((t) => t.TagKey)).toEqual(["a", "b"]);
    expect(requests("ListTagsForResources")).toBe(2);
  });

  it("stops on an empty page even with a token", async () => {
    await makeCens(1);
    const endless = editing((page) => ({ ...page, NextToken: `t-${Math.random()}` }));
    expect(await collect(paginate(endless, ListTagsForResources, { ResourceType: "cen" }))).toEqual([]);
    expect(requests("ListTagsForResources")).toBe(1);
  });
});

describe("signal and options", () => {
  it("stops at once when the caller's signal aborts, with its reason: no item of the page at hand, no request", async () => {
    await makeCens(6);
    const controller = new AbortController();
    const seen: string[] = [];
    const walk = (async () => {
      for await (const cen of paginate(volc, DescribeCens, { PageSize: 2 }, { signal: controller.signal })) {
        seen.push(cen.CenId);
        if (seen.length === 3) controller.abort();
      }
    })();
    await expect(walk).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toHaveLength(3);
    expect(requests("DescribeCens")).toBe(2);
  });

  it("takes only operations that page", () => {
    // @ts-expect-error CreateCen does not page
    const notPaged = () => paginate(volc, CreateCen);
    expect(notPaged).toBeTypeOf("function");
    expectTypeOf(paginate(volc, DescribeCens)).toExtend<AsyncIterable<{ CenId: string }>>();
  });
});
