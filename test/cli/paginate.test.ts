// --paginate: every item of every page, streamed. First through a paged operation and emulator handler
// defined only here (fixtures/widgets.ts), then through every paged operation the services export.
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { discoverServices } from "../../src/cli/registry.js";
import { SERVICE_MODULES } from "../../src/cli/services.generated.js";
import { validateInput } from "../../src/client/validate.js";
import type { ValidationError } from "../../src/errors.js";
import { defineHandler } from "../../src/testing/handler.js";
import { createEmulator, type RunningEmulator } from "../../src/testing/index.js";
import { pageByNumber } from "../../src/testing/store/paging.js";
import { ListWidgets } from "./fixtures/widgets.js";
import { runBin, serveEmulator } from "./run-bin.js";

const WITH_WIDGETS = fileURLToPath(new URL("./fixtures/cli-with-widgets.ts", import.meta.url));
const WIDGETS = Array.from({ length: 23 }, (_, i) => ({ WidgetId: `w-${i + 1}`, Size: i % 4 }));

const listWidgets = defineHandler({
  operation: ListWidgets,
  issueRules: [],
  handle(input) {
    const { page, ...paging } = pageByNumber(WIDGETS, input, 10);
    return { Widgets: page, ...paging };
  },
});

const served = serveEmulator({ emulator: createEmulator({ handlers: [listWidgets] }) });
let server: RunningEmulator;
let env: Record<string, string>;
beforeAll(() => {
  ({ server, env } = served);
});

describe("--paginate through a paged operation defined in the test", () => {
  it("writes every item of every page as one JSON array, one request per page", async () => {
    const before = server.emulator.stats.requestsByAction.ListWidgets ?? 0;
    const run = await runBin(["demo", "ListWidgets", "--PageSize", "5", "--paginate"], {
      env,
      script: WITH_WIDGETS,
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(WIDGETS);
    expect((server.emulator.stats.requestsByAction.ListWidgets ?? 0) - before).toBe(5);
  });

  it("starts where the input says, and --query runs over all the items", async () => {
    const run = await runBin(
      [
        "demo",
        "ListWidgets",
        "--PageNumber",
        "2",
        "--PageSize",
        "10",
        "--paginate",
        "--query",
        "[?Size==`0`].WidgetId",
      ],
      { env, script: WITH_WIDGETS },
    );
    expect(JSON.parse(run.stdout)).toEqual(["w-13", "w-17", "w-21"]);
  });

  it("streams YAML and text, item by item", async () => {
    const yaml = await runBin(["demo", "ListWidgets", "--paginate", "--output", "yaml"], {
      env,
      script: WITH_WIDGETS,
    });
    expect(yaml.stdout.split("\n").filter((l) => l.startsWith("- WidgetId:"))).toHaveLength(23);
    const text = await runBin(["demo", "ListWidgets", "--paginate", "--output", "text"], {
      env,
      script: WITH_WIDGETS,
    });
    expect(text.stdout.split("\n").slice(0, 2)).toEqual(["w-1\t0", "w-2\t1"]);
  });

  it("--dry-run prints the first page's request and sends nothing", async () => {
    const before = server.emulator.stats.requests;
    const run = await runBin(["demo", "ListWidgets", "--paginate", "--dry-run"], {
      env,
      script: WITH_WIDGETS,
    });
    expect(run.stdout.split("\n")[0]).toBe(`GET ${server.url}/?Action=ListWidgets&Version=2026-01-01`);
    expect(server.emulator.stats.requests).toBe(before);
  });
});

describe("a named waiter as a command", () => {
  it("waits until the state is reached and prints the last answer", async () => {
    const run = await runBin(
      ["demo", "waitUntilWidgetListed", "--WidgetId", "w-3", "--query", "length(Widgets)"],
      {
        env,
        script: WITH_WIDGETS,
      },
    );
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("23\n");
  });

  it("exits with 1 when --wait-timeout runs out", async () => {
    const run = await runBin(
      ["demo", "waitUntilWidgetListed", "--WidgetId", "w-99", "--wait-timeout", "0.3"],
      {
        env,
        script: WITH_WIDGETS,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("widget w-99 to be listed");
  });
});

// Every paged operation the services export; those whose parameters are all optional are walked for
// real, the others must at least refuse to send without their required parameters.
const paged = discoverServices(SERVICE_MODULES).flatMap((service) =>
  [...service.operations.values()].filter((op) => op.paging).map((op) => ({ service: service.name, op })),
);

describe.skipIf(paged.length === 0)("--paginate on every paged operation", () => {
  it.each(paged.map(({ service, op }) => ({ name: `${service} ${op.action}`, service, op })))(
    "$name",
    async ({ service, op }) => {
      const run = await runBin([service, op.action, "--paginate"], { env });
      let issues: readonly { path: string; message: string }[] = [];
      try {
        validateInput(op, {});
      } catch (error) {
        issues = (error as ValidationError).issues;
      }
      if (issues.length > 0) {
        expect(run.code).toBe(2);
        for (const issue of issues) expect(run.stderr).toContain(`  - ${issue.path}: ${issue.message}`);
      } else {
        expect(run.stderr).toBe("");
        expect(run.code).toBe(0);
        expect(Array.isArray(JSON.parse(run.stdout))).toBe(true);
      }
    },
  );
});
