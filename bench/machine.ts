/** The machine a bench ran on, in one line: Node version, CPU model, cores, load. */
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";

/** `CPU model from /proc/cpuinfo`, or what `os.cpus()` says where there is none. */
function cpuModel(): string {
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) return line.split(":")[1]!.trim();
  } catch {
    // not Linux
  }
  return "unknown CPU";
}

export function machineLine(): string {
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");
  const day = new Date().toISOString().slice(0, 10);
  return `Node ${process.version}, ${cpuModel()}, ${availableParallelism()} cores, ${process.platform}-${process.arch}; ${day}; load average at start ${load}`;
}
