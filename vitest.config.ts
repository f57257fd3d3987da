import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // "server-only" throws outside React's server build; unit tests run server code directly.
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    // Timeouts guard against hangs, not speed: a busy 2-core CI machine runs these several times slower.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "simulator/**/*.test.ts", "scripts/**/*.test.ts"],
  },
});
