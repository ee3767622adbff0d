import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listAuditEventsForUser } from "@/db/queries/audit";
import { saveProfile } from "@/db/queries/profiles";
import { upsertUserByAuthProviderId } from "@/db/queries/users";
import { practiceAnswers, practiceSessions } from "@/db/schema";
import {
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
import { expectAppError } from "@/tests/helpers/expect-app-error";

async function newUser() {
  const user = await upsertUserByAuthProviderId({ authProviderId: `user_${randomUUID()}`, email: "l@example.test" });
  await saveProfile(user.id, { targetRole: "Software Engineer" });
  return user;
}


async function rowCounts(sessionId: string) {
  const db = await getDb();
  const [sessions] = await db.select({ n: count() }).from(practiceSessions).where(eq(practiceSessions.id, sessionId));
  const [answers] = await db.select({ n: count() }).from(practiceAnswers).where(eq(practiceAnswers.sessionId, sessionId));
  return { sessions: Number(sessions?.n), answers: Number(answers?.n) };
}

/** A session with two of its three questions answered (one strong, one weak). */
async function answeredSession(userId: string, answer = STRONG_ANSWER) {
  const session = await startSession(userId, { type: "behavioural", count: 3 });
  await answerQuestion(userId, session.id, 1, answerBody(answer));
  await answerQuestion(userId, session.id, 3, answerBody(WEAK_ANSWER));
  return session;
}

describe("practice lifecycle", () => {
  it("finishes a session with a summary computed from the stored answers", async () => {
    const user = await newUser();
    const session = await answeredSession(user.id);
    const finishedAt = new Date();
    const finished = await finishSession(user.id, session.id, { now: finishedAt });

    expect(finished).toMatchObject({ status: "completed", completedAt: finishedAt });
    const detail = await getSessionDetail(user.id, session.id);
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
    const user = await newUser();
    const session = await startSession(user.id, { type: "behavioural", count: 3 });
    await expectAppError(finishSession(user.id, session.id), "conflict", 409);
  });

  it("refuses answers after the session is finished", async () => {
    const user = await newUser();
    const session = await answeredSession(user.id);
    await finishSession(user.id, session.id);
    await expectAppError(answerQuestion(user.id, session.id, 2, answerBody(STRONG_ANSWER)), "conflict", 409);
  });

  it("refuses to save under a forged overall score and leaves the status unchanged", async () => {
    const user = await newUser();
    const session = await answeredSession(user.id);
    const finished = await finishSession(user.id, session.id);
    const forged = Math.min(100, finished.overallScore! + 7);
    await expectAppError(saveSession(user.id, session.id, { overallScore: forged }), "unprocessable", 422);
    expect((await getSessionDetail(user.id, session.id)).status).toBe("completed");
    expect(await listSavedSessions(user.id)).toEqual([]);
  });

  it("refuses to save under forged per-answer scores", async () => {
    const user = await newUser();
    const session = await answeredSession(user.id);
    const finished = await finishSession(user.id, session.id);
    const detail = await getSessionDetail(user.id, session.id);
    const real = detail.items[0]!.answer!.scores!;
    const claims = { overallScore: finished.overallScore, answers: [{ position: 1, scores: { ...real, impact: real.impact === 100 ? 99 : real.impact + 1 } }] };
    await expectAppError(saveSession(user.id, session.id, claims), "unprocessable", 422);
    await expectAppError(saveSession(user.id, session.id, { answers: [{ position: 2, scores: real }] }), "unprocessable", 422);
    expect((await getSessionDetail(user.id, session.id)).status).toBe("completed");
  });

  it("saves with matching claims and lists the session", async () => {
    const user = await newUser();
    const session = await answeredSession(user.id);
    const finished = await finishSession(user.id, session.id);
    const detail = await getSessionDetail(user.id, session.id);
    const answers = detail.items.flatMap((item) => (item.answer ? [{ position: item.answer.position, scores: item.answer.scores! }] : []));
    const saved = await saveSession(user.id, session.id, { overallScore: finished.overallScore!, answers }, { ipHash: "iphash-1" });
    expect(saved.status).toBe("saved");
    expect(await listSavedSessions(user.id)).toEqual([
      {
        id: session.id,
        date: session.startedAt,
        interviewType: "behavioural",
        overallScore: finished.overallScore,
        questionCount: 3,
        answeredCount: 2,
      },
    ]);
    const [event] = await listAuditEventsForUser(user.id);
    expect(event).toMatchObject({ action: "practice_session.save", targetId: session.id, ipHash: "iphash-1" });
  });

  it("refuses to save a session that is not finished", async () => {
    const user = await newUser();
    const session = await answeredSession(user.id);
    await expectAppError(saveSession(user.id, session.id), "conflict", 409);
  });

  it("discards a session leaving no session or answer rows", async () => {
    const user = await newUser();
    const session = await answeredSession(user.id, SECRET_ANSWER);
    expect(await rowCounts(session.id)).toEqual({ sessions: 1, answers: 2 });
    await discardSession(user.id, session.id);
    expect(await rowCounts(session.id)).toEqual({ sessions: 0, answers: 0 });
    const events = await listAuditEventsForUser(user.id);
    expect(events.map((e) => e.action)).toEqual(["practice_session.discard"]);
    expect(JSON.stringify(events)).not.toContain("ZEBRA-SECRET-42");
    await expectAppError(getSessionDetail(user.id, session.id), "not_found", 404);
  });

  it("answers 404, never 403, for another user's session everywhere", async () => {
    const owner = await newUser();
    const intruder = await newUser();
    const session = await answeredSession(owner.id);
    const calls: (() => Promise<unknown>)[] = [
      () => answerQuestion(intruder.id, session.id, 2, answerBody(STRONG_ANSWER)),
      () => finishSession(intruder.id, session.id),
      () => saveSession(intruder.id, session.id),
      () => discardSession(intruder.id, session.id),
      () => getSessionDetail(intruder.id, session.id),
      () => deleteSession(intruder.id, session.id),
    ];
    for (const call of calls) await expectAppError(call(), "not_found", 404);
    await expectAppError(getSessionDetail(owner.id, "not-a-uuid"), "not_found", 404);
    await expectAppError(getSessionDetail(owner.id, randomUUID()), "not_found", 404);

    // Nothing the intruder tried changed the owner's session.
    const detail = await getSessionDetail(owner.id, session.id);
    expect(detail.status).toBe("in_progress");
    expect(detail.items.filter((item) => item.answer).length).toBe(2);
    expect(await listAuditEventsForUser(intruder.id)).toEqual([]);
  });
});
