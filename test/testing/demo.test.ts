import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

// `npm run demo` is one of the two commands the README promises a newcomer: it must show real results
// and end by itself.
it("npm run demo shows a pool, a package, a ValidationError and a ServiceError, and exits 0 by itself", async () => {
  const demo = fileURLToPath(new URL("../../examples/demo.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", demo], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    out += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("exit", (c) => {
      clearTimeout(killer);
      resolve(c);
    });
  });
  expect(out).toMatch(/NumberPoolNo NP\d+, CenBandwidthPackageId cbp-\w+/);
  expect(out).toContain("same package both times (same ClientToken): true");
  expect(out).toMatch(
    /→ 400, a ValidationError caught before sending:\n\s+- Bandwidth: must be 2–10000 Mbps; got 1/,
  );
  expect(out).toContain("requests sent for it: 0");
  expect(out).toMatch(/failed with InvalidCen\.NotFound \(HTTP 404\) \(RequestId \w+\)/);
  expect(code).toBe(0);
}, 40_000);
