/**
 * Follow-up questions, stored on their answer row (`practice_answers.follow_up`). Same conventions as practice.ts:
 * the scoped handle first, the owner's id on every query. Callers lock the session row first (findPracticeSession
 * with `lock`) in the same transaction, so a follow-up never lands on a session that was finished meanwhile.
 */
import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { type JsonObject, type PracticeAnswer, practiceAnswers } from "../schema";

function ownedAnswer(userId: string, sessionId: string, position: number) {
  return and(eq(practiceAnswers.userId, userId), eq(practiceAnswers.sessionId, sessionId), eq(practiceAnswers.position, position));
}

/** The owner's answer at `position` of the session, or null when there is none (or the session is not theirs). */
export async function findPracticeAnswerAt(
  db: ScopedDb,
  userId: string,
  sessionId: string,
  position: number,
): Promise<PracticeAnswer | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn.select().from(practiceAnswers).where(ownedAnswer(userId, sessionId, position)).limit(1);
    return row ?? null;
  });
}

/** What a follow-up step writes: the follow-up itself and, once it is answered, the pair's scores and feedback. */
export type FollowUpWrite = { followUp: JsonObject; scores?: JsonObject; feedback?: JsonObject };

/**
 * Writes the answer's follow-up only if it is still the one the caller read: `expectedId` null means "no follow-up
 * yet" (two asks at once store one question), otherwise the stored follow-up's id must match (an answer to a
 * follow-up that was replaced meanwhile, because the question was answered again, stores nothing). Null when nothing
 * was written.
 */
export async function writePracticeAnswerFollowUp(
  db: ScopedDb,
  userId: string,
  sessionId: string,
  position: number,
  expectedId: string | null,
  write: FollowUpWrite,
): Promise<PracticeAnswer | null> {
  return runScoped(db, async (conn) => {
    const current =
      expectedId === null ? isNull(practiceAnswers.followUp) : sql`${practiceAnswers.followUp} ->> 'id' = ${expectedId}`;
    const [row] = await conn
      .update(practiceAnswers)
      .set(write)
      .where(and(ownedAnswer(userId, sessionId, position), current))
      .returning();
    return row ?? null;
  });
}
