/**
 * Setup for the `integration` project, run before EACH test file's imports: gives the file a database of its own, so
 * files run in parallel without seeing each other's rows, and leaves nothing behind.
 *
 * The run's migrated database comes from the global setup (`integration-global.ts`, provided as `integrationRun`);
 * this file only copies it, so no file migrates:
 * - PostgreSQL (DATABASE_URL set, as on CI): `CREATE DATABASE rehearse_test_<run id>_<random> TEMPLATE <the run's
 *   template>`, handed to the app as its DATABASE_URL.
 * - PGlite: the template's data folder copied to `${DATA_DIR}/pglite`, where the app's `getDb()` opens it; its
 *   migrator then finds nothing to do.
 *
 * DATA_DIR is always a fresh folder under the run's temp folder, so local auth keys never touch the project's `.data`.
 * This file writes process.env before anything imports lib/env, which reads it once at import time, and imports no
 * app module itself until afterAll.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { databaseUrl, randomId, runAsAdmin } from "./template-database";

const run = inject("integrationRun");
if (!run) throw new Error("No integrationRun was provided: run these tests in the `integration` project, with its globalSetup.");
const template = run.database;

// Kept to restore in afterAll: if the runner reuses this worker for another file, that file must see the admin URL,
// not this file's (by then dropped) database.
const originalEnv = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR };
const tempDir = fs.mkdtempSync(path.join(run.dir, "file-"));
process.env.DATA_DIR = tempDir;

const databaseName = template.kind === "postgres" ? `${template.filePrefix}_${randomId()}` : undefined;

function restoreEnv(name: keyof typeof originalEnv): void {
  const value = originalEnv[name];
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

// Registered before anything can fail below, so a failed copy still drops the database and the folder. (When every
// test of the file is skipped Vitest runs no afterAll; the global teardown sweeps up after such files.)
afterAll(async () => {
  // Close first: PGlite must flush before its folder goes, and the server refuses to drop a database in use
  // (WITH (FORCE) covers any connection a failed test leaked). Same module instance as the test file's.
  const { closeDb } = await import("@/db/client");
  await closeDb();
  if (template.kind === "postgres" && databaseName) {
    await runAsAdmin(template.adminUrl, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  }
  fs.rmSync(tempDir, { recursive: true, force: true });
  restoreEnv("DATABASE_URL");
  restoreEnv("DATA_DIR");
});

if (template.kind === "postgres" && databaseName) {
  // Both names are built from hex ids (randomId), so interpolating them cannot inject SQL.
  await runAsAdmin(template.adminUrl, `CREATE DATABASE "${databaseName}" TEMPLATE "${template.name}"`);
  process.env.DATABASE_URL = databaseUrl(template.adminUrl, databaseName);
} else if (template.kind === "pglite") {
  // `${DATA_DIR}/pglite` is where db/client's databaseOptionsFromEnv() puts PGlite. The template is closed and never
  // written during the run, so a plain copy is a consistent cluster (cheaper than PGlite's loadDataDir, which starts
  // a PGlite to unpack a dump). COPYFILE_FICLONE shares blocks where the filesystem can, and copies where it cannot.
  fs.cpSync(template.dataDir, path.join(tempDir, "pglite"), { recursive: true, mode: fs.constants.COPYFILE_FICLONE });
}
