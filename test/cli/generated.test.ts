// The generated files (services module, catalog of descriptions, docs/operations.md) are what
// scripts/generate-cli.ts makes from the code as it is now: CI fails when someone forgot to regenerate.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { GENERATED, generate, serviceNames } from "../../scripts/generate-cli.js";
import { SERVICE_MODULES } from "../../src/cli/services.generated.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("generated files", () => {
  it("are fresh (regenerate with: npx tsx scripts/generate-cli.ts)", async () => {
    const files = await generate();
    expect(Object.keys(files).sort()).toEqual(Object.values(GENERATED).sort());
    for (const [path, text] of Object.entries(files)) {
      expect(readFileSync(`${ROOT}/${path}`, "utf8"), `${path} is stale`).toBe(text);
    }
  }, 60_000);

  it("serve every service entry of src/services", () => {
    expect(Object.keys(SERVICE_MODULES)).toEqual(serviceNames());
  });
});
