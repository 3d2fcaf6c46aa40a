/**
 * One contender's client process in the client-CPU bench (forked by `client-cpu.ts`): builds its caller,
 * checks one call, then on each `run` message makes `calls` calls with `inFlight` of them outstanding at
 * any time and replies with the process CPU time (user + system, all threads) and wall time they took.
 *
 * argv: contender, shape name, origin.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { type ContenderName, createCaller } from "./contenders.js";
import { SHAPES, type ShapeName } from "./workload.js";

export interface RunMessage {
  type: "run";
  calls: number;
  inFlight: number;
  /** When set, the run is recorded by the V8 sampling profiler and the `.cpuprofile` written there. */
  profileTo?: string;
}

export interface RunReport {
  type: "ran";
  cpuUs: number;
  wallMs: number;
  calls: number;
}

export interface ReadyReport {
  type: "ready";
  /** The `Result` of one call, so the parent can check every contender got the same answer. */
  sample: unknown;
}

const [contender, shapeName, origin] = process.argv.slice(2) as [ContenderName, ShapeName, string];
const call = await createCaller(contender, SHAPES[shapeName], origin);

async function runCalls(calls: number, inFlight: number): Promise<void> {
  let started = 0;
  const lane = async (): Promise<void> => {
    while (started < calls) {
      started++;
      await call();
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, calls) }, lane));
}

process.on("message", (message: RunMessage) => {
  if (message.type !== "run") return;
  void (async () => {
    const session = message.profileTo === undefined ? undefined : await startProfiler();
    const cpu = process.cpuUsage();
    const wall = performance.now();
    await runCalls(message.calls, message.inFlight);
    const used = process.cpuUsage(cpu);
    if (session && message.profileTo) await stopProfiler(session, message.profileTo);
    const report: RunReport = {
      type: "ran",
      cpuUs: used.user + used.system,
      wallMs: performance.now() - wall,
      calls: message.calls,
    };
    process.send?.(report);
  })();
});
process.on("disconnect", () => process.exit(0));

async function startProfiler(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  return session;
}

async function stopProfiler(session: Session, file: string): Promise<void> {
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  writeFileSync(file, JSON.stringify(profile));
}

const ready: ReadyReport = { type: "ready", sample: JSON.parse(JSON.stringify(await call())) };
process.send?.(ready);
