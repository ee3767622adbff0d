/**
 * Proves the second wall of migration 0002 on the test's own database (PGlite, or PostgreSQL with DATABASE_URL):
 * queries that forget their owner filter still see and write only the principal's rows, the principal never
 * outlives its transaction, and the catalogue agrees with db/data-map.ts.
 *
 * The statements here are bare SQL on purpose: no owner filter, so only row-level security can stand in the way.
 * The raw `getDb()` handle (a superuser that never switched role) arranges and counts rows, as an admin would.
 */
import { type SQL, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { type Database, getDb } from "@/db/client";
import { dataMap, listSchemaTables, type TableName, tablesWithRowLevelSecurity } from "@/db/data-map";
import { type DbScope, runScoped, type ScopedDb, scopedDb } from "@/db/scoped";
import { newPerson, type Person, rowOwnedBy, type UserOwnedTable, userOwnedTables } from "@/tests/helpers/user-owned-rows";

const handleFor = (scope: DbScope): ScopedDb => scopedDb(getDb, scope);
const asUser = (person: Person) => handleFor({ role: "app", userId: person.id });
const anonymous = () => handleFor({ role: "app" });
const system = () => handleFor({ role: "system", job: "test" });

/** The column naming a row's owner, from the data map (for `users`, its own id; for the audit log, the actor). */
function ownerColumn(table: UserOwnedTable): string {
  const owner = dataMap[table].owner;
  if (owner.kind !== "user") throw new Error(`${table} has row-level security but no owning user in the data map`);
  return owner.column;
}

/** Two people with one row each in every table (written with the raw handle, past row-level security). */
async function seedTwoPeople(): Promise<{ a: Person; b: Person }> {
  const raw = await getDb();
  const a = newPerson();
  const b = newPerson();
  for (const table of Object.keys(rowOwnedBy) as UserOwnedTable[]) {
    await rowOwnedBy[table](raw, a);
    await rowOwnedBy[table](raw, b);
  }
  return { a, b };
}

// execute() is typed loosely across drivers; every driver's result carries `rows`.
async function rowsOf<T>(conn: Database, query: SQL): Promise<T[]> {
  return ((await conn.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Runs `query` through a scoped handle, as its principal, or through the raw handle, past row-level security. */
function run<T>(db: ScopedDb | Database, query: SQL): Promise<T[]> {
  return "scope" in db ? runScoped(db, (tx) => rowsOf<T>(tx, query)) : rowsOf<T>(db, query);
}

/** The owners of every row of `table` the handle can see. */
async function visibleOwners(db: ScopedDb | Database, table: UserOwnedTable): Promise<string[]> {
  const found = await run<{ owner: string | null }>(
    db,
    sql`select ${sql.identifier(ownerColumn(table))}::text as owner from ${sql.identifier(table)}`,
  );
  return found.map((row) => row.owner ?? "(none)");
}

async function countAll(db: ScopedDb | Database, table: TableName): Promise<number> {
  const [row] = await run<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
  return Number(row?.n);
}

/** Every message in an error's cause chain (Drizzle wraps the driver's error), for matching the database's words. */
function messages(error: unknown): string {
  const found: string[] = [];
  for (let current = error, depth = 0; current instanceof Error && depth < 8; current = current.cause, depth++) {
    found.push(current.message);
  }
  return found.join(" <- ");
}

async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, "the statement was not refused").toBeInstanceOf(Error);
  return messages(error);
}

/** Everything in every guarded table, to prove a refused statement changed nothing. */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const raw = await getDb();
  const entries = await Promise.all(
    tablesWithRowLevelSecurity().map(async (table) => {
      const rows = await rowsOf(raw, sql`select * from ${sql.identifier(table)} order by 1`);
      return [table, rows] as const;
    }),
  );
  return Object.fromEntries(entries);
}

describe("row-level security", () => {
  it("seeds a row in every table the data map says a user owns", () => {
    expect(Object.keys(rowOwnedBy).sort()).toEqual(userOwnedTables().sort());
  });

  it("returns only the principal's sessions to a bare select without an owner filter", async () => {
    const { a, b } = await seedTwoPeople();
    const raw = await getDb();
    const everyone = await rowsOf<{ user_id: string }>(raw, sql`select * from practice_sessions`);
    expect(everyone.map((row) => row.user_id)).toEqual(expect.arrayContaining([a.id, b.id]));

    const seenByA = await run<{ id: string; user_id: string }>(asUser(a), sql`select * from practice_sessions`);

    expect(seenByA).toEqual([expect.objectContaining({ id: a.sessionId, user_id: a.id })]);
  });

  it.each(userOwnedTables())("counts only the principal's own rows of %s", async (table) => {
    const { a, b } = await seedTwoPeople();
    const raw = await getDb();
    expect(await visibleOwners(raw, table)).toEqual(expect.arrayContaining([a.id, b.id]));

    expect(await countAll(asUser(a), table)).toBe(1);
    expect(await visibleOwners(asUser(a), table)).toEqual([a.id]);
  });

  it.each(userOwnedTables())("refuses an insert into %s that names another user", async (table) => {
    const { a, b } = await seedTwoPeople();
    const before = await snapshot();

    const raw = await getDb();
    const [grant] = await rowsOf<{ granted: boolean }>(
      raw,
      sql`select has_table_privilege('rehearse_app', ${table}, 'INSERT') as granted`,
    );

    const message = await refusal(runScoped(asUser(a), (tx) => rowOwnedBy[table](tx, { id: b.id, sessionId: b.sessionId })));

    // Tables only the system role writes (billing state) are not even granted INSERT; the rest reach their policy.
    expect(message).toMatch(grant?.granted ? /new row violates row-level security policy/ : /permission denied/);
    expect(await snapshot()).toEqual(before);
  });

  it.each(userOwnedTables())("refuses an update of %s that hands a row to another user", async (table) => {
    const { a, b } = await seedTwoPeople();
    const raw = await getDb();
    const [grant] = await rowsOf<{ granted: boolean }>(
      raw,
      sql`select has_table_privilege('rehearse_app', ${table}, 'UPDATE') as granted`,
    );
    const column = sql.identifier(ownerColumn(table));
    const before = await snapshot();

    const message = await refusal(
      runScoped(asUser(a), (tx) => tx.execute(sql`update ${sql.identifier(table)} set ${column} = ${b.id} where ${column} = ${a.id}`)),
    );

    // Append-only logs are not even granted UPDATE; every other table lets the update through to its policy.
    expect(message).toMatch(grant?.granted ? /new row violates row-level security policy/ : /permission denied/);
    expect(await snapshot()).toEqual(before);
  });

  it("changes none of another user's rows when an update or delete names them", async () => {
    const { a, b } = await seedTwoPeople();
    const before = await snapshot();

    const updated = await run(asUser(a), sql`update practice_sessions set status = 'saved' where user_id = ${b.id} returning id`);
    const deleted = await run(asUser(a), sql`delete from practice_answers where user_id = ${b.id} returning id`);
    const deletedUser = await run(asUser(a), sql`delete from users where id = ${b.id} returning id`);

    expect([updated, deleted, deletedUser]).toEqual([[], [], []]);
    expect(await snapshot()).toEqual(before);
  });

  it.each(userOwnedTables())("shows no row of %s to an anonymous scope and every row to a system scope", async (table) => {
    await seedTwoPeople();
    const raw = await getDb();
    const total = await countAll(raw, table);
    expect(total).toBeGreaterThanOrEqual(2);

    expect(await countAll(anonymous(), table)).toBe(0);
    expect(await countAll(system(), table)).toBe(total);
  });

  it("does not carry the principal past its transaction on the same connection", async () => {
    const { a } = await seedTwoPeople();
    const raw = await getDb();
    type Who = { role: string; user_id: string | null; pid: number };
    const who = sql`select current_user::text as role, current_setting('app.user_id', true) as user_id, pg_backend_pid() as pid`;
    const [connecting] = await run<Who>(raw, who);

    const [inside] = await run<Who>(asUser(a), who);
    const [after] = await run<Who>(raw, who);
    await expect(
      runScoped(asUser(a), async () => {
        throw new Error("work failed");
      }),
    ).rejects.toThrow("work failed");
    const [afterFailure] = await run<Who>(raw, who);

    expect(inside).toMatchObject({ role: "rehearse_app", user_id: a.id });
    // Same backend: the pool handed the scoped transaction's connection back (PGlite has only one).
    expect(after?.pid).toBe(inside?.pid);
    for (const state of [after, afterFailure]) {
      expect(state?.role).toBe(connecting?.role);
      expect(state?.role).not.toBe("rehearse_app");
      expect(state?.user_id ?? "").toBe("");
    }
  });
});

describe("the catalogue and the data map", () => {
  it("enables and forces row-level security on exactly the tables the data map marks", async () => {
    const raw = await getDb();
    const tables = listSchemaTables().map((table) => table.name as TableName);
    const found = await rowsOf<{ name: string; rls: boolean; forced: boolean }>(
      raw,
      sql`select c.relname as name, c.relrowsecurity as rls, c.relforcerowsecurity as forced
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r'`,
    );
    const byName = new Map(found.map((row) => [row.name, row]));

    for (const table of tables) {
      const expected = dataMap[table].rowLevelSecurity;
      const row = byName.get(table);
      expect(row, `${table} is missing from the database`).toBeDefined();
      expect({ table, rls: row?.rls, forced: row?.forced }).toEqual({ table, rls: expected, forced: expected });
    }
    // Every guarded table in the database is one the map lists, including any a migration made outside the schema.
    const guarded = found.filter((row) => row.rls || row.forced).map((row) => row.name);
    expect(guarded.sort()).toEqual(tablesWithRowLevelSecurity());
    expect(tablesWithRowLevelSecurity().length).toBeGreaterThan(0);
  });

  it("leaves the request and job roles owning no table", async () => {
    const raw = await getDb();
    const owned = await rowsOf<{ role: string; name: string }>(
      raw,
      sql`select r.rolname as role, c.relname as name from pg_class c join pg_roles r on r.oid = c.relowner
          where r.rolname in ('rehearse_app', 'rehearse_system') and c.relkind in ('r', 'p', 'v', 'm', 'f')`,
    );
    const [roles] = await rowsOf<{ n: number }>(
      raw,
      sql`select count(*)::int as n from pg_roles where rolname in ('rehearse_app', 'rehearse_system')`,
    );

    expect(roles?.n).toBe(2);
    expect(owned).toEqual([]);
  });
});
