/**
 * Reviewing one candidate, for every member who may see results ("results.view", reviewers included): the detail
 * (review-detail.ts shapes it), each reviewer's own rating and private note per answer, and the team's decision
 * (kept apart from the attempt's status). Writes are one transaction each with their audit event: ids, ratings and
 * decisions only, never the note's text (`noteChanged: true` instead). Another organisation's or assessment's ids,
 * and an answer that is not this invite's, are 404.
 */
import "server-only";
import {
  findAnswerOfInvite,
  findInviteForReview,
  loadReviewMaterial,
  lockDecision,
  lockOwnReview,
  upsertDecision,
  upsertOwnReview,
} from "@/db/queries/assessment-reviews";
import type { Assessment, CandidateInvite, ReviewDecision } from "@/db/schema";
import type { ScopedDb } from "@/db/scoped";
import { AppError } from "@/lib/api/app-error";
import type { MemberContext } from "@/lib/context/request-context";
import { loadAssessment } from "@/lib/assessments/access";
import { type CandidateInviteState, candidateInviteState } from "@/lib/assessments/invites/invite-state";
import { type ReviewIntegrity, type ReviewQuestion, reviewIntegrity, reviewQuestions } from "./review-detail";
import { type AnswerReviewInput, type DecisionInput, reviewIdSchema } from "./schemas";

const INVITE_NOT_FOUND = "No such candidate for this assessment.";
const ANSWER_NOT_FOUND = "No such answer for this candidate.";

export type ReviewTarget = { assessmentId: string; inviteId: string };

type AttemptSummary = { id: string; status: "in_progress" | "submitted"; startedAt: string; submittedAt: string | null };

export type CandidateReview = {
  assessment: { id: string; title: string; roleTitle: string; proctoring: boolean };
  invite: { id: string; candidateName: string; state: CandidateInviteState };
  attempt: AttemptSummary | null;
  /** Attempts a manager reset: kept for reviewers, listed but not the one reviewed. */
  supersededAttempts: (AttemptSummary & { supersededAt: string; answerCount: number })[];
  integrity: ReviewIntegrity | null;
  questions: ReviewQuestion[];
  decision: { decision: ReviewDecision; updatedAt: string; decidedByMe: boolean } | null;
};

async function inviteOr404(ctx: MemberContext, db: ScopedDb, target: ReviewTarget): Promise<{ assessment: Assessment; invite: CandidateInvite }> {
  const assessment = await loadAssessment(ctx, db, target.assessmentId);
  const invite = reviewIdSchema.safeParse(target.inviteId).success
    ? await findInviteForReview(db, ctx.principal.organisation.id, assessment.id, target.inviteId)
    : null;
  if (!invite) throw new AppError("not_found", INVITE_NOT_FOUND);
  return { assessment, invite };
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** Everything a reviewer reads about one candidate. */
export async function candidateReview(ctx: MemberContext, target: ReviewTarget): Promise<CandidateReview> {
  const orgId = ctx.principal.organisation.id;
  const { assessment, invite } = await inviteOr404(ctx, ctx.db, target);
  const material = await loadReviewMaterial(ctx.db, orgId, invite);
  const live = material.attempts.find((a) => a.supersededAt === null) ?? null;
  const summary = (a: (typeof material.attempts)[number]): AttemptSummary => ({ id: a.id, status: a.status, startedAt: a.startedAt.toISOString(), submittedAt: iso(a.submittedAt) });
  return {
    assessment: { id: assessment.id, title: assessment.title, roleTitle: assessment.roleTitle, proctoring: assessment.proctoring },
    invite: { id: invite.id, candidateName: invite.candidateName, state: candidateInviteState(invite, ctx.now()) },
    attempt: live ? summary(live) : null,
    supersededAttempts: material.attempts
      .filter((a) => a.supersededAt !== null)
      .map((a) => ({ ...summary(a), supersededAt: a.supersededAt!.toISOString(), answerCount: material.answers.filter((x) => x.attemptId === a.id).length })),
    integrity: live ? reviewIntegrity(live, material.events, material.answers) : null,
    questions: reviewQuestions(material.questions, live, material, ctx.principal.user.id),
    decision: material.decision
      ? { decision: material.decision.decision, updatedAt: material.decision.updatedAt.toISOString(), decidedByMe: material.decision.decidedByUserId === ctx.principal.user.id }
      : null,
  };
}

/** Sets the viewer's own rating and note on one of the candidate's answers (other reviewers' rows are never touched). */
export async function rateAnswer(
  ctx: MemberContext,
  target: ReviewTarget & { answerId: string },
  input: AnswerReviewInput,
): Promise<{ answerId: string; rating: number | null; note: string | null }> {
  const orgId = ctx.principal.organisation.id;
  const userId = ctx.principal.user.id;
  return ctx.db.transaction(async (tx) => {
    const { invite } = await inviteOr404(ctx, tx, target);
    const answer = reviewIdSchema.safeParse(target.answerId).success ? await findAnswerOfInvite(tx, orgId, invite.id, target.answerId) : null;
    if (!answer) throw new AppError("not_found", ANSWER_NOT_FOUND);
    const before = await lockOwnReview(tx, orgId, answer.id, userId);
    const saved = await upsertOwnReview(tx, { orgId, answerId: answer.id, reviewerUserId: userId, rating: input.rating, note: input.note, now: ctx.now() });
    const noteChanged = (before?.note ?? null) !== saved.note;
    await ctx.audit(
      {
        action: "assessment.review.rate",
        targetType: "assessment_answer",
        targetId: answer.id,
        oldValues: { answerId: answer.id, rating: before?.rating ?? null },
        newValues: { answerId: answer.id, rating: saved.rating, ...(noteChanged ? { noteChanged: true } : {}) },
      },
      tx,
    );
    return { answerId: answer.id, rating: saved.rating, note: saved.note };
  });
}

/** Records the team's decision on the candidate (the latest reviewer to decide is kept). */
export async function decideCandidate(ctx: MemberContext, target: ReviewTarget, input: DecisionInput): Promise<{ decision: ReviewDecision; updatedAt: string }> {
  const orgId = ctx.principal.organisation.id;
  return ctx.db.transaction(async (tx) => {
    const { invite } = await inviteOr404(ctx, tx, target);
    const before = await lockDecision(tx, orgId, invite.id);
    const saved = await upsertDecision(tx, { orgId, inviteId: invite.id, decision: input.decision, decidedByUserId: ctx.principal.user.id, now: ctx.now() });
    await ctx.audit(
      {
        action: "assessment.review.decide",
        targetType: "candidate_invite",
        targetId: invite.id,
        oldValues: { decision: before?.decision ?? null },
        newValues: { decision: saved.decision },
      },
      tx,
    );
    return { decision: saved.decision, updatedAt: saved.updatedAt.toISOString() };
  });
}
