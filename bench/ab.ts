/**
 * `BENCH_ALT_SRC=/path/to/other/src npx tsx bench/ab.ts [rounds]`: client CPU per call of this tree
 * against another copy of `src/` only (no official SDKs, no floor), in interleaved rounds, for measuring
 * one change. Prints, per shape, both medians and the paired ratio.
 */
import { benchClientCpu, pairedRatio } from "./cpu/client-cpu.js";

if (!process.env.BENCH_ALT_SRC) throw new Error("set BENCH_ALT_SRC to the copy of src/ to compare with");
const rounds = Number(process.argv[2] ?? "15");
const results = await benchClientCpu({
  calls: 2000,
  rounds,
  warmupCalls: 4000,
  inFlight: 16,
  only: ["volcengine-ts", "volcengine-ts (alt)"],
});
for (const result of results) {
  const ours = result.rounds["volcengine-ts"] ?? [];
  const alt = result.rounds["volcengine-ts (alt)"] ?? [];
  const us = (n: number | undefined) => `${(n ?? Number.NaN).toFixed(1)} µs`;
  console.log(
    `${result.shape}: ours ${us(result.usPerCall["volcengine-ts"])}, alt ${us(result.usPerCall["volcengine-ts (alt)"])}, ` +
      `ours ÷ alt ${pairedRatio(ours, alt).toFixed(3)}`,
  );
}
