import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { saveProfile } from "@/db/queries/profiles";
import { practiceAnswers, practiceSessions } from "@/db/schema";
import { parseInput } from "@/lib/api/validation";
import type { UserContext } from "@/lib/context/request-context";
import { QUESTION_BANK_VERSION } from "@/lib/practice/questions";
import { answerInputSchema, answerQuestion, SESSION_TIME_LIMIT_MS, startSession } from "@/lib/practice/session";
import { answerBody, samplePresence, STRONG_ANSWER, WEAK_ANSWER } from "@/lib/practice/session/answers.fixture";
import { quotesAnswer } from "@/lib/practice/session/quotes";
import type { AnswerRequest } from "@/lib/practice/session/schemas";
import { contextFor, createTestUser } from "@/tests/helpers/context";
import { expectAppError } from "@/tests/helpers/expect-app-error";

// Input the route refuses before a service runs (422) and the answer allowance (429) are tested through the route,
// in practice-answer-refusals.test.ts; here the services get input that passed the schema, as the route passes it.

/** A new user (with a profile unless `targetRole` is null) and their context, offline. */
async function newUser(targetRole: string | null = "Product Manager"): Promise<UserContext> {
  const ctx = contextFor(await createTestUser({ email: "p@example.test" }), { services: { ai: null } });
  if (targetRole) await saveProfile(ctx.db, ctx.principal.user.id, { targetRole, goals: "Get better at handling conflict" });
  return ctx;
}

/** A request body as the route hands it on: parsed by the answer schema. */
const parsed = (body: AnswerRequest) => parseInput(answerInputSchema, body);

async function answerRows(sessionId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(practiceAnswers).where(eq(practiceAnswers.sessionId, sessionId));
  return Number(row?.n);
}

describe("practice answers", () => {
  it("starts a session with three offline questions stored in order", async () => {
    const ctx = await newUser();
    const session = await startSession(ctx, { type: "behavioural", count: 3, jobDescription: "Lead a product team" });
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

  it("stores feedback with four scores, quoted strengths and improvements and a model answer", async () => {
    const ctx = await newUser("Product Manager");
    const session = await startSession(ctx, { type: "behavioural", count: 3 });
    const presence = samplePresence();
    const body = answerBody(STRONG_ANSWER, { presence, tabSwitches: 2, windowBlurs: 1 });
    const stored = await answerQuestion(ctx, session.id, 1, parsed(body));

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
    const ctx = await newUser();
    const session = await startSession(ctx, { type: "behavioural", count: 3 });
    await answerQuestion(ctx, session.id, 2, parsed(answerBody(WEAK_ANSWER)));
    const second = await answerQuestion(ctx, session.id, "2", parsed(answerBody(STRONG_ANSWER, { mode: "voice", durationMs: 70_000 })));
    expect(second).toMatchObject({ position: 2, mode: "voice", answerText: STRONG_ANSWER });
    expect(await answerRows(session.id)).toBe(1);
  });

  it("refuses forged delivery metrics and stores nothing", async () => {
    const ctx = await newUser();
    const session = await startSession(ctx, { type: "behavioural", count: 3 });
    const body = answerBody(STRONG_ANSWER, { mode: "voice", durationMs: 60_000 });
    const forged = { ...body, deliveryMetrics: { ...body.deliveryMetrics, fillers: { total: 0, perMinute: 0, byWord: {} }, wordsPerMinute: 145 } };
    // Well-formed, so the schema lets it through: only the service's recomputation can tell that it is forged.
    const error = await expectAppError(answerQuestion(ctx, session.id, 1, parsed(forged)), "unprocessable", 422);
    expect(error.message).toMatch(/forged metrics/);
    expect(await answerRows(session.id)).toBe(0);
  });

  it("refuses a position the session does not have", async () => {
    const ctx = await newUser();
    const session = await startSession(ctx, { type: "behavioural", count: 3 });
    for (const position of [0, 4, 11, "two"]) {
      await expectAppError(answerQuestion(ctx, session.id, position, parsed(answerBody(STRONG_ANSWER))), "unprocessable", 422);
    }
    expect(await answerRows(session.id)).toBe(0);
  });

  it("refuses answers once the session is past its 60-minute limit", async () => {
    const startedAt = new Date();
    const { user } = (await newUser()).principal;
    // The same user's requests at different times: a context per request, each with its own clock.
    const at = (minutes: number) =>
      contextFor(user, { services: { ai: null }, now: () => new Date(startedAt.getTime() + minutes * 60_000) });
    const session = await startSession(at(0), { type: "behavioural", count: 3 });
    await answerQuestion(at(59), session.id, 1, parsed(answerBody(STRONG_ANSWER)));
    const error = await expectAppError(answerQuestion(at(61), session.id, 2, parsed(answerBody(STRONG_ANSWER))), "conflict", 409);
    expect(error.message).toMatch(/60-minute limit.*summary/);
    expect(await answerRows(session.id)).toBe(1);
  });
});
