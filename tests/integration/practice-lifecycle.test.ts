import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listAuditEventsForUser } from "@/db/queries/audit";
import { saveProfile } from "@/db/queries/profiles";
import { practiceAnswers, practiceSessions } from "@/db/schema";
import { parseInput } from "@/lib/api/validation";
import type { UserContext } from "@/lib/context/request-context";
import {
  answerInputSchema,
  answerQuestion,
  deleteSession,
  discardSession,
  finishSession,
  getSessionDetail,
  listSavedSessions,
  RUBRIC_DIMENSIONS,
  saveSession,
  startSession,
} from "@/lib/practice/session";
import { answerBody, SECRET_ANSWER, STRONG_ANSWER, WEAK_ANSWER } from "@/lib/practice/session/answers.fixture";
import { dimensionMean } from "@/lib/practice/session/dimensions";
import { contextFor, newUserContext } from "@/tests/helpers/context";
import { expectAppError } from "@/tests/helpers/expect-app-error";

/** A signed-in candidate with a target role saved, as the practice page expects. */
async function newCandidate(): Promise<UserContext> {
  const ctx = await newUserContext();
  await saveProfile(ctx.db, ctx.principal.user.id, { targetRole: "Software Engineer" });
  return ctx;
}

/** Typed answer input, as the route hands it to the service after validation. */
const typedAnswer = (answer: string) => parseInput(answerInputSchema, answerBody(answer));

async function rowCounts(sessionId: string) {
  const db = await getDb();
  const [sessions] = await db.select({ n: count() }).from(practiceSessions).where(eq(practiceSessions.id, sessionId));
  const [answers] = await db.select({ n: count() }).from(practiceAnswers).where(eq(practiceAnswers.sessionId, sessionId));
  return { sessions: Number(sessions?.n), answers: Number(answers?.n) };
}

/** A session with two of its three questions answered (one strong, one weak). */
async function answeredSession(ctx: UserContext, answer = STRONG_ANSWER) {
  const session = await startSession(ctx, { type: "behavioural", count: 3 });
  await answerQuestion(ctx, session.id, 1, typedAnswer(answer));
  await answerQuestion(ctx, session.id, 3, typedAnswer(WEAK_ANSWER));
  return session;
}

const auditOf = (ctx: UserContext) => listAuditEventsForUser(ctx.db, ctx.principal.user.id);

describe("practice lifecycle", () => {
  it("finishes a session with a summary computed from the stored answers", async () => {
    const ctx = await newCandidate();
    const session = await answeredSession(ctx);
    const finishedAt = new Date();
    const finished = await finishSession(contextFor(ctx.principal.user, { now: () => finishedAt }), session.id);

    expect(finished).toMatchObject({ status: "completed", completedAt: finishedAt });
    const detail = await getSessionDetail(ctx, session.id);
    const scored = detail.items.flatMap((item) => (item.answer?.scores ? [item.answer.scores] : []));
    expect(scored).toHaveLength(2);
    const expected = Math.round(scored.reduce((sum, s) => sum + dimensionMean(s), 0) / scored.length);

    const summary = finished.summary!;
    expect(summary.overallScore).toBe(expected);
    expect(finished.overallScore).toBe(expected);
    expect(summary).toMatchObject({ answeredCount: 2, questionCount: 3 });
    for (const dimension of RUBRIC_DIMENSIONS) {
      expect(summary.dimensions[dimension]).toBe(Math.round((scored[0]![dimension] + scored[1]![dimension]) / 2));
    }
    for (const list of [summary.strengths, summary.improvements]) {
      expect(list).toHaveLength(3);
      expect(new Set(list.map((item) => item.key)).size).toBe(3);
    }
    const lowest = Math.min(...RUBRIC_DIMENSIONS.map((d) => summary.dimensions[d]));
    expect(summary.dimensions[summary.nextPractice.dimension]).toBe(lowest);
    // The weak answer (question 3) scores lowest, so its competency is the one to practise.
    expect(summary.nextPractice.questionPosition).toBe(3);
    expect(summary.nextPractice.competency).toBe(detail.questions[2]!.competencies[0]);
    expect(summary.nextPractice.text).toMatch(/^Practise /);
  });

  it("refuses to finish a session with no answers", async () => {
    const ctx = await newCandidate();
    const session = await startSession(ctx, { type: "behavioural", count: 3 });
    await expectAppError(finishSession(ctx, session.id), "conflict", 409);
  });

  it("refuses answers after the session is finished", async () => {
    const ctx = await newCandidate();
    const session = await answeredSession(ctx);
    await finishSession(ctx, session.id);
    await expectAppError(answerQuestion(ctx, session.id, 2, typedAnswer(STRONG_ANSWER)), "conflict", 409);
  });

  it("refuses to save under a forged overall score and leaves the status unchanged", async () => {
    const ctx = await newCandidate();
    const session = await answeredSession(ctx);
    const finished = await finishSession(ctx, session.id);
    const forged = Math.min(100, finished.overallScore! + 7);
    await expectAppError(saveSession(ctx, session.id, { overallScore: forged }), "unprocessable", 422);
    expect((await getSessionDetail(ctx, session.id)).status).toBe("completed");
    expect((await listSavedSessions(ctx)).sessions).toEqual([]);
  });

  it("refuses to save under forged per-answer scores", async () => {
    const ctx = await newCandidate();
    const session = await answeredSession(ctx);
    const finished = await finishSession(ctx, session.id);
    const detail = await getSessionDetail(ctx, session.id);
    const real = detail.items[0]!.answer!.scores!;
    const claims = { overallScore: finished.overallScore!, answers: [{ position: 1, scores: { ...real, impact: real.impact === 100 ? 99 : real.impact + 1 } }] };
    await expectAppError(saveSession(ctx, session.id, claims), "unprocessable", 422);
    await expectAppError(saveSession(ctx, session.id, { answers: [{ position: 2, scores: real }] }), "unprocessable", 422);
    expect((await getSessionDetail(ctx, session.id)).status).toBe("completed");
  });

  it("saves with matching claims and lists the session", async () => {
    const ctx = await newCandidate();
    const session = await answeredSession(ctx);
    const finished = await finishSession(ctx, session.id);
    const detail = await getSessionDetail(ctx, session.id);
    const answers = detail.items.flatMap((item) => (item.answer ? [{ position: item.answer.position, scores: item.answer.scores! }] : []));
    const fromAddress = contextFor(ctx.principal.user, { ipHash: "iphash-1" });
    const saved = await saveSession(fromAddress, session.id, { overallScore: finished.overallScore!, answers });
    expect(saved.status).toBe("saved");
    expect((await listSavedSessions(ctx)).sessions).toEqual([
      {
        id: session.id,
        date: session.startedAt,
        interviewType: "behavioural",
        overallScore: finished.overallScore,
        questionCount: 3,
        answeredCount: 2,
      },
    ]);
    const [event] = await auditOf(ctx);
    expect(event).toMatchObject({ action: "practice_session.save", targetId: session.id, ipHash: "iphash-1" });
  });

  it("refuses to save a session that is not finished", async () => {
    const ctx = await newCandidate();
    const session = await answeredSession(ctx);
    await expectAppError(saveSession(ctx, session.id), "conflict", 409);
  });

  it("discards a session leaving no session or answer rows", async () => {
    const ctx = await newCandidate();
    const session = await answeredSession(ctx, SECRET_ANSWER);
    expect(await rowCounts(session.id)).toEqual({ sessions: 1, answers: 2 });
    await discardSession(ctx, session.id);
    expect(await rowCounts(session.id)).toEqual({ sessions: 0, answers: 0 });
    const events = await auditOf(ctx);
    expect(events.map((e) => e.action)).toEqual(["practice_session.discard"]);
    expect(JSON.stringify(events)).not.toContain("ZEBRA-SECRET-42");
    await expectAppError(getSessionDetail(ctx, session.id), "not_found", 404);
  });

  it("answers 404, never 403, for another user's session everywhere", async () => {
    const owner = await newCandidate();
    const intruder = await newCandidate();
    const session = await answeredSession(owner);
    const calls: (() => Promise<unknown>)[] = [
      () => answerQuestion(intruder, session.id, 2, typedAnswer(STRONG_ANSWER)),
      () => finishSession(intruder, session.id),
      () => saveSession(intruder, session.id),
      () => discardSession(intruder, session.id),
      () => getSessionDetail(intruder, session.id),
      () => deleteSession(intruder, session.id),
    ];
    for (const call of calls) await expectAppError(call(), "not_found", 404);
    await expectAppError(getSessionDetail(owner, "not-a-uuid"), "not_found", 404);
    await expectAppError(getSessionDetail(owner, randomUUID()), "not_found", 404);

    // Nothing the intruder tried changed the owner's session.
    const detail = await getSessionDetail(owner, session.id);
    expect(detail.status).toBe("in_progress");
    expect(detail.items.filter((item) => item.answer).length).toBe(2);
    expect(await auditOf(intruder)).toEqual([]);
  });
});
