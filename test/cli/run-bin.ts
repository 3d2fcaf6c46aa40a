import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import {
  EMULATOR_CREDENTIALS,
  type RunningEmulator,
  type StartEmulatorOptions,
  startEmulator,
} from "../../src/testing/index.js";

/** The built bin, as `npx volcengine-ts` runs it. */
export const BIN = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

/** What a run of the command line printed, and its exit code. */
export interface BinRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built bin (or another script, with `node --import tsx`) in a child process with exactly the
 * environment given (plus PATH), and waits for it to exit; `stdin` is written to its standard input.
 */
export function runBin(
  args: readonly string[],
  options: { env?: Record<string, string>; stdin?: string; script?: string } = {},
): Promise<BinRun> {
  const command = options.script ? ["--import", "tsx", options.script, ...args] : [BIN, ...args];
  const child = spawn(process.execPath, command, {
    env: { PATH: process.env.PATH ?? "", HOME: "/nonexistent-home", ...options.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  child.stdin.end(options.stdin ?? "");
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.on("exit", (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The emulator's server for the tests of one file, and the environment that points the bin at it. */
export interface ServedEmulator {
  readonly server: RunningEmulator;
  readonly env: Record<string, string>;
}

/** Starts an emulator server before the file's tests and closes it after them. */
export function serveEmulator(options: StartEmulatorOptions = {}): ServedEmulator {
  let server: RunningEmulator | undefined;
  beforeAll(async () => {
    server = await startEmulator(options);
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error("the emulator is not started yet");
      return server;
    },
    get env() {
      return {
        VOLCENGINE_ENDPOINT: this.server.url,
        VOLCENGINE_ACCESS_KEY: EMULATOR_CREDENTIALS.accessKeyId,
        VOLCENGINE_SECRET_KEY: EMULATOR_CREDENTIALS.secretKey,
      };
    },
  };
}
