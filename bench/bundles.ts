/**
 * The serverless figures: `examples/serverless.ts` and the same handler on each official SDK
 * (`bench/handlers/`) bundled alike with esbuild (bundle, minify, platform node, ESM, nothing external
 * but Node's builtins), their sizes, a check that undici stayed out of ours, and the cold start of each:
 * a fresh `node` loading the bundle (defining the handler, creating the client, calling nothing),
 * median of interleaved runs, beside a bare `node -e 0`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build, type Metafile } from "esbuild";
import { BENCH_OUT } from "./cpu/build.js";
import { median } from "./cpu/client-cpu.js";

const OUT = `${BENCH_OUT}bundles/`;

export const HANDLERS = {
  "volcengine-ts": fileURLToPath(new URL("../examples/serverless.ts", import.meta.url)),
  "@volcengine/openapi": fileURLToPath(new URL("./handlers/openapi-handler.ts", import.meta.url)),
  "@volcengine/sdk-core": fileURLToPath(new URL("./handlers/sdk-core-handler.ts", import.meta.url)),
} as const;

export type HandlerName = keyof typeof HANDLERS;

/** One bundled handler. */
export interface BundleResult {
  name: HandlerName;
  file: string;
  bytes: number;
  /** The packages whose code ended up in the bundle, by name. */
  packages: string[];
}

/**
 * Lets the CommonJS code inside an ESM bundle `require` Node's builtins; given to all three bundles
 * alike (only the official SDKs need it).
 */
const REQUIRE_SHIM = 'import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);';

/** Bundles one handler as a serverless deployment would, minified. */
export async function bundleHandler(name: HandlerName, outDir = OUT): Promise<BundleResult> {
  mkdirSync(outDir, { recursive: true });
  const file = `${outDir}${name.replace(/\W+/g, "_").replace(/^_/, "")}.mjs`;
  const result = await build({
    entryPoints: [HANDLERS[name]],
    outfile: file,
    bundle: true,
    minify: true,
    platform: "node",
    format: "esm",
    target: "node20",
    banner: { js: REQUIRE_SHIM },
    metafile: true,
    legalComments: "none",
    logLevel: "error",
  });
  const output = Object.values(result.metafile.outputs)[0];
  if (!output) throw new Error(`esbuild wrote nothing for ${name}`);
  return { name, file, bytes: output.bytes, packages: packagesIn(result.metafile) };
}

/** The npm packages (by name) that contributed code to a bundle, read from the esbuild metafile. */
export function packagesIn(metafile: Metafile): string[] {
  const names = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    // The innermost node_modules names the package (a dependency may be nested in another's).
    const matches = [...input.matchAll(/(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//g)];
    const name = matches.at(-1)?.[1];
    if (name) names.add(name);
  }
  return [...names].sort();
}

/** Milliseconds from spawning `node args…` to its exit. */
function timeNode(args: readonly string[]): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], env: coldEnv() });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0)
    throw new Error(`node ${args.join(" ")} failed: ${run.stderr.toString().slice(0, 500)}`);
  return ms;
}

/** A clean environment: no endpoint, no keys, no NODE_OPTIONS from the bench's own runner. */
function coldEnv(): NodeJS.ProcessEnv {
  const { PATH, HOME, LANG } = process.env;
  return { PATH, HOME, LANG };
}

/** Cold-start medians in ms: each bundle and a bare `node -e 0`, interleaved run by run. */
export function coldStarts(
  bundles: readonly BundleResult[],
  runs = 11,
): { bare: number; byName: Record<string, number> } {
  const samples = new Map<string, number[]>([
    ["bare", []],
    ...bundles.map((b) => [b.name, []] as [string, number[]]),
  ]);
  // One untimed run each first, so that every file is in the page cache.
  timeNode(["-e", "0"]);
  for (const b of bundles) timeNode([b.file]);
  for (let i = 0; i < runs; i++) {
    samples.get("bare")!.push(timeNode(["-e", "0"]));
    for (const b of bundles) samples.get(b.name)!.push(timeNode([b.file]));
  }
  const byName: Record<string, number> = {};
  for (const b of bundles) byName[b.name] = median(samples.get(b.name)!);
  return { bare: median(samples.get("bare")!), byName };
}
