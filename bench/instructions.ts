/**
 * `npx tsx bench/instructions.ts [shape=cen] [calls=2000]` (with `BENCH_ALT_SRC` for the second tree):
 * client instructions per call, counted by valgrind's callgrind, of ours and of the copy of `src/` in
 * `BENCH_ALT_SRC`, against the bench's loopback server. Instruction counts, unlike CPU time, do not
 * move with what else the machine is doing: for measuring a change of a few percent on a shared machine.
 * Each contender warms up uninstrumented, then only its measured calls are counted.
 */
import { execFileSync, fork } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildBenchProcesses } from "./cpu/build.js";
import { nextMessage, startLoopbackServer } from "./cpu/client-cpu.js";
import type { ContenderName } from "./cpu/contenders.js";
import type { RunMessage, RunReport } from "./cpu/worker.js";

const [shape = "cen", callsArg = "2000"] = process.argv.slice(2);
const calls = Number(callsArg);
const processes = await buildBenchProcesses();
const { server, origin } = await startLoopbackServer(processes);

async function count(contender: ContenderName, file: string): Promise<number> {
  const out = join(tmpdir(), `callgrind-${process.pid}-${contender.replace(/\W/g, "")}.out`);
  const child = fork(file, [contender, shape, origin], {
    execPath: "valgrind",
    execArgv: [
      "--tool=callgrind",
      "--instr-atstart=no",
      `--callgrind-out-file=${out}`,
      "-q",
      process.execPath,
    ],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  await nextMessage(child, "ready");
  const run = async (n: number) => {
    child.send({ type: "run", calls: n, inFlight: 16 } satisfies RunMessage);
    await nextMessage<RunReport>(child, "ran");
  };
  await run(3 * calls);
  execFileSync("callgrind_control", ["-i", "on", String(child.pid)], { stdio: "ignore" });
  await run(calls);
  // Counted up to here: the dump is the measured calls alone (the exit that follows is not in it).
  execFileSync("callgrind_control", ["-d", String(child.pid)], { stdio: "ignore" });
  child.disconnect();
  await new Promise((resolve) => child.once("exit", resolve));
  const text = readFileSync(`${out}.1`, "utf8");
  rmSync(`${out}.1`, { force: true });
  const summary = /^(?:summary|totals): (\d+)/m.exec(text)?.[1];
  if (summary === undefined) console.error(text.slice(0, 2000));
  rmSync(out, { force: true });
  return Number(summary) / calls;
}

try {
  const ours = await count("volcengine-ts", processes.worker);
  console.log(`${shape}: ours ${(ours / 1000).toFixed(1)} k instructions per call`);
  if (processes.altWorker) {
    const alt = await count("volcengine-ts (alt)", processes.altWorker);
    console.log(
      `${shape}: alt ${(alt / 1000).toFixed(1)} k instructions per call; ours ÷ alt ${(ours / alt).toFixed(3)}`,
    );
  }
} finally {
  server.disconnect();
}
