/**
 * Database client factory and the process-wide handle.
 *
 * Three drivers sit behind one `Database` type so query code never knows which runs: PGlite (local, no setup),
 * Neon's serverless Pool (production) and node-postgres (any other PostgreSQL, e.g. CI's). Nothing here opens a
 * connection at import time: Next's build imports this module and must not touch a database.
 */
import "server-only";
import { PGlite } from "@electric-sql/pglite";
import { Pool as NeonPool, neonConfig } from "@neondatabase/serverless";
import WebSocketImpl from "ws";
import { drizzle as drizzleNeon } from "drizzle-orm/neon-serverless";
import { drizzle as drizzleNodePostgres } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import path from "node:path";
import pg from "pg";
import { adapters, dataDir, env } from "@/lib/env";
import { log } from "@/lib/observability/logger";
import { migrateDatabase } from "./migrate";
import * as schema from "./schema";

/** The driver-agnostic Drizzle instance every query function takes. A transaction (`tx`) is one too. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseKind = "pglite" | "neon" | "postgres";

export type DatabaseOptions =
  | { kind: "pglite"; /** Folder for PGlite's files; undefined keeps the database in memory. */ dataDir?: string }
  | { kind: "neon" | "postgres"; url: string };

/** An open database: the Drizzle instance, which driver runs it, and how to release it. */
export type DatabaseHandle = {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
};

// A connect that hangs would hang every request (and the health check) behind it; fail fast instead.
const CONNECT_TIMEOUT_MS = 10_000;

/** Opens a database with the given driver. Cheap for the pools (they connect lazily); PGlite starts on first query. */
export function createDatabase(options: DatabaseOptions): DatabaseHandle {
  switch (options.kind) {
    case "pglite": {
      const client = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
      const db = drizzlePglite({ client, schema });
      return { db, kind: "pglite", close: () => client.close() };
    }
    case "neon": {
      // Neon's Pool speaks over WebSockets: Node 22+ and edge runtimes have a global WebSocket; Node 20 gets `ws`.
      if (!neonConfig.webSocketConstructor && typeof globalThis.WebSocket === "undefined") {
        neonConfig.webSocketConstructor = WebSocketImpl;
      }
      const client = new NeonPool({ connectionString: options.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
      const db = drizzleNeon({ client, schema });
      return { db, kind: "neon", close: () => client.end() };
    }
    case "postgres": {
      const client = new pg.Pool({ connectionString: options.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
      // An idle connection the server ends (a restart, a dropped test database) is an 'error' event on the pool, which
      // would crash the process without a listener; the pool has already discarded that connection.
      client.on("error", (error: Error & { code?: string }) => log.warn("database_idle_connection_lost", { code: error.code ?? "unknown" }));
      const db = drizzleNodePostgres({ client, schema });
      return { db, kind: "postgres", close: () => client.end() };
    }
  }
}

/** The options lib/env selects: PGlite under `${dataDir}/pglite` unless DATABASE_URL names a server. */
export function databaseOptionsFromEnv(): DatabaseOptions {
  if (adapters.database === "pglite" || !env.DATABASE_URL) {
    return { kind: "pglite", dataDir: path.join(dataDir, "pglite") };
  }
  return { kind: adapters.database, url: env.DATABASE_URL };
}

/** Opens the database lib/env selects and, for PGlite, brings its schema up to date (a local app needs no setup). */
export async function openDatabaseFromEnv(): Promise<DatabaseHandle> {
  const handle = createDatabase(databaseOptionsFromEnv());
  // Servers are migrated by `npm run db:migrate` before the app serves; migrating from every serverless instance
  // at once would race. PGlite is private to this process, so migrating here is safe.
  if (handle.kind === "pglite") {
    try {
      await migrateDatabase(handle);
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
  }
  return handle;
}

// Cached on globalThis, not in a module variable: Next's dev server re-evaluates modules on every edit, and a second
// PGlite on the same folder (or a new pool per edit) would corrupt data or leak connections.
const cache = globalThis as typeof globalThis & { __rehearseDatabase?: Promise<DatabaseHandle>; __rehearseDatabaseShutDown?: boolean };

/** The process-wide database, opened (and for PGlite, migrated) on first call. A failed open is retried next call. */
export async function getDb(): Promise<Database> {
  // After shutdown a late request (a stream cut off at the deadline) must not reopen PGlite as the process exits.
  if (cache.__rehearseDatabaseShutDown) throw Object.assign(new Error("The database is closed: the server is shutting down."), { code: "57P01" });
  if (!cache.__rehearseDatabase) {
    const opening = openDatabaseFromEnv();
    cache.__rehearseDatabase = opening;
    opening.catch(() => {
      if (cache.__rehearseDatabase === opening) cache.__rehearseDatabase = undefined;
    });
  }
  return (await cache.__rehearseDatabase).db;
}

/** Closes the process-wide database if it was opened; the next `getDb()` opens a fresh one. For tests and scripts. */
export async function closeDb(): Promise<void> {
  const opening = cache.__rehearseDatabase;
  if (!opening) return;
  cache.__rehearseDatabase = undefined;
  const handle = await opening.catch(() => undefined);
  await handle?.close();
}

/** Closes the process-wide database for good: the server is stopping, and nothing may open it again. */
export async function shutdownDb(): Promise<void> {
  cache.__rehearseDatabaseShutDown = true;
  await closeDb();
}
