/**
 * The candidate services with a controllable clock and a local OpenAI-compatible server: an attempt in progress may
 * finish until its own deadline and not after, the receipt's retention date is the submit time plus the
 * organisation's retention period, and an answer scored by the AI engine stores the engine and model while the AI
 * never receives the candidate's name or email.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { assessmentAnswers } from "@/db/schema";
import { createOpenAIClient } from "@/lib/ai/openai-client";
import { AppError } from "@/lib/api/app-error";
import { answerCandidateQuestion, getCandidateReceipt, startAttempt, submitCandidateAttempt, viewCandidateLink } from "@/lib/assessments/candidate";
import { CANDIDATE_CONSENT_VERSION } from "@/lib/assessments/candidate/consent";
import { STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { candidateContextFor, seedCandidateLink } from "@/tests/helpers/candidate-flow";
import { feedbackSimHandlers } from "@/tests/helpers/openai-server/simulate-feedback";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

const harness = useOpenAIServer({ simulate: feedbackSimHandlers, redactAuthorization: true });
const DAY = 24 * 60 * 60 * 1000;
const typed = (answerText: string) => ({ answerText, mode: "typed" as const, durationMs: 45_000, retakesUsed: 0 });

function clock(start: Date) {
  let now = start;
  return { now: () => now, set: (at: Date) => (now = at) };
}

async function expectRefusal(promise: Promise<unknown>, code: string) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

describe("deadlines and retention", () => {
  it("lets an attempt in progress answer until its deadline, and refuses it after", async () => {
    const t0 = new Date("2026-03-02T09:00:00Z");
    const link = await seedCandidateLink({ deadlineAt: new Date(t0.getTime() + DAY) });
    const time = clock(t0);
    const ctx = candidateContextFor(link, { now: time.now });
    const { deviceSecret } = await startAttempt(ctx, { consentVersion: CANDIDATE_CONSENT_VERSION }, null);
    time.set(new Date(t0.getTime() + DAY - 60_000));
    await expect(answerCandidateQuestion(ctx, deviceSecret, "1", typed(STRONG_ANSWER))).resolves.toEqual({ position: 1 });
    time.set(new Date(t0.getTime() + DAY + 1));
    await expectRefusal(answerCandidateQuestion(ctx, deviceSecret, "2", typed(STRONG_ANSWER)), "gone");
    await expectRefusal(submitCandidateAttempt(ctx, deviceSecret), "gone");
    await expectRefusal(viewCandidateLink(ctx, deviceSecret), "gone");
  });

  it("dates the receipt's retention from the submit and keeps the receipt past the deadline", async () => {
    const t0 = new Date("2026-05-10T12:00:00Z");
    const link = await seedCandidateLink({ deadlineAt: new Date(t0.getTime() + 2 * DAY), retentionDays: 45 });
    const time = clock(t0);
    const ctx = candidateContextFor(link, { now: time.now });
    const { deviceSecret } = await startAttempt(ctx, { consentVersion: CANDIDATE_CONSENT_VERSION }, null);
    time.set(new Date(t0.getTime() + 3_600_000));
    expect(await submitCandidateAttempt(ctx, deviceSecret)).toEqual({ submittedAt: "2026-05-10T13:00:00.000Z" });
    time.set(new Date(t0.getTime() + 10 * DAY));
    const receipt = await getCandidateReceipt(ctx, deviceSecret);
    expect(receipt.retentionUntil).toBe("2026-06-24T13:00:00.000Z");
    expect((await viewCandidateLink(ctx, deviceSecret)).invite.state).toBe("submitted");
  });
});

describe("scoring with the AI engine", () => {
  it("stores engine ai with the model, and never sends the candidate's name or email", async () => {
    const name = "Zebedee Quartermaine";
    const email = "zebedee.quartermaine@example.test";
    const link = await seedCandidateLink({ candidateName: name, candidateEmail: email });
    const ai = createOpenAIClient({ apiKey: "sk-local-test", baseURL: harness.server.baseURL, model: "test-model", timeoutMs: 10_000 });
    const ctx = candidateContextFor(link, { services: { ai } });
    const { deviceSecret } = await startAttempt(ctx, { consentVersion: CANDIDATE_CONSENT_VERSION }, null);
    await answerCandidateQuestion(ctx, deviceSecret, "1", typed(STRONG_ANSWER));

    const [row] = await (await getDb()).select().from(assessmentAnswers).where(eq(assessmentAnswers.inviteId, link.invite.id));
    expect(row).toMatchObject({ engine: "ai", model: "test-model", rubricVersion: expect.any(String), overallScore: expect.any(Number) });
    expect(row!.evaluation).toMatchObject({ dimensions: { structure: { score: expect.any(Number), quotes: expect.any(Array) } } });
    expect(row!.evaluation).not.toHaveProperty("fallbackReason");

    const requests = harness.server.requests;
    expect(requests.some((r) => r.path === "/v1/chat/completions")).toBe(true);
    const sent = JSON.stringify(requests.map((r) => r.body));
    expect(sent).toContain("failures dropped");
    for (const secret of [name, "Zebedee", "Quartermaine", email, link.invite.id, link.token, link.tokenHash]) expect(sent).not.toContain(secret);
  });

  it("never sends an answer with insufficient evidence to the AI", async () => {
    const link = await seedCandidateLink();
    const ai = createOpenAIClient({ apiKey: "sk-local-test", baseURL: harness.server.baseURL, model: "test-model", timeoutMs: 10_000 });
    const ctx = candidateContextFor(link, { services: { ai } });
    const { deviceSecret } = await startAttempt(ctx, { consentVersion: CANDIDATE_CONSENT_VERSION }, null);
    await answerCandidateQuestion(ctx, deviceSecret, "1", typed("I don't know."));
    expect(harness.server.requests).toEqual([]);
    const [row] = await (await getDb()).select().from(assessmentAnswers).where(eq(assessmentAnswers.inviteId, link.invite.id));
    expect(row).toMatchObject({ overallScore: null, evaluation: { insufficientEvidence: { reason: "non_answer" } } });
  });
});
