import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { runTsx } from "../helpers/run-tsx.js";

// `npm run demo` is one of the two commands the README promises a newcomer: it must show real results
// and end by itself.
it("npm run demo shows a pool, a package, a ValidationError, a ServiceError and a CEN's lifecycle, and exits 0 by itself", async () => {
  const demo = fileURLToPath(new URL("../../examples/demo.ts", import.meta.url));
  const { code, output: out } = await runTsx(demo, [], 30_000);
  expect(out).toMatch(/NumberPoolNo NP\d+, CenBandwidthPackageId cbp-\w+/);
  expect(out).toContain("same package both times (same ClientToken): true");
  expect(out).toMatch(
    /→ 400, a ValidationError caught before sending:\n\s+- Bandwidth: must be 2–10000 Mbps; got 1/,
  );
  expect(out).toContain("requests sent for it: 0");
  expect(out).toMatch(/failed with InvalidCen\.NotFound \(HTTP 404\) \(RequestId \w+\)/);
  expect(out).toContain("DeleteCen too early: InvalidCen.InUse (HTTP 400)");
  expect(out).toContain("→ DeleteCen too early answered InvalidCen.InUse; 2 prepaid packages left to lapse");
  expect(out).toContain("→ 3 orders bound, order-1004 found the pool full, all unbound");
  expect(code).toBe(0);
}, 40_000);
