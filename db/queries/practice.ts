/**
 * Practice sessions and their answers. Every function but the abandoned-session sweep takes the owner's id and
 * filters on it, so a session id guessed or leaked from another account matches no row (callers answer 404).
 *
 * Convention for every file in db/queries: the database is the LAST parameter and optional. Callers normally omit
 * it (the process-wide `getDb()` is used); pass a transaction from `runInTransaction` to make several calls atomic,
 * or a handle of your own in tests. Every query for user data takes the owner's user id.
 */
import { and, asc, desc, eq, lt, ne, sql } from "drizzle-orm";
import { getDb, type Database } from "../client";
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
};

/** Creates an in-progress session for the owner; `questionCount` is taken from the questions themselves. */
export async function createPracticeSession(
  userId: string,
  input: NewPracticeSessionInput,
  db?: Database,
): Promise<PracticeSession> {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .insert(practiceSessions)
    .values({ userId, ...input, questionCount: input.questions.length, status: "in_progress" })
    .returning();
  if (!row) throw new Error("insert into practice_sessions returned no row");
  return row;
}

/**
 * The owner's session, or null when it does not exist or belongs to someone else. With `lock`, the row is locked
 * until the transaction ends, so answers, finishing and saving one session never interleave.
 */
export async function findPracticeSession(
  userId: string,
  sessionId: string,
  options: { lock?: boolean } = {},
  db?: Database,
): Promise<PracticeSession | null> {
  const conn = db ?? (await getDb());
  const query = conn
    .select()
    .from(practiceSessions)
    .where(ownedSession(userId, sessionId))
    .limit(1);
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
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
 * Stores the owner's answer to one position of their session, replacing any earlier answer to it (one statement on
 * the (session, position) unique key, so two concurrent submissions cannot leave two rows). The composite foreign
 * key refuses a session that is not the owner's.
 */
export async function upsertPracticeAnswer(
  userId: string,
  sessionId: string,
  input: PracticeAnswerInput,
  db?: Database,
): Promise<PracticeAnswer> {
  const conn = db ?? (await getDb());
  const { position, ...fields } = input;
  const [row] = await conn
    .insert(practiceAnswers)
    .values({ sessionId, userId, position, ...fields })
    .onConflictDoUpdate({
      target: [practiceAnswers.sessionId, practiceAnswers.position],
      // created_at moves too: it is when the answer now stored was given.
      set: { ...fields, createdAt: sql`now()` },
    })
    .returning();
  if (!row) throw new Error("upsert into practice_answers returned no row");
  return row;
}

/** The owner's answers to one session, by position. Empty for a session that is not theirs. */
export async function listPracticeAnswers(userId: string, sessionId: string, db?: Database): Promise<PracticeAnswer[]> {
  const conn = db ?? (await getDb());
  return conn
    .select()
    .from(practiceAnswers)
    .where(and(eq(practiceAnswers.sessionId, sessionId), eq(practiceAnswers.userId, userId)))
    .orderBy(asc(practiceAnswers.position));
}

export type CompletedSessionInput = { summary: JsonObject; overallScore: number; completedAt: Date };

/** Records the summary and marks the owner's session completed. Null when there is no such session of theirs. */
export async function completePracticeSession(
  userId: string,
  sessionId: string,
  input: CompletedSessionInput,
  db?: Database,
): Promise<PracticeSession | null> {
  const conn = db ?? (await getDb());
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
}

/** Marks the owner's session saved (kept in their history). Null when there is no such session of theirs. */
export async function markPracticeSessionSaved(
  userId: string,
  sessionId: string,
  db?: Database,
): Promise<PracticeSession | null> {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .update(practiceSessions)
    .set({ status: "saved" })
    .where(ownedSession(userId, sessionId))
    .returning();
  return row ?? null;
}

/** Deletes the owner's session (its answers cascade) and returns the deleted row, or null if there was none. */
export async function deletePracticeSession(
  userId: string,
  sessionId: string,
  db?: Database,
): Promise<PracticeSession | null> {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .delete(practiceSessions)
    .where(ownedSession(userId, sessionId))
    .returning();
  return row ?? null;
}

/** Deletes every session of the owner, whatever its status (answers cascade), and returns how many went. */
export async function deleteAllPracticeSessions(userId: string, db?: Database): Promise<number> {
  const conn = db ?? (await getDb());
  const deleted = await conn
    .delete(practiceSessions)
    .where(eq(practiceSessions.userId, userId))
    .returning({ id: practiceSessions.id });
  return deleted.length;
}

/**
 * The system sweep, across all users: deletes every session that is not saved and started before `startedBefore`
 * (answers cascade). Returns how many sessions went.
 */
export async function deleteUnsavedPracticeSessionsStartedBefore(startedBefore: Date, db?: Database): Promise<number> {
  const conn = db ?? (await getDb());
  const deleted = await conn
    .delete(practiceSessions)
    .where(and(ne(practiceSessions.status, "saved"), lt(practiceSessions.startedAt, startedBefore)))
    .returning({ id: practiceSessions.id });
  return deleted.length;
}

/** The owner's saved sessions, newest first (at most `limit`, default 500, so one call cannot pull everything). */
export async function listSavedPracticeSessions(
  userId: string,
  options: { limit?: number; order?: "newest" | "oldest" } = {},
  db?: Database,
): Promise<PracticeSession[]> {
  const conn = db ?? (await getDb());
  const direction = options.order === "oldest" ? asc : desc;
  return conn
    .select()
    .from(practiceSessions)
    .where(and(eq(practiceSessions.userId, userId), eq(practiceSessions.status, "saved")))
    .orderBy(direction(practiceSessions.startedAt), direction(practiceSessions.id))
    .limit(options.limit ?? 500);
}
