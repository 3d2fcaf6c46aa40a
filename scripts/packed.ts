/**
 * The package as npm would publish it, installed into a throwaway consumer project: `npm pack`, the
 * tarball unpacked into `<consumer>/node_modules/volcengine-ts`, and its `dependencies` and
 * `peerDependencies` linked from this repository's `node_modules` (no network, nothing else: an import
 * of an undeclared package fails). Used by `scripts/check-package.ts` and by the tests that read the
 * published types.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A packed and installed copy of the package. */
export interface PackedConsumer {
  /** The folder holding the tarball and the consumer project. */
  work: string;
  tarball: string;
  /** What `npm pack` said of it. */
  packed: { filename: string; entryCount: number; size: number };
  /** The consumer project (with `package.json` and `node_modules/volcengine-ts`). */
  consumer: string;
}

/** Packs the built package (run `npm run build` first) and installs it into a new consumer project. */
export function packIntoConsumer(): PackedConsumer {
  if (!existsSync(join(ROOT, "dist"))) throw new Error("dist/ is missing: run `npm run build` first");
  const work = mkdtempSync(join(tmpdir(), "volcengine-ts-package-"));
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", work], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  )[0];
  const tarball = join(work, packed.filename);
  const consumer = join(work, "consumer");
  const installed = join(consumer, "node_modules", "volcengine-ts");
  mkdirSync(installed, { recursive: true });
  writeFileSync(
    join(consumer, "package.json"),
    '{ "name": "consumer", "private": true, "type": "module" }\n',
  );
  execFileSync("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
  const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  const wanted = { ...manifest.peerDependencies, ...manifest.dependencies, "@types/node": "*" };
  for (const name of Object.keys(wanted)) {
    const from = join(ROOT, "node_modules", name);
    if (!existsSync(from))
      throw new Error(`${name} (a dependency of the package) is not installed here: run npm ci`);
    const to = join(consumer, "node_modules", name);
    mkdirSync(dirname(to), { recursive: true });
    symlinkSync(from, to, "dir");
  }
  return { work, tarball, packed, consumer };
}
