/**
 * Applies the committed migrations to the database lib/env selects, then exits. Run before the app serves:
 * `npm run db:migrate` (PGlite under DATA_DIR locally; DATABASE_URL's server in CI and production).
 */
import { createDatabase, databaseOptionsFromEnv } from "@/db/client";
import { migrateDatabase, migrationsFolder } from "@/db/migrate";

/** Names the target without printing credentials: the URL's password must never reach CI logs. */
function describe(options: ReturnType<typeof databaseOptionsFromEnv>): string {
  if (options.kind === "pglite") return `pglite at ${options.dataDir ?? "(memory)"}`;
  const url = new URL(options.url);
  return `${options.kind} at ${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
}

async function main(): Promise<void> {
  const options = databaseOptionsFromEnv();
  console.log(`Applying migrations from ${migrationsFolder()} to ${describe(options)}`);
  const handle = createDatabase(options);
  try {
    await migrateDatabase(handle);
  } finally {
    await handle.close();
  }
  console.log("Migrations applied.");
}

// No top-level await: tsx runs this file as CommonJS (package.json has no "type": "module").
main().catch((error: unknown) => {
  // Drizzle wraps driver errors ("Failed query: …"); the cause says why (refused connection, bad password, …).
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}${cause}`);
  process.exitCode = 1;
});
