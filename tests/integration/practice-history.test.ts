import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listAuditEventsForUser } from "@/db/queries/audit";
import { practiceAnswers, practiceSessions, type User } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import { parseInput } from "@/lib/api/validation";
import {
  answerInputSchema,
  answerQuestion,
  deleteAllSessions,
  deleteSession,
  finishSession,
  getSessionDetail,
  listSavedSessions,
  practiceDashboard,
  progressSeries,
  saveSession,
  startSession,
} from "@/lib/practice/session";
import { answerBody, samplePresence, SECRET_ANSWER, STRONG_ANSWER, WEAK_ANSWER } from "@/lib/practice/session/answers.fixture";
import { contextFor, createTestUser } from "@/tests/helpers/context";

const HOUR = 60 * 60 * 1000;

/** Typed answer input, as the route hands it to the service after validation. */
const typedAnswer = (...body: Parameters<typeof answerBody>) => parseInput(answerInputSchema, answerBody(...body));

/** A saved session started at `startedAt`, answered one minute in and finished two minutes in. */
async function savedSession(user: User, startedAt: Date, answer: string) {
  const at = (minutes: number) => contextFor(user, { now: () => new Date(startedAt.getTime() + minutes * 60_000) });
  const session = await startSession(at(0), { type: "mixed", count: 4 });
  await answerQuestion(at(1), session.id, 1, typedAnswer(answer));
  await finishSession(at(2), session.id);
  await saveSession(contextFor(user), session.id);
  return session;
}

async function rowsOf(userId: string) {
  const db = await getDb();
  const [sessions] = await db.select({ n: count() }).from(practiceSessions).where(eq(practiceSessions.userId, userId));
  const [answers] = await db.select({ n: count() }).from(practiceAnswers).where(eq(practiceAnswers.userId, userId));
  return { sessions: Number(sessions?.n), answers: Number(answers?.n) };
}

describe("practice history", () => {
  it("lists only saved sessions, newest first", async () => {
    const user = await createTestUser();
    const now = Date.now();
    const older = await savedSession(user, new Date(now - 3 * HOUR), WEAK_ANSWER);
    const newer = await savedSession(user, new Date(now - HOUR), STRONG_ANSWER);
    const unsaved = await startSession(contextFor(user), { type: "behavioural", count: 3 });
    const { sessions: listed, nextCursor } = await listSavedSessions(contextFor(user));
    expect(nextCursor).toBeNull();
    expect(listed.map((item) => item.id)).toEqual([newer.id, older.id]);
    expect(listed.map((item) => item.id)).not.toContain(unsaved.id);
    expect(listed[0]).toMatchObject({ interviewType: "mixed", questionCount: 4, answeredCount: 1, date: newer.startedAt });
  });

  it("returns every question with its answer, feedback, delivery and presence metrics", async () => {
    const ctx = contextFor(await createTestUser());
    const session = await startSession(ctx, { type: "role_specific", count: 3 });
    const presence = samplePresence();
    await answerQuestion(ctx, session.id, 2, typedAnswer(STRONG_ANSWER, { mode: "voice", durationMs: 80_000, presence, tabSwitches: 1 }));
    const detail = await getSessionDetail(ctx, session.id);
    expect(detail.items.map((item) => item.question.position)).toEqual([1, 2, 3]);
    expect(detail.items[0]!.answer).toBeNull();
    const answer = detail.items[1]!.answer!;
    expect(answer).toMatchObject({ answerText: STRONG_ANSWER, mode: "voice", question: detail.questions[1]!.text });
    expect(answer.feedback?.modelAnswer.engine).toBe("templated");
    expect(answer.deliveryMetrics).toMatchObject({ mode: "voice", durationMs: 80_000, wordsPerMinute: expect.any(Number) });
    expect(answer.presence).toEqual({ camera: presence, tabSwitches: 1, windowBlurs: 0 });
  });

  it("gives the progress series oldest first with the four dimension means", async () => {
    const user = await createTestUser();
    const ctx = contextFor(user);
    const now = Date.now();
    const first = await savedSession(user, new Date(now - 5 * HOUR), WEAK_ANSWER);
    const third = await savedSession(user, new Date(now - HOUR), STRONG_ANSWER);
    const second = await savedSession(user, new Date(now - 3 * HOUR), STRONG_ANSWER);
    await startSession(ctx, { type: "behavioural", count: 3 });
    const series = await progressSeries(ctx);
    expect(series).toMatchObject({ granularity: "session", sessionCount: 3 });
    expect(series.points.map((point) => point.sessionId)).toEqual([first.id, second.id, third.id]);
    expect(series.points[0]).toEqual({
      sessionId: first.id,
      date: first.startedAt,
      sessions: 1,
      structure: expect.any(Number),
      relevance: expect.any(Number),
      specificity: expect.any(Number),
      impact: expect.any(Number),
    });
    const summary = (await getSessionDetail(ctx, third.id)).summary!;
    expect(series.points[2]).toMatchObject(summary.dimensions);
  });

  it("reads the dashboard's page, count and progress equal to the separate reads", async () => {
    const user = await createTestUser();
    const ctx = contextFor(user);
    const now = Date.now();
    await savedSession(user, new Date(now - 4 * HOUR), WEAK_ANSWER);
    await savedSession(user, new Date(now - 2 * HOUR), STRONG_ANSWER);
    await savedSession(user, new Date(now - 3 * HOUR), STRONG_ANSWER);
    const dashboard = await practiceDashboard(ctx);
    expect(dashboard.history).toEqual(await listSavedSessions(ctx, { limit: 20 }));
    expect(dashboard.progress).toEqual(await progressSeries(ctx));
    expect(dashboard).toMatchObject({ savedCount: 3, olderPage: false });
    expect(dashboard.progress.points).toHaveLength(3);
  });

  it("deletes one session and its answers, and audits it without answer text", async () => {
    const user = await createTestUser();
    const ctx = contextFor(user);
    const kept = await savedSession(user, new Date(Date.now() - 2 * HOUR), STRONG_ANSWER);
    const gone = await savedSession(user, new Date(Date.now() - HOUR), SECRET_ANSWER);
    await deleteSession(contextFor(user, { ipHash: "iphash-2" }), gone.id);
    expect((await listSavedSessions(ctx)).sessions.map((item) => item.id)).toEqual([kept.id]);
    expect(await rowsOf(user.id)).toEqual({ sessions: 1, answers: 1 });
    await expect(deleteSession(ctx, gone.id)).rejects.toBeInstanceOf(AppError);
    const events = await listAuditEventsForUser(ctx.db, user.id);
    expect(events.find((e) => e.action === "practice_session.delete")).toMatchObject({ targetId: gone.id, ipHash: "iphash-2" });
    expect(JSON.stringify(events)).not.toContain("ZEBRA-SECRET-42");
  });

  it("deletes all of a user's sessions, returns the count and leaves other users alone", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const ctx = contextFor(user);
    await savedSession(user, new Date(Date.now() - 2 * HOUR), SECRET_ANSWER);
    await savedSession(user, new Date(Date.now() - HOUR), STRONG_ANSWER);
    await startSession(ctx, { type: "behavioural", count: 3 });
    const theirs = await savedSession(other, new Date(Date.now() - HOUR), STRONG_ANSWER);

    expect(await deleteAllSessions(ctx)).toBe(3);
    expect(await rowsOf(user.id)).toEqual({ sessions: 0, answers: 0 });
    expect((await listSavedSessions(ctx)).sessions).toEqual([]);
    expect((await listSavedSessions(contextFor(other))).sessions.map((item) => item.id)).toEqual([theirs.id]);
    const events = await listAuditEventsForUser(ctx.db, user.id);
    expect(events.find((e) => e.action === "practice_session.delete_all")?.newValues).toEqual({ deletedCount: 3 });
    expect(JSON.stringify(events)).not.toContain("ZEBRA-SECRET-42");
  });
});
