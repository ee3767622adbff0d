import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { upsertUserByAuthProviderId } from "@/db/queries/users";
import { practiceAnswers, practiceSessions } from "@/db/schema";
import {
  ABANDONED_SESSION_GRACE_MS,
  answerQuestion,
  cleanupAbandonedSessions,
  finishSession,
  saveSession,
  SESSION_TIME_LIMIT_MS,
  startSession,
} from "@/lib/practice/session";
import { answerBody, STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";

// This file has its own database, so the sweep (which spans all users) sees only the sessions made here.
async function sessionExists(id: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(practiceSessions).where(eq(practiceSessions.id, id));
  return Number(row?.n) === 1;
}

describe("abandoned session cleanup", () => {
  it("deletes an abandoned in-progress session but keeps a saved one and a fresh one", async () => {
    const user = await upsertUserByAuthProviderId({ authProviderId: `user_${randomUUID()}`, email: "c@example.test" });
    const now = new Date();
    const longAgo = new Date(now.getTime() - SESSION_TIME_LIMIT_MS - ABANDONED_SESSION_GRACE_MS - 60_000);
    const minuteIn = { now: new Date(longAgo.getTime() + 60_000) };

    const abandoned = await startSession(user.id, { type: "behavioural", count: 3 }, { now: longAgo });
    await answerQuestion(user.id, abandoned.id, 1, answerBody(STRONG_ANSWER), minuteIn);
    const saved = await startSession(user.id, { type: "behavioural", count: 3 }, { now: longAgo });
    await answerQuestion(user.id, saved.id, 1, answerBody(STRONG_ANSWER), minuteIn);
    await finishSession(user.id, saved.id, minuteIn);
    await saveSession(user.id, saved.id);
    const fresh = await startSession(user.id, { type: "behavioural", count: 3 }, { now });
    // Still inside its grace period: the candidate may be reading the summary of a session that just ran out.
    const inGrace = await startSession(user.id, { type: "behavioural", count: 3 }, { now: new Date(now.getTime() - SESSION_TIME_LIMIT_MS - 60_000) });

    expect(await cleanupAbandonedSessions(now)).toBe(1);
    expect(await sessionExists(abandoned.id)).toBe(false);
    expect(await sessionExists(saved.id)).toBe(true);
    expect(await sessionExists(fresh.id)).toBe(true);
    expect(await sessionExists(inGrace.id)).toBe(true);
    const db = await getDb();
    const [orphans] = await db.select({ n: count() }).from(practiceAnswers).where(eq(practiceAnswers.sessionId, abandoned.id));
    expect(Number(orphans?.n)).toBe(0);
    expect(await cleanupAbandonedSessions(now)).toBe(0);
  });
});
