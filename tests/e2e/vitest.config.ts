// The browser tests: Debian's Chromium against the built page. Separate from the unit suite
// (which excludes tests/e2e) because they build the app and start a server: run them with
// `vitest run --config tests/e2e/vitest.config.ts`.

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("../../", import.meta.url).pathname,
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/e2e/global_setup.ts"],
    // One browser at a time: the tests share one build and each starts its own server.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
