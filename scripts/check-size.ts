/**
 * `npm run check:size`: bundles the serverless recipe (`examples/serverless.ts`) exactly as `npm run bench`
 * does (esbuild, minified, ESM, nothing external but Node's builtins) and fails when
 *
 * - it is larger than {@link BUDGET_BYTES}, or
 * - undici got into it (the recipe imports the client from the fetch entry so that it never does).
 *
 * It also prints the size against the smaller official SDK's handler (`bench/handlers/`), the figure
 * issue 5 sets a goal for (≤ 10%), without failing on it: the bench reports that goal.
 */
import { bundleHandler, type HandlerName } from "../bench/bundles.js";
import { BENCH_OUT } from "../bench/cpu/build.js";

/**
 * The budget CI holds the recipe's bundle to, so that a change that grows it fails here and must raise
 * this number on purpose. It was 48.7 KiB before the hardening (checked answers, enforced limits, the
 * text policy), which was allowed 5% and came out at 50.9 KiB; the credential, endpoint and logging
 * work was allowed 1 KiB more and came out at 51.8 KiB. Adding operations to a service must not move
 * it: importing one operation never pulls in its siblings. Issue 5's goal is 10% of the smaller official
 * handler (29.8 KiB).
 */
export const BUDGET_BYTES = 52 * 1024;

const OUT = `${BENCH_OUT}size/`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const ours = await bundleHandler("volcengine-ts", OUT);
const officials = await Promise.all(
  (["@volcengine/sdk-core", "@volcengine/openapi"] as HandlerName[]).map((name) => bundleHandler(name, OUT)),
);
const smaller = officials.reduce((a, b) => (a.bytes <= b.bytes ? a : b));

let failed = false;
console.log(`examples/serverless.ts bundle: ${kib(ours.bytes)} (budget ${kib(BUDGET_BYTES)})`);
console.log(`  packages inside: ${ours.packages.join(", ") || "none"}`);
console.log(
  `  ${((100 * ours.bytes) / smaller.bytes).toFixed(1)}% of the ${smaller.name} handler (${kib(smaller.bytes)}); ` +
    "issue 5's goal: ≤ 10%",
);
if (ours.bytes > BUDGET_BYTES) {
  console.error(`FAIL: ${kib(ours.bytes)} is over the budget of ${kib(BUDGET_BYTES)}`);
  failed = true;
}
if (ours.packages.includes("undici")) {
  console.error("FAIL: undici is in the serverless bundle; the recipe must import from volcengine-ts/fetch");
  failed = true;
}
console.log(failed ? "size check FAILED" : "size check passed");
process.exit(failed ? 1 : 0);
