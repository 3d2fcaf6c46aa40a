#!/usr/bin/env node
/**
 * `npm run test:node-matrix`: the test suite (vitest) on Node 20, 22 and 24, one after the other.
 *
 * Node 20 is this machine's `node` when it is a 20; every other version is the `node` package from the
 * npm registry (it ships the official binaries), run with `npm exec --package=node@N -- node …`, which
 * installs it once into npm's cache. vitest runs its workers with the same binary (`process.execPath`).
 *
 * Usage: `npm run test:node-matrix [-- --versions 22,24] [-- vitest args…]`. Exits non-zero when any
 * version fails; prints one summary line per version.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const VITEST = "node_modules/vitest/vitest.mjs";

const argv = process.argv.slice(2);
let versions = ["20", "22", "24"];
const at = argv.indexOf("--versions");
if (at !== -1) {
  versions = (argv[at + 1] ?? "").split(",").filter(Boolean);
  argv.splice(at, 2);
}
const vitestArgs = ["run", ...argv];

/** The command that runs `node args…` on Node `major`. */
function nodeCommand(major, args) {
  if (process.versions.node.split(".")[0] === major) return [process.execPath, args];
  return ["npm", ["exec", "--yes", `--package=node@${major}`, "--", "node", ...args]];
}

const summary = [];
for (const major of versions) {
  const [probeCmd, probeArgs] = nodeCommand(major, ["--version"]);
  const probe = spawnSync(probeCmd, probeArgs, { cwd: ROOT, encoding: "utf8" });
  const version = probe.stdout?.trim();
  if (probe.status !== 0 || !version?.startsWith(`v${major}.`)) {
    summary.push(
      `Node ${major}: could not get a Node ${major} binary (${(probe.stderr || version || "").trim().split("\n").at(-1)})`,
    );
    continue;
  }
  console.log(`\n==== Node ${version}: vitest ${vitestArgs.join(" ")} ====`);
  const started = Date.now();
  const [cmd, args] = nodeCommand(major, [VITEST, ...vitestArgs]);
  const run = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, CI: "true" } });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  summary.push(
    `Node ${version}: ${run.status === 0 ? "passed" : `FAILED (exit ${run.status})`} in ${seconds} s`,
  );
}

console.log(`\n==== node matrix ====\n${summary.join("\n")}`);
const allPassed = summary.length === versions.length && summary.every((line) => line.includes(": passed"));
process.exit(allPassed ? 0 : 1);
