// What a user's editor shows, asked of the TypeScript language service in a consumer project that
// installed the packed tarball: each parameter and result field carries its description on hover, and
// an operation reads as its input and result types, not as zod's internals.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PackedConsumer, packIntoConsumer } from "../../scripts/packed.js";

const CONSUMER = `import { paginate, VolcClient } from "volcengine-ts";
import { CreateCenBandwidthPackage, DescribeCens, waitUntilCenAvailable } from "volcengine-ts/cen";
import { CreateNumberPool, SelectNumberAndBindAXB } from "volcengine-ts/vms";

const volc = new VolcClient();
const pkg = await volc.send(CreateCenBandwidthPackage, {
  LocalGeographicRegionSetId: "China",
  PeerGeographicRegionSetId: "Asia",
  Bandwidth: 10,
  Tags: [{ Key: "env", Value: "prod" }],
});
pkg.CenBandwidthPackageId;
const pool = await volc.send(CreateNumberPool, { Name: "pool", ServiceType: 100, SubServiceType: 101 });
pool.NumberPoolNo;
for await (const cen of paginate(volc, DescribeCens, { PageSize: 50, TagFilters: [{ Key: "env" }] })) {
  cen.Status;
}
await waitUntilCenAvailable(volc, { CenId: "cen-1" });
const bound = await volc.send(SelectNumberAndBindAXB, {
  NumberPoolNo: "NP1", PhoneNoA: "13700000001", ExpireTime: 2000000000, CityCode: "010", OutId: "order-1",
});
bound.SubId;
`;

let installed: PackedConsumer | undefined;
let service: ts.LanguageService;
let file: string;

beforeAll(() => {
  installed = packIntoConsumer();
  file = join(installed.consumer, "consumer.ts");
  writeFileSync(file, CONSUMER);
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    strict: true,
    types: ["node"],
  };
  service = ts.createLanguageService({
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const text = ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => installed?.consumer ?? "",
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
  });
}, 120_000);

afterAll(() => {
  if (installed) rmSync(installed.work, { recursive: true, force: true });
});

/** The hover of the `nth` occurrence (from 1) of the whole word `word` in the consumer file. */
function hover(word: string, nth = 1): { signature: string; docs: string } {
  const text = readFileSync(file, "utf8");
  const at = [...text.matchAll(new RegExp(`\\b${word}\\b`, "g"))][nth - 1]?.index ?? -1;
  const info = service.getQuickInfoAtPosition(file, at + 1);
  return {
    signature: ts.displayPartsToString(info?.displayParts),
    docs: ts.displayPartsToString(info?.documentation),
  };
}

describe("the published types, as an editor shows them", () => {
  it("compile in the consumer without errors", () => {
    const problems = [...service.getSyntacticDiagnostics(file), ...service.getSemanticDiagnostics(file)];
    expect(problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  });

  it.each([
    [
      "Bandwidth",
      1,
      "(property) Bandwidth?: number | undefined",
      "Peak bandwidth in Mbps, 2–10000 (default 2).",
    ],
    [
      "LocalGeographicRegionSetId",
      1,
      'LocalGeographicRegionSetId: "China" | "Asia"',
      "Local end of the package",
    ],
    ["Key", 1, "(property) Key: string", "1–128 characters"],
    // Fields of a group shared by several operations (services/vms/bindings/groups.ts), and the
    // operation's own ones beside them.
    ["ExpireTime", 1, "(property) ExpireTime: number", "When the binding ends: Unix seconds"],
    ["CityCode", 1, "(property) CityCode?: string | undefined", "Pick X in this city"],
    ["OutId", 1, "(property) OutId?: string | undefined", "at most 128 characters"],
    ["SubId", 1, "(property) SubId: string", "The binding's id"],
    ["CenBandwidthPackageId", 1, "(property) CenBandwidthPackageId: string", "Id of the new package"],
    ["Name", 1, "(property) Name: string", "Pool name, 1–32 characters."],
    ["NumberPoolNo", 1, "(property) NumberPoolNo: string", "the id later calls take"],
    ["PageSize", 1, "(property) PageSize?: number | undefined", "CENs per page, 1–100 (default 20)."],
    ["Key", 2, "(property) Key: string", "Tag key the resource must have."],
    [
      "Status",
      1,
      "(property) Status?:",
      "`Creating`, `Deleting`, `Pending` (being configured) or `Available`.",
    ],
  ])("%s shows its description", (word, nth, signature, docs) => {
    const shown = hover(word, nth);
    expect(shown.signature).toContain(signature);
    expect(shown.docs).toContain(docs);
  });

  it("shows an operation as its input and result types", () => {
    const shown = hover("CreateCenBandwidthPackage", 2);
    expect(shown.signature).toContain(
      "const CreateCenBandwidthPackage: Operation<CreateCenBandwidthPackageInput, CreateCenBandwidthPackageOutput>",
    );
    expect(shown.docs).toContain("creates a CEN bandwidth package");
    expect(hover("send", 1).signature).not.toMatch(/Zod/);
    expect(hover("DescribeCens", 2).signature).toContain(
      'const DescribeCens: PagedOperation<DescribeCensInput, DescribeCensOutput, "Cens">',
    );
    expect(hover("waitUntilCenAvailable", 2).docs).toContain("Waits until a CEN is `Available`");
  });
});
