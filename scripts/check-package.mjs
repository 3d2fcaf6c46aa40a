#!/usr/bin/env node
/**
 * `npm run check:package` (after `npm run build`): checks the package as npm would publish it.
 *
 * 1. `npm pack` into a temporary folder.
 * 2. publint, strict (warnings are errors), on the tarball.
 * 3. @arethetypeswrong/cli on the tarball, every entry point, every resolution mode (node10 included).
 * 4. The tarball unpacked into a temporary `node_modules/volcengine-ts`, with its `dependencies` and
 *    `peerDependencies` linked from this repository's `node_modules` (so no network and nothing else:
 *    an import of an undeclared package fails), then every entry of `exports` loaded with `require`
 *    and with `import` in fresh processes: both must load, export the same names, and include the names
 *    expected below. `volcengine-ts/fetch` must not load undici.
 *
 * Exits non-zero on the first failed step.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "node_modules", ".bin");

/** Names each entry must export (a smoke test that the right module is behind each path). */
const EXPECTED_EXPORTS = {
  ".": ["VolcClient", "signRequest", "ValidationError", "ServiceError", "UndiciTransport", "FetchTransport"],
  "./fetch": ["VolcClient", "signRequest", "ValidationError", "ServiceError", "FetchTransport"],
  "./vms": ["CreateNumberPool", "ServiceType", "SubServiceType"],
  "./cen": ["CreateCenBandwidthPackage", "PeriodUnit", "BillingType"],
};

let failed = false;
const step = (title) => console.log(`\n-- ${title}`);
const fail = (message) => {
  console.error(`FAIL: ${message}`);
  failed = true;
};

/** Runs a command, echoing its output; returns whether it succeeded. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", ...options });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`
    .split("\n")
    .filter((line) => !line.includes('Unknown user config "nodedir"') && !line.includes("npm warn"))
    .join("\n")
    .trim();
  if (output) console.log(output);
  return result.status === 0;
}

const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
if (!existsSync(join(ROOT, "dist"))) {
  console.error("dist/ is missing: run `npm run build` first");
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), "volcengine-ts-package-"));
try {
  step("npm pack");
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", work], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  )[0];
  const tarball = join(work, packed.filename);
  console.log(
    `${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} KiB packed`,
  );

  step("publint --strict");
  if (!run(join(BIN, "publint"), ["run", tarball, "--strict"])) fail("publint");

  step("attw (all entry points, all resolution modes)");
  if (!run(join(BIN, "attw"), [tarball, "--format", "table-flipped", "--no-emoji", "--no-color"]))
    fail("attw");

  step("every entry loads from CommonJS and ESM");
  const consumer = join(work, "consumer");
  const installed = join(consumer, "node_modules", "volcengine-ts");
  mkdirSync(installed, { recursive: true });
  writeFileSync(join(consumer, "package.json"), '{ "name": "consumer", "private": true }\n');
  execFileSync("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
  const packedManifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  const wanted = { ...packedManifest.peerDependencies, ...packedManifest.dependencies };
  for (const name of Object.keys(wanted)) {
    const from = join(ROOT, "node_modules", name);
    if (!existsSync(from)) {
      fail(`${name} (a dependency of the package) is not installed here: run npm ci`);
      continue;
    }
    const to = join(consumer, "node_modules", name);
    mkdirSync(dirname(to), { recursive: true });
    symlinkSync(from, to, "dir");
  }
  const entries = Object.keys(manifest.exports).filter((key) => !key.endsWith(".json"));
  for (const entry of entries) checkEntry(consumer, entry);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Loads `entry` with require and with import, each in a fresh node, and compares what they export. */
function checkEntry(consumer, entry) {
  const specifier = entry === "." ? "volcengine-ts" : `volcengine-ts/${entry.slice(2)}`;
  const cjsScript = `
    const m = require(${JSON.stringify(specifier)});
    const undici = Object.keys(require.cache).some((f) => f.includes("/node_modules/undici/"));
    console.log(JSON.stringify({ names: Object.keys(m).sort(), undici }));`;
  const esmScript = `
    const m = await import(${JSON.stringify(specifier)});
    console.log(JSON.stringify({ names: Object.keys(m).filter((k) => k !== "default").sort() }));`;
  const cjs = loadIn(consumer, ["-e", cjsScript]);
  const esm = loadIn(consumer, ["--input-type=module", "-e", esmScript]);
  if (!cjs.ok) return fail(`require(${specifier}): ${cjs.error}`);
  if (!esm.ok) return fail(`import(${specifier}): ${esm.error}`);
  const cjsNames = cjs.value.names.join(",");
  if (cjsNames !== esm.value.names.join(",")) {
    return fail(
      `${specifier} exports differ:\n  require: ${cjsNames}\n  import:  ${esm.value.names.join(",")}`,
    );
  }
  const missing = (EXPECTED_EXPORTS[entry] ?? []).filter((name) => !cjs.value.names.includes(name));
  if (missing.length > 0) return fail(`${specifier} lacks ${missing.join(", ")}`);
  if (entry === "./fetch" && cjs.value.undici) return fail(`${specifier} loaded undici`);
  if (cjs.value.names.length === 0) return fail(`${specifier} exports nothing`);
  console.log(`ok  ${specifier.padEnd(28)} require + import, ${cjs.value.names.length} exports`);
}

function loadIn(cwd, args) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: "utf8" });
  if (result.status !== 0)
    return { ok: false, error: (result.stderr || result.stdout).trim().split("\n").slice(0, 6).join("\n") };
  try {
    return { ok: true, value: JSON.parse(result.stdout.trim().split("\n").at(-1)) };
  } catch {
    return { ok: false, error: `unexpected output: ${result.stdout.slice(0, 300)}` };
  }
}

console.log(failed ? "\npackage checks FAILED" : "\npackage checks passed");
process.exit(failed ? 1 : 0);
