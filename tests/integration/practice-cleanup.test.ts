import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { practiceAnswers, practiceSessions } from "@/db/schema";
import { parseInput } from "@/lib/api/validation";
import {
  ABANDONED_SESSION_GRACE_MS,
  answerInputSchema,
  answerQuestion,
  cleanupAbandonedSessions,
  finishSession,
  saveSession,
  SESSION_TIME_LIMIT_MS,
  startSession,
} from "@/lib/practice/session";
import { answerBody, STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { contextFor, createTestUser, systemContextFor } from "@/tests/helpers/context";

// This file has its own database, so the sweep (which spans all users) sees only the sessions made here.
async function sessionExists(id: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(practiceSessions).where(eq(practiceSessions.id, id));
  return Number(row?.n) === 1;
}

describe("abandoned session cleanup", () => {
  it("deletes an abandoned in-progress session but keeps a saved one and a fresh one", async () => {
    const user = await createTestUser();
    const now = new Date();
    const longAgo = new Date(now.getTime() - SESSION_TIME_LIMIT_MS - ABANDONED_SESSION_GRACE_MS - 60_000);
    const at = (time: Date) => contextFor(user, { now: () => time });
    const minuteIn = at(new Date(longAgo.getTime() + 60_000));
    const answer = parseInput(answerInputSchema, answerBody(STRONG_ANSWER));

    const abandoned = await startSession(at(longAgo), { type: "behavioural", count: 3 });
    await answerQuestion(minuteIn, abandoned.id, 1, answer);
    const saved = await startSession(at(longAgo), { type: "behavioural", count: 3 });
    await answerQuestion(minuteIn, saved.id, 1, answer);
    await finishSession(minuteIn, saved.id);
    await saveSession(at(now), saved.id);
    const fresh = await startSession(at(now), { type: "behavioural", count: 3 });
    // Still inside its grace period: the candidate may be reading the summary of a session that just ran out.
    const inGrace = await startSession(at(new Date(now.getTime() - SESSION_TIME_LIMIT_MS - 60_000)), { type: "behavioural", count: 3 });

    const sweep = systemContextFor("cleanup", { now: () => now });
    expect(await cleanupAbandonedSessions(sweep)).toBe(1);
    expect(await sessionExists(abandoned.id)).toBe(false);
    expect(await sessionExists(saved.id)).toBe(true);
    expect(await sessionExists(fresh.id)).toBe(true);
    expect(await sessionExists(inGrace.id)).toBe(true);
    const db = await getDb();
    const [orphans] = await db.select({ n: count() }).from(practiceAnswers).where(eq(practiceAnswers.sessionId, abandoned.id));
    expect(Number(orphans?.n)).toBe(0);
    expect(await cleanupAbandonedSessions(sweep)).toBe(0);
  });
});
