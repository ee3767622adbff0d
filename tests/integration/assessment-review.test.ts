/**
 * Reviewing one candidate through the route handlers: the detail (quotes, insufficient evidence, low-confidence
 * signals as words only, superseded attempts listed), each reviewer's own rating and private note (two reviewers both
 * shown, neither able to change the other's), the decision and its audit (no note text in any audit value), 404 for
 * another organisation's ids, a foreign answer and a non-member, and the results table sorted by rating.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as answerRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/candidates/[inviteId]/review/answers/[answerId]/route";
import * as decisionRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/candidates/[inviteId]/review/decision/route";
import * as reviewRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/candidates/[inviteId]/review/route";
import { getDb } from "@/db/client";
import { type Assessment, type AssessmentAnswer, assessmentAnswers, assessmentAttempts, assessmentQuestions, auditEvents, type CandidateInvite, candidateInvites, proctoringEvents } from "@/db/schema";
import type { CandidateReview } from "@/lib/assessments/review/review-service";
import { assessmentResults, exportAssessmentResults } from "@/lib/assessments/results/results-service";
import { resultsQuerySchema } from "@/lib/assessments/results/schemas";
import { seedAssessment } from "@/tests/helpers/assessments";
import { call, type Fixture, fixture, type Role } from "@/tests/helpers/organisation-requests";
import { memberContextFor } from "@/tests/helpers/organisations";

const SCORED = { version: "candidate-evaluation-1", dimensions: { structure: { score: 72, quotes: ["I owned the rollback plan."] }, impact: { score: 64, quotes: [] } } };
const INSUFFICIENT = { version: "candidate-evaluation-1", insufficientEvidence: { reason: "too_short" } };

type Seeded = { invite: CandidateInvite; answers: AssessmentAnswer[] };

async function seedCandidate(assessment: Assessment, name: string, options: { superseded?: boolean } = {}): Promise<Seeded> {
  const raw = await getDb();
  const questions = await raw.select().from(assessmentQuestions).where(eq(assessmentQuestions.assessmentId, assessment.id)).orderBy(assessmentQuestions.position);
  const [invite] = await raw
    .insert(candidateInvites)
    .values({ orgId: assessment.orgId, assessmentId: assessment.id, candidateName: name, candidateEmail: `${randomUUID()}@example.test`, tokenHash: randomUUID(), status: "submitted", deadlineAt: new Date(Date.now() + 7 * 86_400_000) })
    .returning();
  const attempt = async (supersededAt: Date | null) => {
    const [row] = await raw
      .insert(assessmentAttempts)
      .values({ orgId: assessment.orgId, assessmentId: assessment.id, inviteId: invite!.id, deviceHash: randomUUID(), status: "submitted", consentVersion: "test", submittedAt: new Date(), supersededAt })
      .returning();
    const answers = await raw
      .insert(assessmentAnswers)
      .values(
        questions.map((question, i) => ({
          orgId: assessment.orgId,
          inviteId: invite!.id,
          attemptId: row!.id,
          questionId: question.id,
          position: question.position,
          answerText: i === 0 ? "I owned the rollback plan. We shipped on time." : "Not sure.",
          mode: "typed" as const,
          durationMs: 90_000,
          overran: i === 0,
          evaluation: i === 0 ? SCORED : INSUFFICIENT,
          overallScore: i === 0 ? 68 : null,
          engine: "rubric",
          rubricVersion: "star-1",
          delivery: { wordCount: 9, wordsPerMinute: 120, paceBand: "steady", longestPauseMs: 800, fillers: { total: 1 } },
        })),
      )
      .returning();
    return { attempt: row!, answers };
  };
  if (options.superseded) await attempt(new Date(Date.now() - 86_400_000));
  const live = await attempt(null);
  await raw.insert(proctoringEvents).values([
    { orgId: assessment.orgId, inviteId: invite!.id, attemptId: live.attempt.id, position: 1, kind: "look_away" as const, atMs: 12_000, durationMs: 3_000, confidence: 0.37 },
    { orgId: assessment.orgId, inviteId: invite!.id, attemptId: live.attempt.id, position: 1, kind: "multiple_faces" as const, atMs: 20_000, durationMs: 1_000, confidence: 0.93 },
    { orgId: assessment.orgId, inviteId: invite!.id, attemptId: live.attempt.id, position: 2, kind: "tab_switch" as const, atMs: 5_000, durationMs: 4_000, confidence: null },
  ]);
  return { invite: invite!, answers: live.answers };
}

describe("reviewing a candidate", () => {
  let f: Fixture;
  let assessment: Assessment;
  let ada: Seeded;
  let brook: Seeded;

  beforeAll(async () => {
    f = await fixture();
    assessment = await seedAssessment(f.organisation.id, { proctoring: true });
    const raw = await getDb();
    await raw.insert(assessmentQuestions).values(
      [1, 2].map((position) => ({ orgId: assessment.orgId, assessmentId: assessment.id, position, text: `Question ${position}`, kind: "behavioural", source: "custom" as const })),
    );
    ada = await seedCandidate(assessment, "Ada", { superseded: true });
    brook = await seedCandidate(assessment, "Brook");
  });

  const base = (invite: CandidateInvite, a: Pick<Assessment, "id"> = assessment) => `/${f.organisation.slug}/assessments/${a.id}/candidates/${invite.id}/review`;
  const params = (invite: CandidateInvite, extra: Record<string, string> = {}, a: Pick<Assessment, "id"> = assessment) => ({
    slug: f.organisation.slug,
    assessmentId: a.id,
    inviteId: invite.id,
    ...extra,
  });
  const getReview = async (role: Role, invite = ada.invite) =>
    call(reviewRoute.GET as never, "GET", base(invite), { cookie: f.people[role].cookie, params: params(invite) });
  const readReview = async (role: Role, invite = ada.invite) => ((await (await getReview(role, invite)).json()) as { review: CandidateReview }).review;
  const rate = (role: Role, answerId: string, body: unknown, invite = ada.invite) =>
    call(answerRoute.PUT as never, "PUT", `${base(invite)}/answers/${answerId}`, { cookie: f.people[role].cookie, body, params: params(invite, { answerId }) });
  const decide = (role: Role, body: unknown, invite = ada.invite) =>
    call(decisionRoute.PUT as never, "PUT", `${base(invite)}/decision`, { cookie: f.people[role].cookie, body, params: params(invite) });

  it("shows each question with the answer, quotes, insufficient evidence, delivery, timing and signals in context", async () => {
    const response = await getReview("reviewer");
    expect(response.status).toBe(200);
    const text = await response.clone().text();
    const { review } = (await response.json()) as { review: CandidateReview };
    expect(review.invite).toMatchObject({ candidateName: "Ada", state: "submitted" });
    expect(review.supersededAttempts).toHaveLength(1);
    expect(review.supersededAttempts[0]).toMatchObject({ answerCount: 2 });
    expect(review.attempt?.id).not.toBe(review.supersededAttempts[0]!.id);
    const [first, second] = review.questions;
    expect(first!.answer).toMatchObject({ id: ada.answers[0]!.id, text: "I owned the rollback plan. We shipped on time.", overran: true, durationMs: 90_000, engine: "rubric", rubricVersion: "star-1" });
    expect(first!.answer!.evaluation).toEqual({ kind: "scored", dimensions: [{ name: "structure", score: 72, quotes: ["I owned the rollback plan."] }, { name: "impact", score: 64, quotes: [] }] });
    expect(first!.answer!.delivery).toEqual({ wordCount: 9, wordsPerMinute: 120, paceBand: "steady", longestPauseMs: 800, fillers: 1 });
    expect(second!.answer!.evaluation).toEqual({ kind: "insufficient", reason: "too_short" });
    expect(first!.signals).toEqual([
      { kind: "look_away", atMs: 12_000, durationMs: 3_000, confidence: "low confidence" },
      { kind: "multiple_faces", atMs: 20_000, durationMs: 1_000, confidence: 0.93 },
    ]);
    expect(second!.signals).toEqual([{ kind: "tab_switch", atMs: 5_000, durationMs: 4_000, confidence: null }]);
    expect(text).not.toContain("0.37");
    expect(review.integrity).toMatchObject({ tier: "major", lowConfidence: true, statement: "Signals are not grounds to reject a candidate on their own." });
    expect(review.decision).toBeNull();
  });

  it("keeps each reviewer's own rating and note, shows both, and lets nobody change another's", async () => {
    const answerId = ada.answers[0]!.id;
    expect((await rate("reviewer", answerId, { rating: 4, note: "Clear ownership of the rollback." })).status).toBe(200);
    expect((await rate("owner", answerId, { rating: 2, note: null })).status).toBe(200);
    expect((await rate("reviewer", answerId, { rating: 5, note: "Clear ownership of the rollback." })).status).toBe(200);

    const asReviewer = (await readReview("reviewer")).questions[0]!.answer!.ratings;
    expect(asReviewer.own).toEqual({ rating: 5, note: "Clear ownership of the rollback." });
    expect(asReviewer.others).toEqual([expect.objectContaining({ rating: 2, note: null })]);
    expect(asReviewer).toMatchObject({ average: 3.5, count: 2 });
    const asOwner = (await readReview("owner")).questions[0]!.answer!.ratings;
    expect(asOwner.own).toEqual({ rating: 2, note: null });
    expect(asOwner.others).toEqual([expect.objectContaining({ rating: 5, note: "Clear ownership of the rollback." })]);

    const events = await (await getDb()).select().from(auditEvents).where(and(eq(auditEvents.targetId, answerId), eq(auditEvents.action, "assessment.review.rate")));
    expect(events).toHaveLength(3);
    expect(JSON.stringify(events.map((e) => [e.oldValues, e.newValues]))).not.toContain("Clear ownership");
    const reviewerEvents = events.filter((e) => e.actorUserId === f.people.reviewer.user.id).map((e) => [e.oldValues, e.newValues]);
    expect(reviewerEvents).toContainEqual([{ answerId, rating: null }, { answerId, rating: 4, noteChanged: true }]);
    expect(reviewerEvents).toContainEqual([{ answerId, rating: 4 }, { answerId, rating: 5 }]);
    expect(events.every((e) => e.orgId === f.organisation.id)).toBe(true);
  });

  it("refuses a rating outside 1–5 and a note over 2,000 characters", async () => {
    const answerId = ada.answers[1]!.id;
    expect((await rate("reviewer", answerId, { rating: 6, note: null })).status).toBe(422);
    expect((await rate("reviewer", answerId, { rating: 3, note: "x".repeat(2_001) })).status).toBe(422);
    expect((await rate("reviewer", answerId, { rating: 3 })).status).toBe(422);
    expect((await readReview("reviewer")).questions[1]!.answer!.ratings.own).toBeNull();
  });

  it("records the decision apart from the attempt's status, audited old and new", async () => {
    expect((await decide("reviewer", { decision: "hold" })).status).toBe(200);
    expect((await decide("manager", { decision: "advance" })).status).toBe(200);
    expect((await decide("manager", { decision: "maybe" })).status).toBe(422);
    const review = await readReview("reviewer");
    expect(review.decision).toMatchObject({ decision: "advance", decidedByMe: false });
    expect(review.attempt?.status).toBe("submitted");
    const events = await (await getDb()).select().from(auditEvents).where(and(eq(auditEvents.targetId, ada.invite.id), eq(auditEvents.action, "assessment.review.decide")));
    expect(events.map((e) => [e.oldValues, e.newValues])).toEqual(
      expect.arrayContaining([
        [{ decision: null }, { decision: "hold" }],
        [{ decision: "hold" }, { decision: "advance" }],
      ]),
    );
  });

  it("answers 404 for an answer of another candidate, another organisation's ids and a non-member", async () => {
    expect((await rate("reviewer", brook.answers[0]!.id, { rating: 3, note: null })).status).toBe(404);
    expect((await rate("reviewer", randomUUID(), { rating: 3, note: null })).status).toBe(404);
    expect((await getReview("outsider")).status).toBe(404);
    expect((await rate("outsider", ada.answers[0]!.id, { rating: 1, note: null })).status).toBe(404);
    expect((await decide("outsider", { decision: "reject" })).status).toBe(404);

    const other = await fixture();
    const foreignAssessment = await seedAssessment(other.organisation.id);
    await (await getDb()).insert(assessmentQuestions).values({ orgId: other.organisation.id, assessmentId: foreignAssessment.id, position: 1, text: "Q", kind: "behavioural", source: "custom" });
    const foreign = await seedCandidate(foreignAssessment, "Cato");
    // Another organisation's assessment and invite, asked for under this organisation's slug.
    const foreignGet = await call(reviewRoute.GET as never, "GET", base(foreign.invite, foreignAssessment), { cookie: f.people.owner.cookie, params: params(foreign.invite, {}, foreignAssessment) });
    expect(foreignGet.status).toBe(404);
    // Another organisation's invite under this organisation's assessment.
    expect((await getReview("owner", foreign.invite)).status).toBe(404);
    expect((await decide("owner", { decision: "reject" }, foreign.invite)).status).toBe(404);
    expect((await rate("owner", foreign.answers[0]!.id, { rating: 1, note: null })).status).toBe(404);
    expect((await rate("owner", foreign.answers[0]!.id, { rating: 1, note: null }, brook.invite)).status).toBe(404);
    const untouched = await (await getDb()).select().from(auditEvents).where(eq(auditEvents.targetId, foreign.invite.id));
    expect(untouched).toEqual([]);
  });

  it("sorts the results table by the mean human rating as well as by the AI score", async () => {
    // Brook: 1 and 3 → 2; Ada: 5 and 2 on one answer → 3.5 (from the test above, or seeded here when run alone).
    await rate("manager", brook.answers[0]!.id, { rating: 1, note: null }, brook.invite);
    await rate("manager", brook.answers[1]!.id, { rating: 3, note: null }, brook.invite);
    await rate("manager", ada.answers[0]!.id, { rating: 5, note: null });
    const ctx = memberContextFor(f.people.reviewer.user, f.organisation, "reviewer");
    const table = await assessmentResults(ctx, assessment.id, resultsQuerySchema.parse({ sort: "rating", dir: "desc" }));
    expect(table.rows.map((row) => row.candidateName)).toEqual(["Ada", "Brook"]);
    expect(table.rows[1]!.rating).toBe(2);
    const ascending = await assessmentResults(ctx, assessment.id, resultsQuerySchema.parse({ sort: "rating", dir: "asc" }));
    expect(ascending.rows.map((row) => row.candidateName)).toEqual(["Brook", "Ada"]);
    const { csv } = await exportAssessmentResults(ctx, assessment.id, resultsQuerySchema.parse({ sort: "rating" }));
    expect(csv.split("\r\n").find((line) => line.startsWith("Brook,"))).toMatch(/^Brook,submitted,[^,]+,2,68,/);
  });
});
