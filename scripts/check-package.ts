/**
 * `npm run check:package` (after `npm run build`): checks the package as npm would publish it.
 *
 * 1. `npm pack`, and the tarball installed into a throwaway consumer project (`scripts/packed.ts`).
 * 2. publint, strict (warnings are errors), on the tarball.
 * 3. @arethetypeswrong/cli on the tarball, every entry point, every resolution mode (node10 included).
 * 4. Every entry of `exports` loaded with `require` and with `import` in fresh processes: both must load,
 *    export the same names, and include the names expected below. `volcengine-ts/fetch` must not load
 *    undici.
 * 5. The dual package: an error thrown by the ESM build is `instanceof` the CJS build's class, and back.
 *
 * Exits non-zero when a step failed.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { packIntoConsumer, ROOT } from "./packed.js";

const BIN = join(ROOT, "node_modules", ".bin");

/** Names each entry must export (a smoke test that the right module is behind each path). */
const EXPECTED_EXPORTS: Record<string, readonly string[]> = {
  ".": ["VolcClient", "signRequest", "ValidationError", "ServiceError", "UndiciTransport", "FetchTransport"],
  "./fetch": ["VolcClient", "signRequest", "ValidationError", "ServiceError", "FetchTransport"],
  "./vms": ["CreateNumberPool", "ServiceType", "SubServiceType"],
  "./cen": ["CreateCenBandwidthPackage", "PeriodUnit", "BillingType"],
};

let failed = false;
const step = (title: string) => console.log(`\n-- ${title}`);
const fail = (message: string) => {
  console.error(`FAIL: ${message}`);
  failed = true;
};

/** Runs a command, echoing its output; returns whether it succeeded. */
function run(command: string, args: readonly string[]): boolean {
  const result = spawnSync(command, args, { encoding: "utf8" });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`
    .split("\n")
    .filter((line) => !line.includes('Unknown user config "nodedir"') && !line.includes("npm warn"))
    .join("\n")
    .trim();
  if (output) console.log(output);
  return result.status === 0;
}

const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { exports: object };

step("npm pack");
const { work, tarball, packed, consumer } = packIntoConsumer();
try {
  console.log(
    `${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} KiB packed`,
  );

  step("publint --strict");
  if (!run(join(BIN, "publint"), ["run", tarball, "--strict"])) fail("publint");

  step("attw (all entry points, all resolution modes)");
  if (!run(join(BIN, "attw"), [tarball, "--format", "table-flipped", "--no-emoji", "--no-color"]))
    fail("attw");

  step("every entry loads from CommonJS and ESM");
  for (const entry of Object.keys(manifest.exports).filter((key) => !key.endsWith(".json"))) {
    checkEntry(consumer, entry);
  }

  step("errors of one build are instances of the other build's classes");
  checkErrorBrands(consumer);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Loads `entry` with require and with import, each in a fresh node, and compares what they export. */
function checkEntry(cwd: string, entry: string): void {
  const specifier = entry === "." ? "volcengine-ts" : `volcengine-ts/${entry.slice(2)}`;
  const cjsScript = `
    const m = require(${JSON.stringify(specifier)});
    const undici = Object.keys(require.cache).some((f) => f.includes("/node_modules/undici/"));
    console.log(JSON.stringify({ names: Object.keys(m).sort(), undici }));`;
  const esmScript = `
    const m = await import(${JSON.stringify(specifier)});
    console.log(JSON.stringify({ names: Object.keys(m).filter((k) => k !== "default").sort() }));`;
  const cjs = loadIn(cwd, ["-e", cjsScript]);
  const esm = loadIn(cwd, ["--input-type=module", "-e", esmScript]);
  if (!cjs.ok) return void fail(`require(${specifier}): ${cjs.error}`);
  if (!esm.ok) return void fail(`import(${specifier}): ${esm.error}`);
  const cjsNames = (cjs.value.names as string[]).join(",");
  if (cjsNames !== (esm.value.names as string[]).join(",")) {
    return void fail(`${specifier} exports differ:\n  require: ${cjsNames}\n  import:  ${esm.value.names}`);
  }
  const names = cjs.value.names as string[];
  const missing = (EXPECTED_EXPORTS[entry] ?? []).filter((name) => !names.includes(name));
  if (missing.length > 0) return void fail(`${specifier} lacks ${missing.join(", ")}`);
  if (entry === "./fetch" && cjs.value.undici) return void fail(`${specifier} loaded undici`);
  if (names.length === 0) return void fail(`${specifier} exports nothing`);
  console.log(`ok  ${specifier.padEnd(28)} require + import, ${names.length} exports`);
}

/** Builds errors with each build and checks `instanceof` across them, both ways. */
function checkErrorBrands(cwd: string): void {
  const script = `
    import { createRequire } from "node:module";
    const esm = await import("volcengine-ts");
    const cjs = createRequire(process.cwd() + "/")("volcengine-ts");
    const cases = [];
    for (const [a, b] of [[esm, cjs], [cjs, esm]]) {
      const error = new a.ServiceError({ code: "X", status: 400, message: "m", retryable: false });
      cases.push(a.ServiceError !== b.ServiceError, error instanceof b.ServiceError, error instanceof b.VolcError,
        !(error instanceof b.ValidationError), new a.ClientClosedError("m") instanceof b.ClientClosedError);
    }
    console.log(JSON.stringify({ all: cases.every(Boolean), cases }));`;
  const result = loadIn(cwd, ["--input-type=module", "-e", script]);
  if (!result.ok) return void fail(`error brands: ${result.error}`);
  if (!result.value.all)
    return void fail(
      `an error of one build is not an instance of the other's class: ${JSON.stringify(result.value.cases)}`,
    );
  console.log("ok  ServiceError, VolcError, ClientClosedError recognised across the ESM and CJS builds");
}

function loadIn(
  cwd: string,
  args: readonly string[],
): { ok: true; value: Record<string, unknown> } | { ok: false; error: string } {
  const result = spawnSync(process.execPath, args, { cwd, encoding: "utf8" });
  if (result.status !== 0) {
    return { ok: false, error: (result.stderr || result.stdout).trim().split("\n").slice(0, 6).join("\n") };
  }
  try {
    return { ok: true, value: JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "") };
  } catch {
    return { ok: false, error: `unexpected output: ${result.stdout.slice(0, 300)}` };
  }
}

console.log(failed ? "\npackage checks FAILED" : "\npackage checks passed");
process.exit(failed ? 1 : 0);
