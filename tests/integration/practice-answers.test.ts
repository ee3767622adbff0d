import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { saveProfile } from "@/db/queries/profiles";
import { upsertUserByAuthProviderId } from "@/db/queries/users";
import { practiceAnswers, practiceSessions } from "@/db/schema";
import { QUESTION_BANK_VERSION } from "@/lib/practice/questions";
import { answerQuestion, getSessionDetail, SESSION_TIME_LIMIT_MS, startSession } from "@/lib/practice/session";
import { answerBody, samplePresence, STRONG_ANSWER, WEAK_ANSWER } from "@/lib/practice/session/answers.fixture";
import { quotesAnswer } from "@/lib/practice/session/quotes";
import { createMemoryRateLimiter } from "@/lib/ratelimit/memory-limiter";
import type { RateLimiter } from "@/lib/ratelimit/rate-limiter";
import { expectAppError } from "@/tests/helpers/expect-app-error";

// Fresh users per test: with REDIS_URL set the limiter's counts outlive the database, keyed by user.
async function newUser(targetRole: string | null = "Product Manager") {
  const user = await upsertUserByAuthProviderId({ authProviderId: `user_${randomUUID()}`, email: "p@example.test" });
  if (targetRole) await saveProfile(user.id, { targetRole, goals: "Get better at handling conflict" });
  return user;
}


async function answerRows(sessionId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(practiceAnswers).where(eq(practiceAnswers.sessionId, sessionId));
  return Number(row?.n);
}

describe("practice answers", () => {
  it("starts a session with three offline questions stored in order", async () => {
    const user = await newUser();
    const session = await startSession(user.id, { type: "behavioural", count: 3, jobDescription: "Lead a product team" });
    expect(session).toMatchObject({ status: "in_progress", questionCount: 3, questionEngine: "offline", bankVersion: QUESTION_BANK_VERSION });
    expect(session.questions.map((q) => q.position)).toEqual([1, 2, 3]);
    expect(session.expiresAt.getTime() - session.startedAt.getTime()).toBe(SESSION_TIME_LIMIT_MS);
    const db = await getDb();
    const [row] = await db.select().from(practiceSessions).where(eq(practiceSessions.id, session.id));
    expect(row?.questions).toHaveLength(3);
    expect(row?.questions?.[0]).toEqual({
      position: 1,
      id: expect.any(String),
      text: expect.any(String),
      kind: "behavioural",
      competencies: expect.any(Array),
      reason: expect.any(String),
    });
    expect(row).toMatchObject({ questionEngine: "offline", jobDescription: "Lead a product team" });
  });

  it("refuses a start request outside 3 to 10 questions", async () => {
    const user = await newUser();
    await expectAppError(startSession(user.id, { type: "mixed", count: 11 }), "unprocessable", 422);
  });

  it("stores feedback with four scores, quoted strengths and improvements and a model answer", async () => {
    const user = await newUser("Product Manager");
    const session = await startSession(user.id, { type: "behavioural", count: 3 });
    const presence = samplePresence();
    const stored = await answerQuestion(user.id, session.id, 1, answerBody(STRONG_ANSWER, { presence, tabSwitches: 2, windowBlurs: 1 }));

    const scores = stored.scores!;
    for (const dimension of ["structure", "relevance", "specificity", "impact"] as const) {
      expect(scores[dimension]).toBeGreaterThanOrEqual(0);
      expect(scores[dimension]).toBeLessThanOrEqual(100);
    }
    const feedback = stored.feedback!;
    expect(feedback.engine).toBe("rubric");
    expect(feedback.strengths.length).toBeGreaterThanOrEqual(2);
    expect(feedback.improvements.length).toBeGreaterThanOrEqual(2);
    for (const item of [...feedback.strengths, ...feedback.improvements]) {
      expect(quotesAnswer(item.text, STRONG_ANSWER), item.text).toBe(true);
    }
    expect(feedback.modelAnswer.text).toMatch(/\bI\b/);
    expect(feedback.modelAnswer.text).toContain("a Product Manager");
    expect(Object.keys(feedback.modelAnswer.parts)).toEqual(["situation", "task", "action", "result"]);
    expect(stored.deliveryMetrics).toMatchObject({ mode: "typed", wordCount: expect.any(Number) });
    expect(stored.presence).toEqual({ camera: presence, tabSwitches: 2, windowBlurs: 1 });
    expect(stored).toMatchObject({ position: 1, mode: "typed", answerText: STRONG_ANSWER });
  });

  it("replaces the earlier answer when a position is answered again", async () => {
    const user = await newUser();
    const session = await startSession(user.id, { type: "behavioural", count: 3 });
    await answerQuestion(user.id, session.id, 2, answerBody(WEAK_ANSWER));
    const second = await answerQuestion(user.id, session.id, "2", answerBody(STRONG_ANSWER, { mode: "voice", durationMs: 70_000 }));
    expect(second).toMatchObject({ position: 2, mode: "voice", answerText: STRONG_ANSWER });
    expect(await answerRows(session.id)).toBe(1);
  });

  it("refuses forged delivery metrics and stores nothing", async () => {
    const user = await newUser();
    const session = await startSession(user.id, { type: "behavioural", count: 3 });
    const body = answerBody(STRONG_ANSWER, { mode: "voice", durationMs: 60_000 });
    const forged = { ...body, deliveryMetrics: { ...body.deliveryMetrics, fillers: { total: 0, perMinute: 0, byWord: {} }, wordsPerMinute: 145 } };
    const error = await expectAppError(answerQuestion(user.id, session.id, 1, forged), "unprocessable", 422);
    expect(error.message).toMatch(/forged metrics/);
    expect(await answerRows(session.id)).toBe(0);
  });

  it("refuses presence metrics carrying an extra key such as an image", async () => {
    const user = await newUser();
    const session = await startSession(user.id, { type: "behavioural", count: 3 });
    const presence = { ...samplePresence(), image: "data:image/png;base64,AAAA" };
    const error = await expectAppError(answerQuestion(user.id, session.id, 1, { ...answerBody(STRONG_ANSWER), presence }), "unprocessable", 422);
    expect(error.fields).toHaveProperty("presence");
    const nested = samplePresence();
    const withLandmarks = { ...nested, signal: { ...nested.signal, landmarks: [[0.1, 0.2]] } };
    await expectAppError(answerQuestion(user.id, session.id, 1, { ...answerBody(STRONG_ANSWER), presence: withLandmarks }), "unprocessable", 422);
    expect(await answerRows(session.id)).toBe(0);
  });

  it("refuses presence numbers out of range", async () => {
    const user = await newUser();
    const session = await startSession(user.id, { type: "behavioural", count: 3 });
    const presence = samplePresence();
    const outOfRange = { ...presence, faceInFrameShare: { ...presence.faceInFrameShare, value: 7 } };
    await expectAppError(answerQuestion(user.id, session.id, 1, { ...answerBody(STRONG_ANSWER), presence: outOfRange }), "unprocessable", 422);
  });

  it("refuses an empty answer, a blank one and one over 10,000 characters", async () => {
    const user = await newUser();
    const session = await startSession(user.id, { type: "behavioural", count: 3 });
    for (const answer of ["", "   \n ", "x".repeat(10_001)]) {
      const error = await expectAppError(answerQuestion(user.id, session.id, 1, answerBody(answer)), "unprocessable", 422);
      expect(error.fields).toHaveProperty("answer");
    }
    expect(await answerRows(session.id)).toBe(0);
  });

  it("refuses a position the session does not have", async () => {
    const user = await newUser();
    const session = await startSession(user.id, { type: "behavioural", count: 3 });
    for (const position of [0, 4, 11, "two"]) {
      await expectAppError(answerQuestion(user.id, session.id, position, answerBody(STRONG_ANSWER)), "unprocessable", 422);
    }
    expect(await answerRows(session.id)).toBe(0);
  });

  it("refuses answers once the session is past its 60-minute limit", async () => {
    const user = await newUser();
    const startedAt = new Date();
    const session = await startSession(user.id, { type: "behavioural", count: 3 }, { now: startedAt });
    const at = (minutes: number) => ({ now: new Date(startedAt.getTime() + minutes * 60_000) });
    await answerQuestion(user.id, session.id, 1, answerBody(STRONG_ANSWER), at(59));
    const error = await expectAppError(answerQuestion(user.id, session.id, 2, answerBody(STRONG_ANSWER), at(61)), "conflict", 409);
    expect(error.message).toMatch(/60-minute limit.*summary/);
    expect(await answerRows(session.id)).toBe(1);
  });

  it("rate-limits answers per user with Retry-After", async () => {
    const user = await newUser();
    const session = await startSession(user.id, { type: "behavioural", count: 3 });
    // The real rule with a smaller limit, so the test needs three calls instead of sixty-one.
    const memory = createMemoryRateLimiter();
    const limiter: RateLimiter = {
      consume: (key, rule) => memory.consume(key, { ...rule, limit: 2 }),
      peek: (key, rule) => memory.peek(key, { ...rule, limit: 2 }),
    };
    await answerQuestion(user.id, session.id, 1, answerBody(STRONG_ANSWER), { limiter });
    await answerQuestion(user.id, session.id, 2, answerBody(STRONG_ANSWER), { limiter });
    const error = await expectAppError(answerQuestion(user.id, session.id, 3, answerBody(STRONG_ANSWER), { limiter }), "rate_limited", 429);
    expect(Number(error.headers?.["Retry-After"])).toBeGreaterThan(0);
    const detail = await getSessionDetail(user.id, session.id);
    expect(detail.items.map((item) => item.answer?.position ?? null)).toEqual([1, 2, null]);
  });
});
