/**
 * Assessment retention with a controllable clock: the proctoring timeline goes 30 days after submission, the
 * candidate's name, email and answers once the organisation's retention period has passed (scores and counts stay),
 * and nothing of a candidate still within either period is touched.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { assessmentAnswers, assessmentAttempts, candidateInvites, proctoringEvents } from "@/db/schema";
import { applyAssessmentRetention } from "@/lib/assessments/retention/retention-service";
import { type SeededLink, seedCandidateLink } from "@/tests/helpers/candidate-flow";
import { systemContextFor } from "@/tests/helpers/context";

const DAY = 24 * 60 * 60 * 1000;

/** A candidate who submitted one scored answer at `submittedAt`, with one tab switch on record. */
async function submittedCandidate(retentionDays: number, submittedAt: Date): Promise<SeededLink> {
  const link = await seedCandidateLink({ retentionDays, inviteStatus: "submitted", deadlineAt: new Date(submittedAt.getTime() + DAY) });
  const raw = await getDb();
  const [attempt] = await raw
    .insert(assessmentAttempts)
    .values({
      orgId: link.organisation.id,
      assessmentId: link.assessment.id,
      inviteId: link.invite.id,
      deviceHash: randomUUID(),
      consentVersion: "v1",
      consentIpHash: "ip-hash",
      status: "submitted",
      startedAt: submittedAt,
      submittedAt,
      integrity: { tab_switch: 1 },
    })
    .returning();
  const ids = { orgId: link.organisation.id, inviteId: link.invite.id, attemptId: attempt!.id };
  await raw.insert(assessmentAnswers).values({
    ...ids,
    questionId: link.questions[0]!.id,
    position: 1,
    answerText: "I led the rollback of the payments release.",
    mode: "typed",
    evaluation: { quotes: ["I led the rollback"] },
    overallScore: 72,
  });
  await raw.insert(proctoringEvents).values({ ...ids, position: 1, kind: "tab_switch", atMs: 4000 });
  return link;
}

async function stateOf(link: SeededLink) {
  const raw = await getDb();
  const [invite] = await raw.select().from(candidateInvites).where(eq(candidateInvites.id, link.invite.id));
  const answers = await raw.select().from(assessmentAnswers).where(eq(assessmentAnswers.inviteId, link.invite.id));
  const [attempt] = await raw.select().from(assessmentAttempts).where(eq(assessmentAttempts.inviteId, link.invite.id));
  const events = await raw.select().from(proctoringEvents).where(eq(proctoringEvents.inviteId, link.invite.id));
  return { invite: invite!, answer: answers[0]!, attempt: attempt!, events };
}

describe("assessment retention", () => {
  it("deletes the timeline after 30 days and the candidate's name, email and answers after the retention period", async () => {
    const submittedAt = new Date();
    const link = await submittedCandidate(60, submittedAt);
    const at = (days: number) => systemContextFor("retention", { now: () => new Date(submittedAt.getTime() + days * DAY) });

    await applyAssessmentRetention(at(29));
    expect((await stateOf(link)).events).toHaveLength(1);

    await applyAssessmentRetention(at(31));
    const afterTimeline = await stateOf(link);
    expect(afterTimeline.events).toEqual([]);
    expect(afterTimeline.invite.candidateName).toBe("Casey Candidate");
    expect(afterTimeline.answer.answerText).toContain("rollback");

    const result = await applyAssessmentRetention(at(61));
    const after = await stateOf(link);
    expect(result.candidatesAnonymised).toBeGreaterThanOrEqual(1);
    expect(after.invite).toMatchObject({ candidateName: "Deleted candidate", candidateEmail: `deleted-${link.invite.id}@invalid` });
    expect(after.invite.anonymisedAt).not.toBeNull();
    expect(after.answer).toMatchObject({ answerText: "", evaluation: null, overallScore: 72 });
    expect(after.attempt).toMatchObject({ consentIpHash: null, integrity: { tab_switch: 1 } });
  });

  it("leaves a candidate within their organisation's period untouched, and anonymises each candidate once", async () => {
    const now = new Date();
    const recent = await submittedCandidate(180, new Date(now.getTime() - 40 * DAY));
    const old = await submittedCandidate(30, new Date(now.getTime() - 40 * DAY));
    const ctx = systemContextFor("retention", { now: () => now });

    await applyAssessmentRetention(ctx);
    const second = await applyAssessmentRetention(ctx);

    const kept = await stateOf(recent);
    expect(kept.invite.candidateName).toBe("Casey Candidate");
    expect(kept.answer.answerText).toContain("rollback");
    // Past 30 days, the timeline goes even while the answers are kept.
    expect(kept.events).toEqual([]);
    expect((await stateOf(old)).invite.candidateName).toBe("Deleted candidate");
    expect(second.candidatesAnonymised).toBe(0);
  });
});
