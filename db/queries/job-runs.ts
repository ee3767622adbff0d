/**
 * The scheduled jobs' run log and the lock that keeps two instances from running one job at once. System role only
 * (migration 0012 grants job_runs to rehearse_system alone).
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { desc, lt, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { type JobRun, jobRuns } from "../schema";

/** First key of every job lock ("rehe"), so the app's advisory locks never collide with another tool's. */
const JOB_LOCK_SPACE = 0x72656865;

export type JobRunInput = Omit<typeof jobRuns.$inferInsert, "id" | "finishedAt">;

/**
 * Runs `work` while this transaction holds the job's transaction-level advisory lock, or returns `{ locked: false }`
 * at once when another session holds it. The lock ends with the transaction, so a crashed instance never leaves it
 * held. `work` runs its own queries on other connections: the transaction here only holds the lock.
 */
export async function withJobLock<T>(db: ScopedDb, job: string, work: () => Promise<T>): Promise<{ locked: true; value: T } | { locked: false }> {
  return runScoped(db, async (conn) => {
    const result = await conn.execute(sql`select pg_try_advisory_xact_lock(${JOB_LOCK_SPACE}::int, hashtext(${job})) as locked`);
    const [row] = (result as unknown as { rows: { locked: boolean }[] }).rows;
    if (!row?.locked) return { locked: false };
    return { locked: true, value: await work() };
  });
}

/** Appends one run to the log. */
export async function insertJobRun(db: ScopedDb, run: JobRunInput): Promise<JobRun> {
  return runScoped(db, async (conn) => {
    const [row] = await conn.insert(jobRuns).values(run).returning();
    return row!;
  });
}

/** The latest run of each job, by job name. */
export async function listLatestJobRuns(db: ScopedDb): Promise<JobRun[]> {
  return runScoped(db, (conn) =>
    conn
      .selectDistinctOn([jobRuns.job])
      .from(jobRuns)
      .orderBy(jobRuns.job, desc(jobRuns.startedAt), desc(jobRuns.finishedAt)),
  );
}

/** Deletes runs that started before `before`; returns how many went. */
export async function deleteJobRunsBefore(db: ScopedDb, before: Date): Promise<number> {
  return runScoped(db, async (conn) => (await conn.delete(jobRuns).where(lt(jobRuns.startedAt, before)).returning({ id: jobRuns.id })).length);
}
