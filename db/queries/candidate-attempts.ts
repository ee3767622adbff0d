/**
 * A candidate's attempt and what it collects: answers and proctoring events. Runs with the link's token hash in
 * scope (row-level security shows only that invite's rows). Writes that must not follow a submit lock the attempt's
 * row first (`lockLiveAttempt`), so a submit and an answer racing each other are ordered.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import {
  type AssessmentAnswer,
  type AssessmentAttempt,
  assessmentAnswers,
  assessmentAttempts,
  type JsonObject,
  type ProctoringEvent,
  proctoringEvents,
} from "../schema";

export type NewAttempt = {
  orgId: string;
  assessmentId: string;
  inviteId: string;
  deviceHash: string;
  consentVersion: string;
  consentIpHash: string | null;
  startedAt: Date;
};

/**
 * Inserts the invite's live attempt, or returns null when it already has one: the partial unique index
 * `assessment_attempts_live_invite_idx` decides, so of any number of concurrent first starts exactly one inserts.
 */
export async function insertLiveAttempt(db: ScopedDb, input: NewAttempt): Promise<AssessmentAttempt | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn.insert(assessmentAttempts).values({ ...input, status: "in_progress" }).onConflictDoNothing().returning();
    return row ?? null;
  });
}

/** The invite's live (not superseded) attempt, or null; `lock` holds its row until the transaction ends. */
export async function findLiveAttempt(db: ScopedDb, inviteId: string, options: { lock?: boolean } = {}): Promise<AssessmentAttempt | null> {
  return runScoped(db, async (conn) => {
    const query = conn
      .select()
      .from(assessmentAttempts)
      .where(and(eq(assessmentAttempts.inviteId, inviteId), isNull(assessmentAttempts.supersededAt)))
      .limit(1);
    const [row] = options.lock ? await query.for("update") : await query;
    return row ?? null;
  });
}

/** Marks an in-progress attempt submitted with its integrity summary; null when it was no longer in progress. */
export async function markAttemptSubmitted(
  db: ScopedDb,
  attemptId: string,
  input: { submittedAt: Date; integrity: JsonObject },
): Promise<AssessmentAttempt | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .update(assessmentAttempts)
      .set({ status: "submitted", submittedAt: input.submittedAt, integrity: input.integrity })
      .where(and(eq(assessmentAttempts.id, attemptId), eq(assessmentAttempts.status, "in_progress")))
      .returning();
    return row ?? null;
  });
}

/**
 * Records that the question at `position` was shown at `at`, unless it already was, and returns the first showing.
 * One statement (the stored time wins over a new one), so a reload or two racing calls never move the start later.
 */
export async function recordQuestionStart(db: ScopedDb, attemptId: string, position: number, at: Date): Promise<Date | null> {
  return runScoped(db, async (conn) => {
    const column = assessmentAttempts.questionStartedAt;
    const key = String(position);
    const [row] = await conn
      .update(assessmentAttempts)
      .set({ questionStartedAt: sql`${column} || jsonb_build_object(${key}::text, coalesce(${column} ->> ${key}::text, ${at.toISOString()}::text))` })
      .where(eq(assessmentAttempts.id, attemptId))
      .returning({ startedAt: sql<string | null>`${column} ->> ${key}::text` });
    return row?.startedAt ? new Date(row.startedAt) : null;
  });
}

/** When the attempt's question at `position` was first shown, by the server's clock; null if it never was. */
export function questionStartedAt(attempt: Pick<AssessmentAttempt, "questionStartedAt">, position: number): Date | null {
  const stored = attempt.questionStartedAt[String(position)];
  return typeof stored === "string" ? new Date(stored) : null;
}

/** Replaces the attempt's running integrity totals. */
export async function setAttemptIntegrity(db: ScopedDb, attemptId: string, integrity: JsonObject): Promise<void> {
  await runScoped(db, (conn) => conn.update(assessmentAttempts).set({ integrity }).where(eq(assessmentAttempts.id, attemptId)));
}

export type NewAnswer = Omit<typeof assessmentAnswers.$inferInsert, "id" | "createdAt">;

/** Stores an answer, or returns null when the attempt already has one at that position (answers are final). */
export async function insertAnswer(db: ScopedDb, input: NewAnswer): Promise<AssessmentAnswer | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn.insert(assessmentAnswers).values(input).onConflictDoNothing().returning();
    return row ?? null;
  });
}

/** The attempt's answers by position. */
export async function listAttemptAnswers(db: ScopedDb, attemptId: string): Promise<AssessmentAnswer[]> {
  return runScoped(db, (conn) =>
    conn.select().from(assessmentAnswers).where(eq(assessmentAnswers.attemptId, attemptId)).orderBy(asc(assessmentAnswers.position)),
  );
}

/** Whether the attempt has an answer at `position`. */
export async function hasAnswerAt(db: ScopedDb, attemptId: string, position: number): Promise<boolean> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select({ id: assessmentAnswers.id })
      .from(assessmentAnswers)
      .where(and(eq(assessmentAnswers.attemptId, attemptId), eq(assessmentAnswers.position, position)))
      .limit(1);
    return Boolean(row);
  });
}

export type NewProctoringEvent = Omit<typeof proctoringEvents.$inferInsert, "id" | "createdAt">;

export async function insertProctoringEvents(db: ScopedDb, events: NewProctoringEvent[]): Promise<void> {
  if (events.length === 0) return;
  await runScoped(db, (conn) => conn.insert(proctoringEvents).values(events));
}

/** How many events the attempt has stored (its cap is enforced before each batch). */
export async function countProctoringEvents(db: ScopedDb, attemptId: string): Promise<number> {
  return runScoped(db, async (conn) => {
    const [row] = await conn.select({ n: count() }).from(proctoringEvents).where(eq(proctoringEvents.attemptId, attemptId));
    return Number(row?.n ?? 0);
  });
}

/** The attempt's events in the order they happened within each question. */
export async function listProctoringEvents(db: ScopedDb, attemptId: string): Promise<ProctoringEvent[]> {
  return runScoped(db, (conn) =>
    conn
      .select()
      .from(proctoringEvents)
      .where(eq(proctoringEvents.attemptId, attemptId))
      .orderBy(asc(proctoringEvents.position), asc(proctoringEvents.atMs), asc(proctoringEvents.createdAt)),
  );
}
