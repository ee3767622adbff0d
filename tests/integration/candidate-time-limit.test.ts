/**
 * Hard time limits by the server's clock (a controllable `now`): a question's limit runs from the server's record of
 * its first showing to the answer's arrival, so a browser that reports a short duration after the limit is refused, a
 * reload never moves the start later, and a hard-limited question that was never shown cannot be answered.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { assessmentAnswers } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import { answerCandidateQuestion, startAttempt, startCandidateQuestion } from "@/lib/assessments/candidate";
import { CANDIDATE_CONSENT_VERSION } from "@/lib/assessments/candidate/consent";
import { HARD_LIMIT_GRACE_MS, NOT_SHOWN } from "@/lib/assessments/candidate/time-limit";
import { STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { candidateContextFor, seedCandidateLink } from "@/tests/helpers/candidate-flow";

const SECOND = 1000;
const typed = (durationMs: number) => ({ answerText: STRONG_ANSWER, mode: "typed" as const, durationMs, retakesUsed: 0 });

async function begin(questions: { timeLimitSeconds: number; timeLimitMode: "hard" | "soft" }[]) {
  const t0 = new Date("2026-04-01T10:00:00Z");
  let now = t0;
  const link = await seedCandidateLink({ questions: questions.map((q) => ({ ...q, competencies: ["delivery_under_pressure"] })) });
  const ctx = candidateContextFor(link, { now: () => now });
  const { deviceSecret } = await startAttempt(ctx, { consentVersion: CANDIDATE_CONSENT_VERSION }, null);
  return { link, ctx, deviceSecret, at: (ms: number) => (now = new Date(t0.getTime() + ms)) };
}

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("hard time limits by the server's clock", () => {
  it("refuses an answer arriving past the limit and its grace, whatever duration the browser reports", async () => {
    const { ctx, deviceSecret, at } = await begin([{ timeLimitSeconds: 60, timeLimitMode: "hard" }]);
    at(10 * SECOND);
    expect(await startCandidateQuestion(ctx, deviceSecret, "1")).toMatchObject({ position: 1, startedAt: "2026-04-01T10:00:10.000Z", elapsedMs: 0 });
    at(10 * SECOND + 60 * SECOND + HARD_LIMIT_GRACE_MS + 1);
    const late = await refusal(answerCandidateQuestion(ctx, deviceSecret, "1", typed(30 * SECOND)));
    expect(late.code).toBe("unprocessable");
  });

  it("accepts an answer within the grace, and keeps the first showing when the question is shown again", async () => {
    const { link, ctx, deviceSecret, at } = await begin([{ timeLimitSeconds: 60, timeLimitMode: "hard" }]);
    await startCandidateQuestion(ctx, deviceSecret, "1");
    at(30 * SECOND);
    // A reload: the start stays where it was, and the browser learns how long ago that was.
    expect(await startCandidateQuestion(ctx, deviceSecret, "1")).toMatchObject({ position: 1, startedAt: "2026-04-01T10:00:00.000Z", elapsedMs: 30 * SECOND });
    at(60 * SECOND + HARD_LIMIT_GRACE_MS);
    expect(await answerCandidateQuestion(ctx, deviceSecret, "1", typed(59 * SECOND))).toEqual({ position: 1 });
    const [row] = await (await getDb()).select().from(assessmentAnswers).where(eq(assessmentAnswers.inviteId, link.invite.id));
    expect(row!.overran).toBe(false);
    expect((await refusal(startCandidateQuestion(ctx, deviceSecret, "1"))).code).toBe("conflict");
  });

  it("refuses an answer to a hard-limited question the server never showed", async () => {
    const { ctx, deviceSecret } = await begin([{ timeLimitSeconds: 60, timeLimitMode: "hard" }]);
    const unshown = await refusal(answerCandidateQuestion(ctx, deviceSecret, "1", typed(20 * SECOND)));
    expect({ code: unshown.code, message: unshown.message }).toEqual({ code: "conflict", message: NOT_SHOWN });
  });

  it("accepts a soft-limited answer past its limit and flags it overran by the server's clock", async () => {
    const { link, ctx, deviceSecret, at } = await begin([{ timeLimitSeconds: 60, timeLimitMode: "soft" }]);
    await startCandidateQuestion(ctx, deviceSecret, "1");
    at(200 * SECOND);
    expect(await answerCandidateQuestion(ctx, deviceSecret, "1", typed(30 * SECOND))).toEqual({ position: 1 });
    const [row] = await (await getDb()).select().from(assessmentAnswers).where(eq(assessmentAnswers.inviteId, link.invite.id));
    expect(row).toMatchObject({ overran: true, durationMs: 30 * SECOND });
  });
});
