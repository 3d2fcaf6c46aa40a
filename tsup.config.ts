import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    fetch: "src/fetch.ts",
    vms: "src/services/vms/index.ts",
    cen: "src/services/cen/index.ts",
    sts: "src/services/sts/index.ts",
    testing: "src/testing/index.ts",
    "testing-msw": "src/testing/msw.ts",
    "emulator-cli": "src/testing/cli.ts",
    cli: "src/cli/bin.ts",
    "cli-core": "src/cli/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: false,
  clean: true,
  target: "node20",
  splitting: true,
  treeshake: true,
});
