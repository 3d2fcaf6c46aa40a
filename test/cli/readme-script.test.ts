// The README's command-line script, run as written by bash against the emulator's HTTP server, with
// `volcengine-ts` on the PATH as the built bin.
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { EMULATOR_CREDENTIALS, type RunningEmulator, startEmulator } from "../../src/testing/index.js";
import { BIN } from "./run-bin.js";

const README = fileURLToPath(new URL("../../README.md", import.meta.url));

/** The bash block right after the `cli-script` marker. */
function readmeScript(): string {
  const text = readFileSync(README, "utf8");
  const match = /<!-- cli-script[^>]*-->\n```bash\n([\s\S]*?)\n```/.exec(text);
  if (!match?.[1]) throw new Error("README.md has no cli-script block");
  return match[1];
}

let server: RunningEmulator;
beforeAll(async () => {
  server = await startEmulator({ transitionMs: 100 });
});
afterAll(async () => {
  await server.close();
});

it("the README's script runs against the emulator", async () => {
  const dir = mkdtempSync(join(tmpdir(), "volc-readme-"));
  const shim = join(dir, "volcengine-ts");
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
  const script = join(dir, "script.sh");
  writeFileSync(script, readmeScript());
  const child = spawn("bash", [script], {
    env: {
      PATH: `${dir}:${process.env.PATH ?? ""}`,
      HOME: dir,
      VOLCENGINE_ENDPOINT: server.url,
      VOLCENGINE_ACCESS_KEY: EMULATOR_CREDENTIALS.accessKeyId,
      VOLCENGINE_SECRET_KEY: EMULATOR_CREDENTIALS.secretKey,
    },
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    output += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  expect(code, output).toBe(0);
  const created = /^created CEN (cen-\w+)$/m.exec(output)?.[1];
  expect(created, output).toBeDefined();
  // Waited for, listed by its tag (the only line of the listing), then deleted and waited for again.
  expect(output).toContain(`created CEN ${created}\nAvailable\n${created}\n`);
  expect(output).toContain(`deleted CEN ${created}`);
  expect(server.emulator.state.cens.has(created!)).toBe(false);
  expect(server.emulator.stats.requestsByAction).toMatchObject({ CreateCen: 1, DeleteCen: 1 });
  expect(output).toContain("| Name           | ci-pool");
  expect(output).toContain(`POST ${server.url}/?Action=CreateNumberPool&Version=2022-01-01`);
  expect(output).toContain("refused: exit 2");
  expect(server.emulator.countCreatedByName("ci-pool-2")).toBe(0);
}, 60_000);
