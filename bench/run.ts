/**
 * `npm run bench`: every figure of issue 5 measured side by side in one run, printed as one table with
 * the ratios and their goals, and the machine it ran on.
 *
 * 1. `signRequest` throughput against the minimal node:crypto signer and `@volcengine/openapi`'s signer
 *    (`bench/signer.ts`, built and run on plain `node`).
 * 2. Client CPU per `send` against a loopback server in another process, 16 calls in flight: ours, the
 *    floor (undici `request` + the minimal signer) and the two official SDKs (`bench/cpu/`).
 * 3. `examples/serverless.ts` and the same handler on each official SDK bundled alike (`bench/bundles.ts`).
 * 4. The cold start of each bundle, beside a bare `node -e 0`.
 *
 * Flags: `--quick` (fewer rounds, for a smoke run), `--write` (also write `bench/RESULTS.md`).
 * Progress goes to stderr, the table to stdout. Exits 1 when a goal is missed.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type BundleResult, bundleHandler, coldStarts, HANDLERS, type HandlerName } from "./bundles.js";
import { buildBenchProcesses } from "./cpu/build.js";
import {
  benchClientCpu,
  type ClientCpuOptions,
  type ClientCpuResult,
  DEFAULT_CLIENT_CPU_OPTIONS,
  pairedRatio,
} from "./cpu/client-cpu.js";
import { SHAPES } from "./cpu/workload.js";
import { machineLine } from "./machine.js";
import type { SignerBenchResult } from "./signer.js";

const OFFICIALS = ["@volcengine/openapi", "@volcengine/sdk-core"] as const;

/** One row of the table. */
interface Row {
  figure: string;
  ours: string;
  against: string;
  ratio: string;
  goal: string;
  /** undefined: a figure shown for context, with no goal of its own. */
  met?: boolean | undefined;
}

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const log = (line: string) => process.stderr.write(`${line}\n`);

const fmtRatio = (r: number) =>
  r >= 10 ? `${r.toFixed(0)}×` : r >= 1 ? `${r.toFixed(2)}×` : `${r.toFixed(3)}×`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

function signerRows(results: readonly SignerBenchResult[]): Row[] {
  const ops = new Map(results.map((r) => [r.name, r.opsPerSec]));
  const cases = [...new Set(results.map((r) => r.name.split(" / ")[0] ?? ""))];
  const rate = (n: number) => `${(n / 1e3).toFixed(0)} k/s`;
  return cases.flatMap((label) => {
    const ours = ops.get(`${label} / ours signRequest`) ?? 0;
    const minimal = ops.get(`${label} / minimal node:crypto`) ?? Number.NaN;
    const official = ops.get(`${label} / @volcengine/openapi`) ?? Number.NaN;
    return [
      {
        figure: `\`signRequest\` throughput, ${label}`,
        ours: rate(ours),
        against: `minimal node:crypto signer ${rate(minimal)}`,
        ratio: fmtRatio(ours / minimal),
        goal: "≥ 1.0×",
        met: ours / minimal >= 1,
      },
      {
        figure: "",
        ours: "",
        against: `@volcengine/openapi signer ${rate(official)}`,
        ratio: fmtRatio(ours / official),
        goal: "≥ 20×",
        met: ours / official >= 20,
      },
    ];
  });
}

function cpuRows(results: readonly ClientCpuResult[], options: ClientCpuOptions): Row[] {
  const us = (n: number) => `${n.toFixed(1)} µs`;
  return results.flatMap((result) => {
    const { usPerCall, rounds } = result;
    const ours = rounds["volcengine-ts"] ?? [];
    const better = OFFICIALS.reduce((a, b) => (usPerCall[a] <= usPerCall[b] ? a : b));
    const other = OFFICIALS.find((o) => o !== better)!;
    const vsFloor = pairedRatio(ours, rounds.floor ?? []);
    const vsBetter = pairedRatio(ours, rounds[better] ?? []);
    const rows: Row[] = [
      {
        figure: `client CPU per \`send\`, ${SHAPES[result.shape].label}, ${options.inFlight} in flight`,
        ours: us(usPerCall["volcengine-ts"]),
        against: `floor: undici \`request\` + minimal signer ${us(usPerCall.floor)}`,
        ratio: fmtRatio(vsFloor),
        goal: "≤ 1.3×",
        met: vsFloor <= 1.3,
      },
      {
        figure: "",
        ours: "",
        against: `${better} ${us(usPerCall[better])} (the better official)`,
        ratio: fmtRatio(vsBetter),
        goal: "≤ 0.2×",
        met: vsBetter <= 0.2,
      },
      {
        figure: "",
        ours: "",
        against: `${other} ${us(usPerCall[other])}`,
        ratio: fmtRatio(pairedRatio(ours, rounds[other] ?? [])),
        goal: "",
      },
    ];
    const alt = rounds["volcengine-ts (alt)"];
    if (alt && usPerCall["volcengine-ts (alt)"] !== undefined) {
      rows.push({
        figure: "",
        ours: "",
        against: `volcengine-ts (alt: BENCH_ALT_SRC) ${us(usPerCall["volcengine-ts (alt)"])}; alt ÷ floor ${fmtRatio(pairedRatio(alt, rounds.floor ?? []))}, alt ÷ ${better} ${fmtRatio(pairedRatio(alt, rounds[better] ?? []))}`,
        ratio: fmtRatio(pairedRatio(alt, ours)),
        goal: "alt ÷ ours",
      });
    }
    return rows;
  });
}

function bundleRows(bundles: Record<HandlerName, BundleResult>, cold: ReturnType<typeof coldStarts>): Row[] {
  const ours = bundles["volcengine-ts"];
  const smaller = OFFICIALS.reduce((a, b) => (bundles[a].bytes <= bundles[b].bytes ? a : b));
  const larger = OFFICIALS.find((o) => o !== smaller)!;
  const faster = OFFICIALS.reduce((a, b) => (cold.byName[a]! <= cold.byName[b]! ? a : b));
  const slower = OFFICIALS.find((o) => o !== faster)!;
  const sizeRatio = ours.bytes / bundles[smaller].bytes;
  const coldRatio = cold.byName["volcengine-ts"]! / cold.byName[faster]!;
  const undiciFree = !ours.packages.includes("undici");
  return [
    {
      figure: "`examples/serverless.ts` bundled (esbuild, minified, ESM, node builtins external)",
      ours: kib(ours.bytes),
      against: `${smaller} handler ${kib(bundles[smaller].bytes)} (the smaller)`,
      ratio: `${(100 * sizeRatio).toFixed(1)}%`,
      goal: "≤ 10%",
      met: sizeRatio <= 0.1,
    },
    {
      figure: "",
      ours: "",
      against: `${larger} handler ${kib(bundles[larger].bytes)}`,
      ratio: `${((100 * ours.bytes) / bundles[larger].bytes).toFixed(1)}%`,
      goal: "",
    },
    {
      figure: "",
      ours: `packages: ${ours.packages.join(", ") || "none"}`,
      against: "undici must stay out (esbuild metafile)",
      ratio: undiciFree ? "absent" : "PRESENT",
      goal: "absent",
      met: undiciFree,
    },
    {
      figure: "cold start: a fresh `node` loading the bundle (median)",
      ours: ms(cold.byName["volcengine-ts"]!),
      against: `${faster} ${ms(cold.byName[faster]!)} (the faster)`,
      ratio: fmtRatio(coldRatio),
      goal: "≤ 0.65×",
      met: coldRatio <= 0.65,
    },
    {
      figure: "",
      ours: "",
      against: `${slower} ${ms(cold.byName[slower]!)}; bare \`node -e 0\` ${ms(cold.bare)}`,
      ratio: fmtRatio(cold.byName["volcengine-ts"]! / cold.byName[slower]!),
      goal: "",
    },
  ];
}

function table(rows: readonly Row[]): string {
  const mark = (met: boolean | undefined) => (met === undefined ? "" : met ? "✓" : "✗ MISSED");
  const lines = [
    "| figure | volcengine-ts | compared with | ratio | goal | |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) => `| ${r.figure} | ${r.ours} | ${r.against} | ${r.ratio} | ${r.goal} | ${mark(r.met)} |`,
    ),
  ];
  return lines.join("\n");
}

// ---- the run ----

const machine = machineLine();
log(`machine: ${machine}`);
const processes = await buildBenchProcesses();

log("1/4 signer throughput…");
// Started through `-e` so that bench/signer.ts, bundled in, does not also run its own main.
const signerJson = execFileSync(
  process.execPath,
  ["--input-type=module", "-e", `await import(${JSON.stringify(processes.signer)})`],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
const signerResults = JSON.parse(signerJson) as SignerBenchResult[];

log("2/4 client CPU per send (loopback server in its own process)…");
const cpuOptions: ClientCpuOptions = quick
  ? { ...DEFAULT_CLIENT_CPU_OPTIONS, calls: 1000, rounds: 3, warmupCalls: 1500 }
  : DEFAULT_CLIENT_CPU_OPTIONS;
const cpuResults = await benchClientCpu(cpuOptions, log);

log("3/4 serverless bundles…");
const bundles = {} as Record<HandlerName, BundleResult>;
for (const name of Object.keys(HANDLERS) as HandlerName[]) bundles[name] = await bundleHandler(name);

log("4/4 cold starts…");
const cold = coldStarts(Object.values(bundles), quick ? 5 : 15);

const rows = [...signerRows(signerResults), ...cpuRows(cpuResults, cpuOptions), ...bundleRows(bundles, cold)];
const missed = rows.filter((r) => r.met === false);
const method =
  `Client CPU: \`process.cpuUsage()\` of the client process (user + system) over ${cpuOptions.calls} calls per round, ` +
  `${cpuOptions.rounds} interleaved rounds after ${cpuOptions.warmupCalls} warm-up calls; µs are medians, ratios ` +
  "are medians of per-round ratios. Signer: mitata, best of 2 interleaved rounds. Cold start: median of " +
  `${quick ? 5 : 15} interleaved spawns. KiB = 1024 bytes.`;
const verdict = missed.length === 0 ? "All goals met." : `${missed.length} goal(s) missed.`;
const report = [table(rows), "", `Machine: ${machine}`, "", method, "", verdict].join("\n");
console.log(report);

if (args.has("--write")) {
  const file = fileURLToPath(new URL("./RESULTS.md", import.meta.url));
  const title = "# Benchmark results\n\nWritten by `npm run bench -- --write` (`bench/run.ts`).\n\n";
  writeFileSync(file, `${title}${report}\n`);
  log(`wrote ${file}`);
}
process.exitCode = missed.length === 0 ? 0 : 1;
