import { sql } from "drizzle-orm";
import fs from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createDatabase, getDb, type Database, type DatabaseHandle } from "@/db/client";
import { listSchemaTables, tablesWithRowLevelSecurity } from "@/db/data-map";
import { migrateDatabase, migrationsFolder } from "@/db/migrate";
import { adapters, env } from "@/lib/env";

// Every table db/schema/ defines, so a table added to the schema without a migration fails here.
const expectedTables = listSchemaTables()
  .map((table) => table.name)
  .sort();

const journal = JSON.parse(fs.readFileSync(`${migrationsFolder()}/meta/_journal.json`, "utf8")) as {
  entries: unknown[];
};

// execute() is typed loosely across drivers; every driver's result carries `rows`.
async function rows<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

async function publicTables(db: Database): Promise<string[]> {
  const found = await rows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
  );
  return found.map((row) => row.table_name);
}

async function appliedMigrations(db: Database): Promise<number> {
  const [row] = await rows<{ count: string | number }>(
    db,
    sql`select count(*) as count from drizzle.__drizzle_migrations`,
  );
  return Number(row?.count);
}

/** Tables with row-level security enabled and forced (what migration 0002 and later ones switch on). */
async function guardedTables(db: Database): Promise<string[]> {
  const found = await rows<{ relname: string }>(
    db,
    sql`select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity and c.relforcerowsecurity order by c.relname`,
  );
  return found.map((row) => row.relname);
}

async function expectFreshDatabaseMigrates(handle: DatabaseHandle): Promise<void> {
  expect(await publicTables(handle.db)).toEqual([]);
  await migrateDatabase(handle);
  expect(await publicTables(handle.db)).toEqual(expectedTables);
  expect(await guardedTables(handle.db)).toEqual(tablesWithRowLevelSecurity());
  expect(await appliedMigrations(handle.db)).toBe(journal.entries.length);
  // A second run finds nothing pending and changes nothing.
  await migrateDatabase(handle);
  expect(await appliedMigrations(handle.db)).toBe(journal.entries.length);
}

describe("migrations", () => {
  it(
    "creates every table on a fresh PGlite database and treats a rerun as a no-op",
    async () => {
      const handle = createDatabase({ kind: "pglite" });
      try {
        await expectFreshDatabaseMigrates(handle);
      } finally {
        await handle.close();
      }
    },
    // Booting PGlite from nothing and migrating it takes 20-30 s on a busy 2-core machine, past the suite's 30 s default.
    120_000,
  );

  it.skipIf(adapters.database !== "postgres")(
    "creates every table on a fresh PostgreSQL database and treats a rerun as a no-op",
    async () => {
      // A sibling of this file's database, so the server under test starts from nothing.
      const url = new URL(env.DATABASE_URL!);
      const name = `${url.pathname.slice(1)}_fresh`;
      const admin = new pg.Client({ connectionString: url.toString() });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
        url.pathname = `/${name}`;
        const handle = createDatabase({ kind: "postgres", url: url.toString() });
        try {
          await expectFreshDatabaseMigrates(handle);
        } finally {
          await handle.close();
        }
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      }
    },
  );

  it("returns an app database with every table in place on first getDb()", async () => {
    const db = await getDb();
    expect(await publicTables(db)).toEqual(expectedTables);
    expect(await appliedMigrations(db)).toBe(journal.entries.length);
  });
});
