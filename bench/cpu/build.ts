/**
 * Builds the bench's own processes (the loopback server, the contender worker, the signer bench) with esbuild into
 * `node_modules/.cache/volcengine-ts-bench/cpu/`, so that they run on plain `node`: no TypeScript loader in the measured process, and
 * our code compiled as the package build compiles it (no `keepNames` wrappers, unlike tsx). Packages
 * stay external and load from `node_modules` as they would in an application.
 *
 * With `BENCH_ALT_SRC=/path/to/a/copy/of/src`, a second worker is built whose `src/` imports are taken
 * from that copy: the contender `volcengine-ts (alt)` then runs a patched client side by side with the
 * current one, which is how a proposed optimisation is measured before it is made.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

/** Absolute paths of the built entry points. */
export interface BenchProcesses {
  server: string;
  worker: string;
  /** `bench/signer-entry.ts`: prints `benchSigner()`'s results as JSON. */
  signer: string;
  /** The worker on `BENCH_ALT_SRC`, when that is set. */
  altWorker?: string | undefined;
}

/**
 * Where the bench writes what it builds: inside `node_modules` (so that the built processes resolve
 * packages from it, and so that neither git nor Biome sees them).
 */
export const BENCH_OUT = fileURLToPath(
  new URL("../../node_modules/.cache/volcengine-ts-bench/", import.meta.url),
);
const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

/** The copy of `src/` given in `BENCH_ALT_SRC`, if any. */
export function altSrc(): string | undefined {
  const dir = process.env.BENCH_ALT_SRC;
  if (!dir) return undefined;
  const abs = resolve(dir);
  if (!existsSync(`${abs}/index.ts`)) throw new Error(`BENCH_ALT_SRC=${dir} holds no index.ts`);
  return `${abs}/`;
}

/** Redirects every import that lands in `src/` to the same file under `dir`. */
function redirectSrc(dir: string): Plugin {
  return {
    name: "alt-src",
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = resolve(args.resolveDir, args.path);
        if (!target.startsWith(SRC)) return undefined;
        return { path: `${dir}${target.slice(SRC.length)}`.replace(/\.js$/, ".ts") };
      });
    },
  };
}

export async function buildBenchProcesses(): Promise<BenchProcesses> {
  const outdir = `${BENCH_OUT}cpu`;
  const common = {
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outExtension: { ".js": ".mjs" },
    logLevel: "warning",
  } as const;
  await build({
    ...common,
    entryPoints: {
      "loopback-server": fileURLToPath(new URL("./loopback-server.ts", import.meta.url)),
      worker: fileURLToPath(new URL("./worker.ts", import.meta.url)),
      signer: fileURLToPath(new URL("../signer-entry.ts", import.meta.url)),
    },
    outdir,
  });
  const alt = altSrc();
  if (alt !== undefined) {
    await build({
      ...common,
      entryPoints: { worker: fileURLToPath(new URL("./worker.ts", import.meta.url)) },
      outdir: `${outdir}/alt`,
      plugins: [redirectSrc(alt)],
    });
  }
  return {
    server: `${outdir}/loopback-server.mjs`,
    worker: `${outdir}/worker.mjs`,
    signer: `${outdir}/signer.mjs`,
    altWorker: alt === undefined ? undefined : `${outdir}/alt/worker.mjs`,
  };
}
