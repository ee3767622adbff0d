/**
 * Applies the committed migrations in `db/migrations` with the migrator that matches the handle's driver.
 * Each migrator records what it applied in `drizzle.__drizzle_migrations`, so running it again is a no-op.
 */
import "server-only";
import { migrate as migrateNeon } from "drizzle-orm/neon-serverless/migrator";
import type { NeonDatabase } from "drizzle-orm/neon-serverless";
import { migrate as migrateNodePostgres } from "drizzle-orm/node-postgres/migrator";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import path from "node:path";
import type { DatabaseHandle } from "./client";
import type * as schema from "./schema";

type Schema = typeof schema;

/**
 * The migrations folder, from the working directory rather than this file's location: inside a Next bundle
 * `import.meta.url`/`__dirname` point into `.next/`, while the process still runs from the project root.
 */
export function migrationsFolder(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), "db", "migrations");
}

/** Applies every pending migration to the handle's database. Idempotent. */
export async function migrateDatabase(handle: DatabaseHandle, folder: string = migrationsFolder()): Promise<void> {
  const config = { migrationsFolder: folder };
  // The handle's `db` is the driver's own instance behind the common type; the casts only restore what it is.
  switch (handle.kind) {
    case "pglite":
      await migratePglite(handle.db as unknown as PgliteDatabase<Schema>, config);
      return;
    case "neon":
      await migrateNeon(handle.db as unknown as NeonDatabase<Schema>, config);
      return;
    case "postgres":
      await migrateNodePostgres(handle.db as unknown as NodePgDatabase<Schema>, config);
      return;
  }
}
