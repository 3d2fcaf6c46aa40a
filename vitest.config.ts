import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Wire tests open loopback sockets; two cores, so keep the pool small and the timeouts generous.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
