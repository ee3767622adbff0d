/**
 * Setup for the `integration` project, run before EACH test file's imports: gives the file a database of its own, so
 * files run in parallel without seeing each other's rows, and leaves nothing behind.
 *
 * - DATABASE_URL set (CI: the real PostgreSQL 15): it is used as an admin connection to create
 *   `rehearse_test_<random>`, which is migrated here (servers are migrated before the app serves, as in production)
 *   and handed to the app as its DATABASE_URL.
 * - Otherwise: PGlite on disk under a fresh DATA_DIR; the app's `getDb()` migrates it on first use, as locally.
 *
 * DATA_DIR is always a fresh temp folder, so local auth keys never touch the project's `.data`.
 * This file writes process.env before anything imports lib/env, which reads it once at import time; that is why the
 * app modules are imported dynamically below, after the writes.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll } from "vitest";

// Kept to restore in afterAll: if the runner reuses this worker for another file, that file must see the admin URL,
// not this file's (by then dropped) database.
const originalEnv = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR };
const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-integration-"));
process.env.DATA_DIR = tempDir;

const adminUrl = originalEnv.DATABASE_URL?.trim() || undefined;
const databaseName = adminUrl ? `rehearse_test_${randomBytes(6).toString("hex")}` : undefined;

/** Runs one statement on the admin connection. CREATE/DROP DATABASE cannot run inside a pool's transaction. */
async function runAsAdmin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function restoreEnv(name: keyof typeof originalEnv): void {
  const value = originalEnv[name];
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

// Registered before anything can fail below, so a failed migration still drops the database and the folder.
afterAll(async () => {
  // Close first: PGlite must flush before its folder goes, and the server refuses to drop a database in use
  // (WITH (FORCE) covers any connection a failed test leaked). Same module instance as the test file's.
  const { closeDb } = await import("@/db/client");
  await closeDb();
  if (adminUrl && databaseName) {
    await runAsAdmin(adminUrl, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  }
  fs.rmSync(tempDir, { recursive: true, force: true });
  restoreEnv("DATABASE_URL");
  restoreEnv("DATA_DIR");
});

if (adminUrl && databaseName) {
  // The name is generated above (hex only), so interpolating it cannot inject SQL.
  await runAsAdmin(adminUrl, `CREATE DATABASE "${databaseName}"`);
  const testUrl = new URL(adminUrl);
  testUrl.pathname = `/${databaseName}`;
  process.env.DATABASE_URL = testUrl.toString();

  // Imported only now: lib/env (pulled in by db/client) must see the variables written above, and reads them once.
  const { createDatabase } = await import("@/db/client");
  const { migrateDatabase } = await import("@/db/migrate");
  const handle = createDatabase({ kind: "postgres", url: testUrl.toString() });
  try {
    await migrateDatabase(handle);
  } finally {
    await handle.close();
  }
}
