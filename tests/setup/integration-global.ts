/**
 * Global setup for the `integration` project, run once per `vitest run` before any test file: migrates ONE database
 * and provides it (as `integrationRun`) to every file's setup, which copies it instead of migrating its own.
 * Starting PGlite from nothing and migrating it cost each file most of its first test (20-60 s on a busy 2-core
 * machine, past the 30 s test timeout); a copy costs a fraction of a second.
 *
 * - DATABASE_URL set (CI's PostgreSQL): `rehearse_template_<run id>` on that server, migrated, then closed to
 *   connections so `CREATE DATABASE ... TEMPLATE` can copy it at any time.
 * - Otherwise: a PGlite data folder in the run's temp folder, migrated and closed.
 * Teardown drops the template and any file database left behind, and removes the run's temp folder.
 *
 * Which migrations exist does not matter here: `migrateDatabase` applies whatever db/migrations holds. Nothing from the
 * app that reads the environment (lib/env) is imported, so this process never writes key material to `.data`.
 */
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzleNodePostgres } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import type { DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { databaseUrl, type IntegrationRun, randomId, runAsAdmin, type TemplateDatabase } from "./template-database";

/** Migrates `handle` and closes it, whether or not the migration succeeded. */
async function migrateAndClose(handle: DatabaseHandle): Promise<void> {
  try {
    await migrateDatabase(handle);
  } finally {
    // For PGlite, closing flushes everything to the folder: the files copy a finished, consistent cluster.
    await handle.close();
  }
}

async function createPostgresTemplate(adminUrl: string, runId: string): Promise<TemplateDatabase> {
  const template: TemplateDatabase = {
    kind: "postgres",
    adminUrl,
    name: `rehearse_template_${runId}`,
    filePrefix: `rehearse_test_${runId}`,
  };
  await runAsAdmin(adminUrl, `CREATE DATABASE "${template.name}"`);
  try {
    const pool = new pg.Pool({ connectionString: databaseUrl(adminUrl, template.name) });
    // The migrator needs the driver's Drizzle instance, not the app's schema; the cast only gives it the common type.
    const db = drizzleNodePostgres({ client: pool }) as unknown as DatabaseHandle["db"];
    await migrateAndClose({ db, kind: "postgres", close: () => pool.end() });
    // A template must have no sessions while it is copied; refusing connections keeps a stray one from breaking
    // every file's CREATE DATABASE. The copies are created with connections allowed, as usual.
    await runAsAdmin(adminUrl, `ALTER DATABASE "${template.name}" WITH ALLOW_CONNECTIONS false`);
  } catch (error) {
    await dropPostgresDatabases(template).catch(() => undefined);
    throw error;
  }
  return template;
}

/** Drops the template and every file database of this run still there (roles are cluster-wide and stay). */
async function dropPostgresDatabases(template: Extract<TemplateDatabase, { kind: "postgres" }>): Promise<void> {
  const leftovers = await runAsAdmin<{ datname: string }>(
    template.adminUrl,
    "select datname from pg_database where starts_with(datname, $1)",
    [`${template.filePrefix}_`],
  );
  for (const name of [...leftovers.map((row) => row.datname), template.name]) {
    await runAsAdmin(template.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

async function createPgliteTemplate(runDir: string): Promise<TemplateDatabase> {
  const dataDir = path.join(runDir, "template");
  const client = new PGlite(dataDir);
  const db = drizzlePglite({ client }) as unknown as DatabaseHandle["db"];
  await migrateAndClose({ db, kind: "pglite", close: () => client.close() });
  return { kind: "pglite", dataDir };
}

/** Vitest's global setup: builds the template, provides it to the project's files, and returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Read here, not through lib/env: this is the server the files' databases are created on.
  const adminUrl = process.env.DATABASE_URL?.trim() || undefined;
  const runId = randomId();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `rehearse-integration-${runId}-`));
  let database: TemplateDatabase;
  try {
    database = adminUrl ? await createPostgresTemplate(adminUrl, runId) : await createPgliteTemplate(dir);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  project.provide("integrationRun", { dir, database } satisfies IntegrationRun);
  return async () => {
    try {
      if (database.kind === "postgres") await dropPostgresDatabases(database);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}
