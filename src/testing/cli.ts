#!/usr/bin/env node
// The `volcengine-ts-emulator` bin: runs the emulator until SIGINT or SIGTERM. No top-level await: tsup
// also builds this entry as CommonJS.
import { runCli } from "./cli-main.js";
import type { RunningEmulator } from "./server.js";

function stopOnSignals(running: RunningEmulator): void {
  const stop = () => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (running) => {
    if (running !== undefined) stopOnSignals(running);
  },
  (error: unknown) => {
    process.stderr.write(
      `volcengine-ts-emulator: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
