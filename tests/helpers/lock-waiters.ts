/**
 * Lets a race test wait for the moment a statement is blocked on a lock, instead of sleeping and hoping it got there.
 */
import pg from "pg";
import { vi } from "vitest";
import { adapters, env } from "@/lib/env";

/**
 * Resolves once at least `count` sessions on the test's database are waiting for a lock (PostgreSQL), polling on a
 * connection of its own. On PGlite it resolves at once: PGlite runs one transaction at a time, so work started
 * while a transaction is open waits in PGlite's queue and never reaches the lock; there is nothing to wait for.
 */
export async function waitForLockWaiters(count = 1, timeoutMs = 10_000): Promise<void> {
  if (adapters.database === "pglite" || !env.DATABASE_URL) return;
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    await vi.waitUntil(
      async () => {
        const { rows } = await client.query<{ waiting: number }>(
          "select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
        );
        return (rows[0]?.waiting ?? 0) >= count;
      },
      { timeout: timeoutMs, interval: 10 },
    );
  } finally {
    await client.end();
  }
}
