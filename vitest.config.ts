import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["kernel-sim/**/*.test.ts", "labs/**/*.test.ts", "worker/**/*.test.ts", "web/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    pool: "threads",
    testTimeout: 30000,
  },
});
