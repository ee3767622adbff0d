/**
 * Storing an answer is one guarded statement (`INSERT … SELECT … FOR UPDATE` on the session row). An answer that
 * races a finish must either be in the summary or be refused: never stored after the summary was written without it.
 */
import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, runInTransaction } from "@/db/client";
import { findPracticeSession } from "@/db/queries/practice";
import { upsertUserByAuthProviderId } from "@/db/queries/users";
import { practiceAnswers, practiceSessions } from "@/db/schema";
import { answerQuestion, startSession } from "@/lib/practice/session";
import { answerBody, STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { prepareAnswer, storeAnswer } from "@/lib/practice/session/answer-service";
import { createMemoryRateLimiter } from "@/lib/ratelimit/memory-limiter";
import { expectAppError } from "@/tests/helpers/expect-app-error";

async function openSessionWithOneAnswer() {
  const user = await upsertUserByAuthProviderId({ authProviderId: `user_${randomUUID()}`, email: "race@example.test" });
  const options = { ai: null, limiter: createMemoryRateLimiter() };
  const session = await startSession(user.id, { type: "behavioural", count: 3 }, options);
  await answerQuestion(user.id, session.id, 1, answerBody(STRONG_ANSWER), options);
  return { user, session, options };
}

async function answerCount(sessionId: string) {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(practiceAnswers).where(eq(practiceAnswers.sessionId, sessionId));
  return Number(row?.n);
}

describe("storing an answer against a concurrent finish", () => {
  it("waits for the finish holding the session's lock, then refuses with 409 and stores nothing", async () => {
    const { user, session, options } = await openSessionWithOneAnswer();
    const prepared = await prepareAnswer(user.id, session.id, 2, answerBody(STRONG_ANSWER), options);

    let releaseFinish!: () => void;
    const finishMayCommit = new Promise<void>((resolve) => (releaseFinish = resolve));
    let locked!: () => void;
    const lockHeld = new Promise<void>((resolve) => (locked = resolve));
    const finishing = runInTransaction(async (tx) => {
      await findPracticeSession(user.id, session.id, { lock: true }, tx);
      locked();
      await finishMayCommit;
      await tx.update(practiceSessions).set({ status: "completed", completedAt: new Date() }).where(eq(practiceSessions.id, session.id));
    });
    await lockHeld;
    const storing = storeAnswer(prepared, prepared.rubric);
    // Give the insert time to reach the lock (on PostgreSQL it now waits; PGlite runs one transaction at a time).
    await new Promise((resolve) => setTimeout(resolve, 100));
    releaseFinish();
    await finishing;

    await expectAppError(storing, "conflict", 409);
    expect(await answerCount(session.id)).toBe(1);
  });

  it("stores the answer when the session is still open", async () => {
    const { user, session, options } = await openSessionWithOneAnswer();
    const prepared = await prepareAnswer(user.id, session.id, 2, answerBody(STRONG_ANSWER), options);
    const stored = await storeAnswer(prepared, prepared.rubric);
    expect(stored.position).toBe(2);
    expect(await answerCount(session.id)).toBe(2);
  });
});
