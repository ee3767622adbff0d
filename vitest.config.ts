import path from "node:path";
import { defineConfig } from "vitest/config";

// `server-only` throws outside a React Server Components build; tests run server modules directly.
const alias = { "@": path.resolve(__dirname), "server-only": path.resolve(__dirname, "node_modules/server-only/empty.js") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "db/**/*.test.ts", "tests/unit/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/unit-global.ts"],
          setupFiles: ["tests/setup/unit-env.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // Migrates one database per run; each file's setup copies it (see the two files for how, per driver).
          globalSetup: ["tests/setup/integration-global.ts"],
          setupFiles: ["tests/setup/integration-env.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
