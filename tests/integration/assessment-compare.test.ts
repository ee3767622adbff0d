/**
 * Comparing candidates through compareCandidates with a reviewer's context: two seeded candidates laid out question by
 * question (answers, AI scores or insufficient evidence, "No answer"), 1 or 5 ids refused with 422, and another
 * organisation's invite id 404 like its own review page.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { assessmentAnswers, type CandidateInvite, candidateInvites, organisationMembers } from "@/db/schema";
import type { MemberContext } from "@/lib/context/request-context";
import { compareCandidates } from "@/lib/assessments/review/compare-service";
import { seedAttempt } from "@/tests/helpers/assessments";
import { type SeededLink, seedCandidateLink } from "@/tests/helpers/candidate-flow";
import { createTestUser } from "@/tests/helpers/context";
import { memberContextFor } from "@/tests/helpers/organisations";

const INSUFFICIENT = { version: "candidate-evaluation-1", insufficientEvidence: { reason: "too_short" } };
const SCORED = { version: "candidate-evaluation-1", dimensions: { structure: { score: 70, quotes: [] } } };

async function answerAll(link: SeededLink, invite: CandidateInvite, answers: { position: number; text: string; score: number | null }[]) {
  const raw = await getDb();
  const attempt = await seedAttempt(invite, { status: "submitted" });
  await raw.insert(assessmentAnswers).values(
    answers.map((a) => ({
      orgId: invite.orgId,
      inviteId: invite.id,
      attemptId: attempt.id,
      questionId: link.questions.find((q) => q.position === a.position)!.id,
      position: a.position,
      answerText: a.text,
      mode: "typed" as const,
      durationMs: 60_000,
      evaluation: a.score === null ? INSUFFICIENT : SCORED,
      overallScore: a.score,
    })),
  );
}

describe("comparing candidates", () => {
  let link: SeededLink;
  let brook: CandidateInvite;
  let foreign: SeededLink;
  let reviewer: MemberContext;

  beforeAll(async () => {
    const raw = await getDb();
    link = await seedCandidateLink({ candidateName: "Ada", inviteStatus: "submitted" });
    const [brookRow] = await raw
      .insert(candidateInvites)
      .values({ orgId: link.organisation.id, assessmentId: link.assessment.id, candidateName: "Brook", candidateEmail: `${randomUUID()}@example.test`, tokenHash: randomUUID(), status: "submitted", deadlineAt: new Date(Date.now() + 86_400_000) })
      .returning();
    brook = brookRow!;
    await answerAll(link, link.invite, [
      { position: 1, text: "I rebuilt the launch plan overnight.", score: 72 },
      { position: 2, text: "Not sure.", score: null },
    ]);
    await answerAll(link, brook, [{ position: 1, text: "We cut scope and shipped.", score: 58 }]);
    foreign = await seedCandidateLink();
    const user = await createTestUser();
    await raw.insert(organisationMembers).values({ orgId: link.organisation.id, userId: user.id, role: "reviewer" });
    reviewer = memberContextFor(user, link.organisation, "reviewer");
  });

  it("lays two candidates side by side, question by question", async () => {
    const result = await compareCandidates(reviewer, link.assessment.id, [link.invite.id, brook.id]);
    expect(result.candidates.map((c) => c.candidateName)).toEqual(["Ada", "Brook"]);
    expect(result.rows.map((r) => r.position)).toEqual([1, 2]);
    expect(result.rows[0]!.question).toBe(link.questions[0]!.text);
    expect(result.rows[0]!.cells.map((c) => [c.answerText, c.score])).toEqual([
      ["I rebuilt the launch plan overnight.", { kind: "scored", score: 72 }],
      ["We cut scope and shipped.", { kind: "scored", score: 58 }],
    ]);
    expect(result.rows[1]!.cells.map((c) => [c.answerText, c.score])).toEqual([
      ["Not sure.", { kind: "insufficient", reason: "too_short" }],
      ["No answer", { kind: "none" }],
    ]);
  });

  it("refuses 1 or 5 ids, or the same one twice, with 422", async () => {
    for (const ids of [[link.invite.id], [link.invite.id, brook.id, randomUUID(), randomUUID(), randomUUID()], [brook.id, brook.id]]) {
      await expect(compareCandidates(reviewer, link.assessment.id, ids)).rejects.toMatchObject({ code: "unprocessable", status: 422 });
    }
  });

  it("answers 404 for another organisation's invite, even beside one of its own", async () => {
    await expect(compareCandidates(reviewer, link.assessment.id, [link.invite.id, foreign.invite.id])).rejects.toMatchObject({ code: "not_found" });
    await expect(compareCandidates(reviewer, foreign.assessment.id, [foreign.invite.id, link.invite.id])).rejects.toMatchObject({ code: "not_found" });
  });
});
