/**
 * drizzle-kit configuration. Only `generate` is used (migrations are committed and applied by `npm run db:migrate`
 * or, for local PGlite, by the app on first use), so no credentials are needed and it runs offline.
 */
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  // Refuse ambiguous renames instead of guessing, and print the SQL it would run.
  strict: true,
  verbose: true,
});
