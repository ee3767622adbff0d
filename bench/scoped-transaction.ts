/**
 * What the scoped handle costs per query: the same owner-filtered read of a user's sessions, straight on the pool
 * (as request code did before the request context) and through `runScoped` (BEGIN; set_config of the role and the
 * principal; the query; COMMIT), interleaved so both see the same machine. Prints figures; asserts nothing.
 *
 *   npx tsx --conditions=react-server bench/scoped-transaction.ts             PGlite in memory
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx --conditions=react-server bench/scoped-transaction.ts
 *
 * On PostgreSQL it creates a database of its own and drops it at the end.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { and, desc, eq } from "drizzle-orm";
import pg from "pg";
import { createDatabase, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { practiceSessions, users } from "@/db/schema";
import { runScoped, scopedDb } from "@/db/scoped";

const RUNS = Number(process.env.BENCH_RUNS ?? 2000);
const WARM_UP = 200;
const adminUrl = process.env.DATABASE_URL;

async function openDatabase(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  if (!adminUrl) return { handle: createDatabase({ kind: "pglite" }), drop: async () => undefined };
  const name = `rehearse_bench_${randomBytes(6).toString("hex")}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { handle: createDatabase({ kind: "postgres", url: url.toString() }), drop: () => admin(`DROP DATABASE ${name} WITH (FORCE)`) };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main() {
  const { handle, drop } = await openDatabase();
  try {
    await migrateDatabase(handle);
    const [user] = await handle.db.insert(users).values({ authProviderId: "bench", email: "bench@example.test" }).returning();
    const userId = user!.id;
    await handle.db.insert(practiceSessions).values(
      Array.from({ length: 20 }, () => ({ userId, interviewType: "behavioural", questionCount: 3, status: "saved" as const })),
    );
    const ownerFilter = and(eq(practiceSessions.userId, userId), eq(practiceSessions.status, "saved"));
    const read = (conn: typeof handle.db) => conn.select().from(practiceSessions).where(ownerFilter).orderBy(desc(practiceSessions.startedAt)).limit(50);
    const scoped = scopedDb(async () => handle.db, { role: "app", userId });
    const variants = {
      "pool, no scope": () => read(handle.db),
      "scoped transaction": () => runScoped(scoped, (tx) => read(tx)),
    };
    const times: Record<string, number[]> = { "pool, no scope": [], "scoped transaction": [] };
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      for (const [name, run] of Object.entries(variants)) {
        const start = performance.now();
        const rows = await run();
        const elapsed = performance.now() - start;
        if (rows.length !== 20) throw new Error(`${name} returned ${rows.length} rows`);
        if (i >= WARM_UP) times[name]!.push(elapsed);
      }
    }
    console.log(`Scoped handle cost on ${adminUrl ? "PostgreSQL" : "PGlite (in memory)"}: ${RUNS} interleaved reads each`);
    const medians: number[] = [];
    for (const [name, list] of Object.entries(times)) {
      list.sort((a, b) => a - b);
      medians.push(percentile(list, 50));
      console.log(`  ${name.padEnd(20)} p50 ${percentile(list, 50).toFixed(3)} ms   p95 ${percentile(list, 95).toFixed(3)} ms`);
    }
    console.log(`  the scope adds ${(medians[1]! - medians[0]!).toFixed(3)} ms per query at p50`);
  } finally {
    await handle.close();
    await drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
