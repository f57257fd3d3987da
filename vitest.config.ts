import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests only: Playwright specs in e2e/ must not be collected here.
export default defineConfig({
  test: {
    include: ["lib/**/*.test.ts", "simulator/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
  },
  resolve: {
    alias: { "@": fileURLToPath(new URL(".", import.meta.url)) },
  },
});
