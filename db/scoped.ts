/**
 * The scoped database handle: the only way request and job code reaches the database.
 *
 * Every unit of work runs in a transaction that first tells PostgreSQL who is asking (`app.user_id`, `app.org_id`,
 * `app.subject`, and `app.token_hash` for the holder of a token link) and switches to a role that owns no table (`rehearse_app`, or `rehearse_system` for jobs), so the
 * row-level security policies of migration 0002 apply even to a query that forgot its owner filter. The principal
 * and the role are set with `set_config(…, true)`: transaction-local, so a pooled connection never carries one
 * request's principal into the next.
 *
 * A handle outside a transaction opens a short one per query (so no transaction is held while, say, an AI stream
 * runs); `transaction()` groups several queries into one. Only db/queries reads the raw Drizzle handle, through
 * `runScoped`.
 */
import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "./client";

/** Who the database sees. Set from the request's principal; never from anything the client sent. */
export type DbScope =
  | { role: "app"; userId?: string; orgId?: string; subject?: string; tokenHash?: string }
  | { role: "system"; job: string };

const ROLE_NAMES = { app: "rehearse_app", system: "rehearse_system" } as const;

export interface ScopedDb {
  readonly scope: DbScope;
  /** Runs `work` in one transaction with the scope set; inside a transaction already, joins it. */
  transaction<T>(work: (db: ScopedDb) => Promise<T>): Promise<T>;
  /** Opens the database behind the handle (PGlite boots and migrates here; pools connect lazily) without a query. */
  ready(): Promise<void>;
}

class ScopedHandle implements ScopedDb {
  constructor(
    private readonly open: () => Promise<Database>,
    readonly scope: DbScope,
    readonly tx?: Database,
  ) {}

  withScope(scope: DbScope): ScopedHandle {
    return new ScopedHandle(this.open, scope, this.tx);
  }

  async ready(): Promise<void> {
    await this.open();
  }

  async transaction<T>(work: (db: ScopedDb) => Promise<T>): Promise<T> {
    if (this.tx) return work(this);
    const root = await this.open();
    return root.transaction(async (tx) => {
      await tx.execute(scopeStatement(this.scope));
      return work(new ScopedHandle(this.open, this.scope, tx));
    });
  }
}

/** One statement that sets the role and every principal setting (unset ones to ''), so a scope costs one round trip. */
export function scopeStatement(scope: DbScope) {
  const app: { userId?: string; orgId?: string; subject?: string; tokenHash?: string } = scope.role === "app" ? scope : {};
  return sql`select set_config('role', ${ROLE_NAMES[scope.role]}, true), set_config('app.user_id', ${app.userId ?? ""}, true), set_config('app.org_id', ${app.orgId ?? ""}, true), set_config('app.subject', ${app.subject ?? ""}, true), set_config('app.token_hash', ${app.tokenHash ?? ""}, true)`;
}

/**
 * Inside a transaction, changes who the database sees for the rest of it: sign-in finds the user by its verified
 * subject, then writes the audit event as that user. Refuses outside a transaction, where it would mean nothing.
 */
export async function switchScope(db: ScopedDb, scope: DbScope): Promise<ScopedDb> {
  if (!(db instanceof ScopedHandle) || !db.tx) throw new Error("switchScope needs a handle from db.transaction()");
  await db.tx.execute(scopeStatement(scope));
  return db.withScope(scope);
}

/** A scoped handle over the database `open` returns (the process-wide one in the app; a test's own in tests). */
export function scopedDb(open: () => Promise<Database>, scope: DbScope): ScopedDb {
  return new ScopedHandle(open, scope);
}

/**
 * For db/queries only: runs `work` with the raw Drizzle handle of the scope's transaction (joining the caller's
 * transaction, or opening one for this query alone).
 */
export function runScoped<T>(db: ScopedDb, work: (tx: Database) => Promise<T>): Promise<T> {
  if (db instanceof ScopedHandle && db.tx) return work(db.tx);
  return db.transaction((scoped) => work((scoped as ScopedHandle).tx!));
}
