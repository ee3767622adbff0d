/**
 * Storing an answer is one guarded statement (`INSERT … SELECT … FOR UPDATE` on the session row). An answer that
 * races a finish must either be in the summary or be refused: never stored after the summary was written without it.
 */
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { completePracticeSession, findPracticeSession } from "@/db/queries/practice";
import { practiceAnswers } from "@/db/schema";
import { parseInput } from "@/lib/api/validation";
import { answerInputSchema, answerQuestion, startSession } from "@/lib/practice/session";
import { answerBody, STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { prepareAnswer, storeAnswer } from "@/lib/practice/session/answer-service";
import { newUserContext } from "@/tests/helpers/context";
import { expectAppError } from "@/tests/helpers/expect-app-error";
import { waitForLockWaiters } from "@/tests/helpers/lock-waiters";

const answer = () => parseInput(answerInputSchema, answerBody(STRONG_ANSWER));

async function openSessionWithOneAnswer() {
  const ctx = await newUserContext({ services: { ai: null } });
  const session = await startSession(ctx, { type: "behavioural", count: 3 });
  await answerQuestion(ctx, session.id, 1, answer());
  return { ctx, session };
}

async function answerCount(sessionId: string) {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(practiceAnswers).where(eq(practiceAnswers.sessionId, sessionId));
  return Number(row?.n);
}

describe("storing an answer against a concurrent finish", () => {
  it("waits for the finish holding the session's lock, then refuses with 409 and stores nothing", async () => {
    const { ctx, session } = await openSessionWithOneAnswer();
    const userId = ctx.principal.user.id;
    const prepared = await prepareAnswer(ctx, session.id, 2, answer());

    let releaseFinish!: () => void;
    const finishMayCommit = new Promise<void>((resolve) => (releaseFinish = resolve));
    let locked!: () => void;
    const lockHeld = new Promise<void>((resolve) => (locked = resolve));
    // A finish as the owner, through their scoped handle: lock the row, wait, then complete it.
    const finishing = ctx.db.transaction(async (tx) => {
      expect(await findPracticeSession(tx, userId, session.id, { lock: true })).not.toBeNull();
      locked();
      await finishMayCommit;
      const completed = await completePracticeSession(tx, userId, session.id, { summary: {}, overallScore: 0, completedAt: new Date() });
      expect(completed?.status).toBe("completed");
    });
    await lockHeld;
    const storing = storeAnswer(prepared, prepared.rubric);
    // Release the finish only once the insert is blocked on the session's row lock (on PostgreSQL; PGlite runs one
    // transaction at a time, so there the insert waits in its queue and this returns at once).
    await waitForLockWaiters();
    releaseFinish();
    await finishing;

    await expectAppError(storing, "conflict", 409);
    expect(await answerCount(session.id)).toBe(1);
  });

  it("stores the answer when the session is still open", async () => {
    const { ctx, session } = await openSessionWithOneAnswer();
    const prepared = await prepareAnswer(ctx, session.id, 2, answer());
    const stored = await storeAnswer(prepared, prepared.rubric);
    expect(stored.position).toBe(2);
    expect(await answerCount(session.id)).toBe(2);
  });
});
