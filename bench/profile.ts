/**
 * Profiles one contender of the client-CPU bench, built and run exactly as `npm run bench` runs it (the
 * loopback server in its own process, the contender in a worker on plain `node`), under the V8 sampling
 * profiler: `calls` calls with 16 in flight after a warm-up. Prints the functions with the most self
 * time and the share of each source file or package, and writes the `.cpuprofile` (Chrome DevTools,
 * speedscope).
 *
 * Run: `npx tsx bench/profile.ts [contender=volcengine-ts] [shape=cen] [calls=20000]`; the contender
 * `"volcengine-ts (alt)"` profiles the copy of `src/` named by `BENCH_ALT_SRC` (see `cpu/build.ts`).
 */
import { readFileSync } from "node:fs";
import { buildBenchProcesses } from "./cpu/build.js";
import { run, startLoopbackServer, startWorker } from "./cpu/client-cpu.js";
import { CONTENDERS, type ContenderName } from "./cpu/contenders.js";
import { SHAPES, type ShapeName } from "./cpu/workload.js";

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const [contender = "volcengine-ts", shape = "cen", callsArg = "20000"] = process.argv.slice(2);
const known: readonly string[] = [...CONTENDERS, "volcengine-ts (alt)"];
if (!known.includes(contender) || !(shape in SHAPES)) {
  throw new Error(`usage: profile.ts [${known.join("|")}] [${Object.keys(SHAPES).join("|")}] [calls]`);
}
const calls = Number(callsArg);

const processes = await buildBenchProcesses();
const { server, origin } = await startLoopbackServer(processes);
const worker = await startWorker(processes, contender as ContenderName, shape as ShapeName, origin);
const file = processes.worker.replace(
  /worker\.mjs$/,
  `${contender.replace(/\W+/g, "_")}-${shape}.cpuprofile`,
);
await run(worker, 5000, 16);
const report = await run(worker, calls, 16, file);
worker.disconnect();
server.disconnect();

const { nodes } = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[] };
const total = nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
const byFunction = new Map<string, number>();
const byPlace = new Map<string, number>();
const add = (map: Map<string, number>, key: string, hits: number) => map.set(key, (map.get(key) ?? 0) + hits);
for (const node of nodes) {
  const hits = node.hitCount ?? 0;
  if (!hits) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/^file:\/\//, "").replace(/^.*\/volcengine-ts-bench\//, "");
  add(byFunction, `${functionName || "(anonymous)"}  ${where ? `${where}:${lineNumber + 1}` : ""}`, hits);
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where)?.[1];
  add(byPlace, pkg ? `node_modules/${pkg}` : where || functionName, hits);
}
const pct = (hits: number) => `${((100 * hits) / total).toFixed(1).padStart(5)}%`;
const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);

console.log(
  `${contender} ${shape}: ${(report.cpuUs / report.calls).toFixed(1)} µs CPU per call (process, all threads)`,
);
console.log(`\nself time by function (main-thread samples: ${total})`);
for (const [name, hits] of top(byFunction, 35)) console.log(`${pct(hits)}  ${name}`);
console.log("\nself time by file or package");
for (const [name, hits] of top(byPlace, 20)) console.log(`${pct(hits)}  ${name}`);
console.log(`\nprofile: ${file}`);
