import { spawn } from "node:child_process";

/**
 * Runs a TypeScript file in a fresh `node --import tsx` process and waits for it to exit by itself
 * (killed after `killAfterMs`, which then shows as a null exit code): for what must end on its own.
 */
export function runTsx(
  script: string,
  args: readonly string[] = [],
  killAfterMs = 15_000,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (d: Buffer) => {
    output += d.toString();
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("exit", (code) => {
      clearTimeout(killer);
      resolve({ code, output });
    });
  });
}
