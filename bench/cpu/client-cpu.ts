/**
 * Client CPU per call, side by side: the loopback server runs in its own process; each contender runs
 * in its own client process, whose CPU time (`process.cpuUsage()`, user + system) is measured over
 * `calls` calls with 16 in flight. All contenders are warmed up, then measured in interleaved rounds
 * (the order rotating each round). Each keeps the median of its rounds; ratios between contenders are
 * taken round by round ({@link pairedRatio}), which cancels most of the load that other processes put on
 * a shared machine.
 */
import { type ChildProcess, fork } from "node:child_process";
import { isDeepStrictEqual } from "node:util";
import { type BenchProcesses, buildBenchProcesses } from "./build.js";
import { CONTENDERS, type ContenderName } from "./contenders.js";
import type { ReadyReport, RunMessage, RunReport } from "./worker.js";
import { answerFor, SHAPES, type ShapeName } from "./workload.js";

export interface ClientCpuOptions {
  /** Calls per measured round. */
  calls: number;
  /** Measured rounds per contender (the median is kept). */
  rounds: number;
  /** Calls made before measuring, to warm the JIT and fill the connection pool. */
  warmupCalls: number;
  inFlight: number;
  /** Measure only these contenders (default: all, plus `volcengine-ts (alt)` with `BENCH_ALT_SRC`). */
  only?: readonly ContenderName[] | undefined;
}

export const DEFAULT_CLIENT_CPU_OPTIONS: ClientCpuOptions = {
  calls: 2000,
  rounds: 11,
  warmupCalls: 4000,
  inFlight: 16,
};

/** Median CPU microseconds per call of each contender on one shape. */
export interface ClientCpuResult {
  shape: ShapeName;
  usPerCall: Partial<Record<ContenderName, number>> & Record<(typeof CONTENDERS)[number], number>;
  /** Every round's µs/call, for the curious. */
  rounds: Partial<Record<ContenderName, number[]>>;
}

/** Starts a built bench process on plain `node`. */
export function forkBuilt(file: string, args: string[] = []): ChildProcess {
  return fork(file, args, { execArgv: [], stdio: ["ignore", "inherit", "inherit", "ipc"] });
}

/** The next IPC message of `type` from `child` (`"port"` matches the server's `{ port }`). */
export function nextMessage<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type?: string }) => {
      if (message.type !== type && !(type === "port" && "port" in message)) return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve(message as T);
    };
    const onExit = (code: number | null) =>
      reject(new Error(`bench process exited (${code}) before "${type}"`));
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

/** Asks a worker for one round of `calls` calls (profiled into `profileTo` when given). */
export async function run(
  worker: ChildProcess,
  calls: number,
  inFlight: number,
  profileTo?: string,
): Promise<RunReport> {
  const answer = nextMessage<RunReport>(worker, "ran");
  worker.send({ type: "run", calls, inFlight, profileTo } satisfies RunMessage);
  return answer;
}

/** Starts the loopback server; resolves with it and its origin. */
export async function startLoopbackServer(
  processes: BenchProcesses,
): Promise<{ server: ChildProcess; origin: string }> {
  const server = forkBuilt(processes.server);
  const { port } = await nextMessage<{ port: number }>(server, "port");
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** Starts one contender's worker and checks that its first call got the expected `Result`. */
export async function startWorker(
  processes: BenchProcesses,
  contender: ContenderName,
  shape: ShapeName,
  origin: string,
): Promise<ChildProcess> {
  const file = contender === "volcengine-ts (alt)" ? processes.altWorker : processes.worker;
  if (file === undefined) throw new Error("volcengine-ts (alt) needs BENCH_ALT_SRC");
  const worker = forkBuilt(file, [contender, shape, origin]);
  const { sample } = await nextMessage<ReadyReport>(worker, "ready");
  const expected: unknown = JSON.parse(answerFor(SHAPES[shape].action)).Result;
  if (!isDeepStrictEqual(sample, expected)) {
    worker.disconnect();
    throw new Error(
      `${contender} got ${JSON.stringify(sample)} for ${shape}, not ${JSON.stringify(expected)}`,
    );
  }
  return worker;
}

/**
 * The median over rounds of `a[i] / b[i]`: the ratio of two contenders measured in the same round, a few
 * hundred milliseconds apart, so that load from other processes, which comes and goes over seconds,
 * weighs on both sides of each ratio alike.
 */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  return median(a.map((x, i) => x / b[i]!));
}

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Measures every contender on every shape; `log` gets progress lines. */
export async function benchClientCpu(
  options: ClientCpuOptions = DEFAULT_CLIENT_CPU_OPTIONS,
  log: (line: string) => void = () => {},
): Promise<ClientCpuResult[]> {
  const processes = await buildBenchProcesses();
  const { server, origin } = await startLoopbackServer(processes);
  const results: ClientCpuResult[] = [];
  try {
    for (const shape of Object.keys(SHAPES) as ShapeName[]) {
      results.push(await benchShape(processes, shape, origin, options, log));
    }
  } finally {
    server.disconnect();
  }
  return results;
}

async function benchShape(
  processes: BenchProcesses,
  shape: ShapeName,
  origin: string,
  options: ClientCpuOptions,
  log: (line: string) => void,
): Promise<ClientCpuResult> {
  const workers = new Map<ContenderName, ChildProcess>();
  const contenders: ContenderName[] = [...CONTENDERS];
  if (processes.altWorker) contenders.splice(1, 0, "volcengine-ts (alt)");
  if (options.only)
    contenders.splice(0, contenders.length, ...contenders.filter((c) => options.only?.includes(c)));
  try {
    for (const contender of contenders) {
      workers.set(contender, await startWorker(processes, contender, shape, origin));
    }
    for (const [, worker] of workers) await run(worker, options.warmupCalls, options.inFlight);
    const rounds = new Map<ContenderName, number[]>(contenders.map((c) => [c, []]));
    for (let round = 0; round < options.rounds; round++) {
      for (let i = 0; i < contenders.length; i++) {
        const contender = contenders[(i + round) % contenders.length]!;
        const report = await run(workers.get(contender)!, options.calls, options.inFlight);
        rounds.get(contender)!.push(report.cpuUs / report.calls);
      }
      log(`  ${shape} round ${round + 1}/${options.rounds}`);
    }
    const usPerCall = Object.fromEntries(
      [...rounds].map(([c, r]) => [c, median(r)]),
    ) as ClientCpuResult["usPerCall"];
    return { shape, usPerCall, rounds: Object.fromEntries(rounds) };
  } finally {
    for (const [, worker] of workers) if (worker.connected) worker.disconnect();
  }
}
