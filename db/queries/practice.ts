/**
 * Practice sessions and their answers. Every function but the abandoned-session sweep takes the owner's id and
 * filters on it, so a session id guessed or leaked from another account matches no row (callers answer 404).
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter. Each query runs
 * in the handle's transaction, as the principal, under row-level security; pass a handle from `db.transaction()` to
 * make several calls atomic. Every query for user data still takes the owner's id and filters on it.
 */
import "server-only";
import { and, asc, desc, eq, gte, lt, ne, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import {
  type JsonObject,
  type PracticeAnswer,
  practiceAnswers,
  type PracticeQuestionRecord,
  type PracticeSession,
  practiceSessions,
  type QuestionEngine,
} from "../schema";

/** The owner filter every single-session query uses: another user's session matches nothing. */
function ownedSession(userId: string, sessionId: string) {
  return and(eq(practiceSessions.id, sessionId), eq(practiceSessions.userId, userId));
}

export type NewPracticeSessionInput = {
  interviewType: string;
  jobDescription: string | null;
  questions: PracticeQuestionRecord[];
  questionEngine: QuestionEngine;
  bankVersion: string;
  startedAt: Date;
  expiresAt: Date;
  /** Whether follow-up questions are on for the session (the column's default, on, when absent). */
  followUps?: boolean;
};

/** Creates an in-progress session for the owner; `questionCount` is taken from the questions themselves. */
export async function createPracticeSession(
  db: ScopedDb,
  userId: string,
  input: NewPracticeSessionInput,
): Promise<PracticeSession> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .insert(practiceSessions)
      .values({ userId, ...input, questionCount: input.questions.length, status: "in_progress" })
      .returning();
    if (!row) throw new Error("insert into practice_sessions returned no row");
    return row;
  });
}

/**
 * The owner's session, or null when it does not exist or belongs to someone else. With `lock`, the row is locked
 * until the transaction ends, so answers, finishing and saving one session never interleave.
 */
export async function findPracticeSession(
  db: ScopedDb,
  userId: string,
  sessionId: string,
  options: { lock?: boolean } = {},
): Promise<PracticeSession | null> {
  return runScoped(db, async (conn) => {
    const query = conn
      .select()
      .from(practiceSessions)
      .where(ownedSession(userId, sessionId))
      .limit(1);
    const [row] = options.lock ? await query.for("update") : await query;
    return row ?? null;
  });
}

export type PracticeAnswerInput = {
  position: number;
  question: string;
  answerText: string;
  mode: PracticeAnswer["mode"];
  feedback: JsonObject;
  scores: JsonObject;
  deliveryMetrics: JsonObject;
  presenceMetrics: JsonObject | null;
};

/**
 * Upserts the answer only while the owner's session is open (in progress, and `now` not past its expiry, computed
 * from `fallbackLimitMs` for rows from before `expires_at`), in ONE statement: `INSERT … SELECT … FOR UPDATE` locks
 * the session row, so a concurrent finish or discard either sees this answer or turns this insert into a no-op (after
 * waiting for the lock, PostgreSQL re-checks the conditions on the row as committed). One round trip instead of a
 * four-statement transaction: this runs while the candidate waits for their feedback. Null when the session is not
 * the owner's or no longer open.
 */
export async function upsertPracticeAnswerWhileOpen(
  db: ScopedDb,
  userId: string,
  sessionId: string,
  input: PracticeAnswerInput,
  open: { now: Date; fallbackLimitMs: number },
): Promise<PracticeAnswer | null> {
  return runScoped(db, async (conn) => {
    const { position, ...fields } = input;
    const json = (value: JsonObject | null) => sql`${value === null ? null : JSON.stringify(value)}::jsonb`;
    // Every column of practice_answers, in the table's order (drizzle requires it for INSERT … SELECT).
    const source = conn
      .select({
        id: sql<string>`gen_random_uuid()`.as("id"),
        sessionId: practiceSessions.id,
        userId: practiceSessions.userId,
        position: sql<number>`${position}::integer`.as("position"),
        question: sql<string>`${fields.question}::text`.as("question"),
        answerText: sql<string>`${fields.answerText}::text`.as("answer_text"),
        mode: sql<PracticeAnswer["mode"]>`${fields.mode}::text`.as("mode"),
        feedback: json(fields.feedback).as("feedback"),
        scores: json(fields.scores).as("scores"),
        deliveryMetrics: json(fields.deliveryMetrics).as("delivery_metrics"),
        presenceMetrics: json(fields.presenceMetrics).as("presence_metrics"),
        createdAt: sql<Date>`now()`.as("created_at"),
        followUp: sql<JsonObject | null>`null::jsonb`.as("follow_up"),
      })
      .from(practiceSessions)
      .where(
        and(
          ownedSession(userId, sessionId),
          eq(practiceSessions.status, "in_progress"),
          sql`coalesce(${practiceSessions.expiresAt}, ${practiceSessions.startedAt} + make_interval(secs => ${open.fallbackLimitMs / 1000})) >= ${open.now.toISOString()}::timestamptz`,
        ),
      )
      .for("update");
    const [row] = await conn
      .insert(practiceAnswers)
      .select(source)
      .onConflictDoUpdate({
        target: [practiceAnswers.sessionId, practiceAnswers.position],
        // created_at moves too: it is when the answer now stored was given. A follow-up asked about the earlier
        // answer does not fit the new one.
        set: { ...fields, createdAt: sql`now()`, followUp: null },
      })
      .returning();
    return row ?? null;
  });
}

/** The owner's answers to one session, by position. Empty for a session that is not theirs. */
export async function listPracticeAnswers(db: ScopedDb, userId: string, sessionId: string): Promise<PracticeAnswer[]> {
  return runScoped(db, async (conn) => {
    return conn
      .select()
      .from(practiceAnswers)
      .where(and(eq(practiceAnswers.sessionId, sessionId), eq(practiceAnswers.userId, userId)))
      .orderBy(asc(practiceAnswers.position));
  });
}

/** `overallScore` is null when no answer of the session could be scored (all "insufficient evidence"). */
export type CompletedSessionInput = { summary: JsonObject; overallScore: number | null; completedAt: Date };

/** Records the summary and marks the owner's session completed. Null when there is no such session of theirs. */
export async function completePracticeSession(
  db: ScopedDb,
  userId: string,
  sessionId: string,
  input: CompletedSessionInput,
): Promise<PracticeSession | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .update(practiceSessions)
      .set({
        status: "completed",
        summary: input.summary,
        overallScore: input.overallScore,
        completedAt: input.completedAt,
        endedAt: input.completedAt,
      })
      .where(ownedSession(userId, sessionId))
      .returning();
    return row ?? null;
  });
}

/** Marks the owner's session saved (kept in their history). Null when there is no such session of theirs. */
export async function markPracticeSessionSaved(
  db: ScopedDb,
  userId: string,
  sessionId: string,
): Promise<PracticeSession | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .update(practiceSessions)
      .set({ status: "saved" })
      .where(ownedSession(userId, sessionId))
      .returning();
    return row ?? null;
  });
}

/** Deletes the owner's session (its answers cascade) and returns the deleted row, or null if there was none. */
export async function deletePracticeSession(
  db: ScopedDb,
  userId: string,
  sessionId: string,
): Promise<PracticeSession | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .delete(practiceSessions)
      .where(ownedSession(userId, sessionId))
      .returning();
    return row ?? null;
  });
}

/** Deletes every session of the owner, whatever its status (answers cascade), and returns how many went. */
export async function deleteAllPracticeSessions(db: ScopedDb, userId: string): Promise<number> {
  return runScoped(db, async (conn) => {
    const deleted = await conn
      .delete(practiceSessions)
      .where(eq(practiceSessions.userId, userId))
      .returning({ id: practiceSessions.id });
    return deleted.length;
  });
}

/**
 * The system sweep, across all users: deletes every session that is not saved and started before `startedBefore`
 * (answers cascade). Returns how many sessions went.
 */
export async function deleteUnsavedPracticeSessionsStartedBefore(db: ScopedDb, startedBefore: Date): Promise<number> {
  return runScoped(db, async (conn) => {
    const deleted = await conn
      .delete(practiceSessions)
      .where(and(ne(practiceSessions.status, "saved"), lt(practiceSessions.startedAt, startedBefore)))
      .returning({ id: practiceSessions.id });
    return deleted.length;
  });
}

/**
 * The owner's sessions that are not saved (in progress, or finished and awaiting save or discard) and started at or
 * after `startedSince`, newest first: the ones the candidate can still resume before the cleanup removes them.
 */
export async function listUnsavedPracticeSessions(db: ScopedDb, userId: string, startedSince: Date): Promise<PracticeSession[]> {
  return runScoped(db, async (conn) => {
    return conn
      .select()
      .from(practiceSessions)
      .where(and(eq(practiceSessions.userId, userId), ne(practiceSessions.status, "saved"), gte(practiceSessions.startedAt, startedSince)))
      .orderBy(desc(practiceSessions.startedAt), desc(practiceSessions.id))
      .limit(20);
  });
}

export * from "./practice-history";
