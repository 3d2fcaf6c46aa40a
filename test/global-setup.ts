/**
 * Builds `dist/` before the tests when it is missing or older than `src/`: the tests of the published
 * package (its types as an editor shows them, its two builds side by side) read what `npm pack` ships.
 * CI builds first, so this only builds for a newcomer's `npm ci && npm test`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const built = join(ROOT, "dist", "index.d.ts");
  const inputs = Math.max(newestMtime(join(ROOT, "src")), statSync(join(ROOT, "tsup.config.ts")).mtimeMs);
  if (existsSync(built) && statSync(built).mtimeMs >= inputs) return;
  console.log("dist/ is missing or older than src/: building it (npm run build)…");
  execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}
