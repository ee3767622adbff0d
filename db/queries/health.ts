/**
 * Database liveness for `/api/health`.
 *
 * Like every query it takes the scoped handle first; `select 1` reads no table, so any principal may run it.
 */
import "server-only";
import { sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";

export type DatabasePing = { ok: boolean; latencyMs: number };

/**
 * Runs `select 1` and reports whether it worked and its round trip. Never throws: a health check that errors tells
 * the caller nothing. The query gives up after `timeoutMs` (default 5000), since an unreachable server can otherwise
 * hold the request open. Opening the process-wide database sits outside the clock: on a cold local start it includes
 * PGlite's boot and migrations, which are slow but finite, while the pools connect lazily, inside the query.
 */
export async function pingDatabase(db: ScopedDb, options: { timeoutMs?: number } = {}): Promise<DatabasePing> {
  let started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await db.ready();
    started = performance.now();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("database ping timed out")), options.timeoutMs ?? 5000);
    });
    // Drizzle queries run on every `.then`; wrap once so the race and the catch below share a single execution.
    const ping = runScoped(db, (conn) => conn.execute(sql`select 1`));
    // The losing promise must not surface later as an unhandled rejection.
    ping.catch(() => undefined);
    await Promise.race([ping, timeout]);
    return { ok: true, latencyMs: elapsed() };
  } catch {
    return { ok: false, latencyMs: elapsed() };
  } finally {
    clearTimeout(timer);
  }
}
