/**
 * Reading one page of a user's rows from any table, for the data export (lib/privacy/export/). Generic by table: the
 * export plan, built from the data map, names the table, its columns, its key and which column holds the user's id
 * or email; nothing here knows a table by name. PostgreSQL writes each row as JSON text itself, so a page goes to the
 * file without being parsed and printed again (timestamps in ISO 8601, UTC; JSON columns as they are stored;
 * generated columns as they read).
 *
 * Pages are keyset pages by primary key, each its own short transaction: a slow download never holds a transaction
 * open (on PGlite, one held transaction would stall every other request).
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { runScoped, type ScopedDb, switchScope } from "../scoped";

/** One page's request: which rows (`subject`), which columns, after which key. */
export type ExportPageRequest = {
  table: string;
  columns: readonly string[];
  keyColumn: string;
  /** The rows whose `column` equals `value` (an email is compared lower-cased, as invites store it). */
  subject: { column: string; value: string; holds: "user id" | "email"; label: string | null };
  /** For an organisation's table: read with that organisation in scope, each row naming it. */
  organisation: { id: string; column: string } | null;
  /** For an organisation's table read in the user's own scope: the column whose organisation's name each row carries. */
  organisationNameColumn?: string | null;
  after: string | null;
  limit: number;
};

export type ExportPage = {
  /** Each row as one JSON object's text. */
  rows: string[];
  /** The key of the last row, for the next page; null when this page was the last. */
  nextAfter: string | null;
};

// Names come from the schema, never from a request; the check keeps a raw literal from ever carrying a quote.
const SQL_NAME = /^[a-z_][a-z0-9_]*$/;

function name(value: string): string {
  if (!SQL_NAME.test(value)) throw new Error(`not a plain SQL name: ${value}`);
  return value;
}

function column(value: string): SQL {
  return sql.raw(`t."${name(value)}"`);
}

function rowObject(request: ExportPageRequest): SQL {
  const pairs = request.columns.map((c) => sql.raw(`'${name(c)}', t."${name(c)}"`));
  if (request.subject.label) pairs.push(sql`'exported_as', ${request.subject.label}::text`);
  const nameColumn = request.organisation?.column ?? request.organisationNameColumn;
  // Null for an organisation the user does not belong to: row-level security shows them only their own teams.
  if (nameColumn) pairs.push(sql`'organisation_name', (select o.name from organisations o where o.id = ${column(nameColumn)})`);
  return sql`json_build_object(${sql.join(pairs, sql`, `)})::text`;
}

/** One keyset page of the rows `request` names, as JSON text, under the handle's row-level security. */
export async function readExportPage(db: ScopedDb, request: ExportPageRequest): Promise<ExportPage> {
  return db.transaction(async (tx) => {
    const scoped = request.organisation ? await switchScope(tx, organisationScope(tx, request.organisation.id)) : tx;
    return runScoped(scoped, async (conn) => {
      // Timestamps print in the session's zone: UTC, whatever the server's default.
      await conn.execute(sql`select set_config('TimeZone', 'UTC', true)`);
      // Invites sent to the user, from any organisation, are visible to this transaction only (migration 0016).
      if (request.subject.holds === "email") await conn.execute(sql`select set_config('app.user_email', ${request.subject.value}, true)`);
      const key = column(request.keyColumn);
      const subject = column(request.subject.column);
      const match = request.subject.holds === "email" ? sql`${subject} = lower(${request.subject.value})` : sql`${subject} = ${request.subject.value}`;
      const after = request.after === null ? sql`` : sql` and ${key} > ${request.after}`;
      const table = sql.identifier(name(request.table));
      // The page's keys first, then their rows: PostgreSQL may find the keys by sorting all of the user's rows (a
      // bitmap scan on the owner index), and then builds the JSON for this page's rows only, not for every row sorted.
      const result = await conn.execute(sql`
        select ${key}::text as key, ${rowObject(request)} as row
        from (
          select ${key} as page_key from ${table} t where ${match}${after} order by ${key} limit ${request.limit}
        ) page
        join ${table} t on ${key} = page.page_key
        order by ${key}`);
      const rows = (result as unknown as { rows: { key: string; row: string }[] }).rows;
      return { rows: rows.map((r) => r.row), nextAfter: rows.length === request.limit ? rows.at(-1)!.key : null };
    });
  });
}

/** The caller's scope with one of their organisations added: row-level security then shows that organisation's rows. */
function organisationScope(db: ScopedDb, orgId: string) {
  const scope = db.scope;
  if (scope.role !== "app" || !scope.userId) throw new Error("an export reads as a signed-in user");
  return { role: "app" as const, userId: scope.userId, orgId };
}
