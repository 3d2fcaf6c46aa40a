// Every operation and waiter that the service entries export is a command of the built bin, with its
// help, its JSON Schema and its completions; no list is kept by hand, so merged services are covered too.
import { beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import catalogData from "../../src/cli/catalog.generated.json" with { type: "json" };
import type { Catalog } from "../../src/cli/catalog.js";
import { discoverServices } from "../../src/cli/registry.js";
import { inputJsonSchema } from "../../src/cli/schema.js";
import { SERVICE_MODULES } from "../../src/cli/services.generated.js";
import type { AnyOperation } from "../../src/client/operation.js";
import { validateInput } from "../../src/client/validate.js";
import { ValidationError, type ValidationIssue } from "../../src/errors.js";
import type { RunningEmulator } from "../../src/testing/index.js";
import { runBin, serveEmulator } from "./run-bin.js";

const catalog = catalogData as Catalog;
const services = discoverServices(SERVICE_MODULES);
const operations = services.flatMap((service) =>
  [...service.operations.values()].map((op) => ({
    name: `${service.name} ${op.action}`,
    service: service.name,
    op,
  })),
);

const served = serveEmulator();
let server: RunningEmulator;
let env: Record<string, string>;
beforeAll(() => {
  ({ server, env } = served);
});

describe("every exported operation is a command", () => {
  it("the services export operations, each described in the catalog with every parameter", () => {
    expect(operations.length).toBeGreaterThanOrEqual(3);
    for (const { service, op } of operations) {
      const docs = catalog.services[service]?.operations[op.action];
      expect(docs?.summary, `${service} ${op.action} has a summary`).toBeTruthy();
      const schema = inputJsonSchema(op, docs);
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        expect(property.description, `${service} ${op.action} ${name} is described`).toBeTruthy();
      }
    }
  });

  it.each(operations)(
    "$name: routed, validated by its own schema, sent as the SDK sends it",
    async ({ service, op }) => {
      const run = await runBin([service, op.action, "--cli-input-json", "{}", "--dry-run"], { env });
      const required =
        (
          z.toJSONSchema(op.input as z.core.$ZodType, { unrepresentable: "any", io: "output" }) as {
            required?: string[];
          }
        ).required ?? [];
      const issues = issuesOfEmpty(op);
      if (issues.length === 0) {
        expect(run.code).toBe(0);
        expect(run.stdout).toContain(`Action=${op.action}&`);
      } else {
        // Refused before sending with the SDK's own issues: missing parameters, and rules across fields.
        expect(run.code).toBe(2);
        for (const name of required)
          expect(run.stderr).toContain(`  - ${name}: required parameter is missing`);
        for (const issue of issues) expect(run.stderr).toContain(`  - ${issue.path}: ${issue.message}`);
      }
      expect(server.emulator.stats.requests).toBe(0);
    },
  );

  const examples = operations.filter(
    ({ service, op }) => catalog.services[service]?.operations[op.action]?.example,
  );
  it.each(examples)(
    "$name: its documented example reaches the emulator's handler",
    async ({ service, op }) => {
      const example = catalog.services[service]!.operations[op.action]!.example!;
      const args = example.flatMap((flag) => {
        const space = flag.indexOf(" ");
        return [flag.slice(0, space), flag.slice(space + 1).replace(/^'(.*)'$/s, "$1")];
      });
      const run = await runBin([service, op.action, ...args], { env });
      // Accepted, or refused by a business rule (an id that does not exist here): never refused as input.
      expect(run.stderr).not.toContain("nothing was sent");
      expect(run.stderr).not.toContain("InvalidActionOrVersion");
      if (run.code !== 0) expect(run.stderr).toMatch(/failed with [\w.]+ \(HTTP \d+\)/);
    },
  );
});

describe("help, schema and completion", () => {
  it("lists the services, and each service's operations and waiters with their summaries", async () => {
    const root = await runBin(["--help"]);
    expect(root.code).toBe(0);
    for (const service of services) {
      expect(root.stdout).toContain(`  ${service.name}  `);
      const listing = await runBin([service.name]);
      for (const action of service.operations.keys()) {
        const summary = catalog.services[service.name]?.operations[action]?.summary ?? "";
        expect(listing.stdout).toContain(`  ${action} `);
        expect(listing.stdout).toMatch(
          new RegExp(`^ {2}${action} +${escapeRegExp(summary.slice(0, 40))}`, "m"),
        );
      }
      for (const waiter of service.waiters.keys()) expect(listing.stdout).toContain(`  ${waiter}`);
    }
  });

  it("an action's help lists its parameters with types, rules and an example", async () => {
    const run = await runBin(["cen", "CreateCenBandwidthPackage", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  --LocalGeographicRegionSetId "China" | "Asia"  (required)');
    expect(run.stdout).toContain("  --Bandwidth number\n      Peak bandwidth in Mbps, 2–10000 (default 2).");
    expect(run.stdout).toContain("  --Tags.N.Key string\n      1–128 characters");
    expect(run.stdout).toContain(
      "Example:\n  volcengine-ts cen CreateCenBandwidthPackage \\\n    --LocalGeographicRegionSetId China",
    );
  });

  it("schema prints zod's JSON Schema of the input with the descriptions attached", async () => {
    const run = await runBin(["schema", "cen", "CreateCenBandwidthPackage"]);
    const schema = JSON.parse(run.stdout);
    expect(schema).toMatchObject({
      type: "object",
      required: ["LocalGeographicRegionSetId", "PeerGeographicRegionSetId"],
      additionalProperties: false,
      properties: {
        PeriodUnit: {
          type: "string",
          enum: ["Month", "Year"],
          description: expect.stringContaining("Unit of"),
        },
        Tags: {
          type: "array",
          items: { properties: { Key: { description: expect.stringContaining("1–128") } } },
        },
      },
    });
  });

  it("completion scripts call back into the program, which completes services, actions and flags", async () => {
    for (const shell of ["bash", "zsh", "fish"]) {
      const run = await runBin(["completion", shell]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("volcengine-ts __complete");
    }
    const servicesList = await runBin(["__complete", "c"]);
    expect(servicesList.stdout.split("\n")).toContain("completion\ta shell completion script");
    expect(servicesList.stdout).toMatch(/^cen\t/m);
    const actions = await runBin(["__complete", "vms", "Cre"]);
    expect(actions.stdout).toMatch(/^CreateNumberPool\tCreates a number pool\.$/m);
    const flags = await runBin(["__complete", "cen", "CreateCenBandwidthPackage", "--Ta"]);
    expect(flags.stdout.split("\n").map((l) => l.split("\t")[0])).toEqual([
      "--Tags",
      "--Tags.1.Key",
      "--Tags.1.Value",
      "",
    ]);
    const output = await runBin(["__complete", "vms", "CreateNumberPool", "--output", ""]);
    expect(output.stdout).toBe("json\nyaml\ntable\ntext\n");
    const bad = await runBin(["completion", "tcsh"]);
    expect(bad.code).toBe(2);
  });
});

/** The issues `validateInput` finds in an empty input: what the command line must refuse it with. */
function issuesOfEmpty(op: AnyOperation): readonly ValidationIssue[] {
  try {
    validateInput(op, {});
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
