/**
 * A candidate's page for reviewers: the invite, its attempts (live and superseded), the answers with their stored
 * evaluations, the proctoring timeline, every reviewer's rating and note, and the team's decision; and the two writes
 * a reviewer makes (their own rating and note on an answer, the decision). Every read is bounded by the organisation
 * id as well as row-level security.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import {
  type AnswerReview,
  answerReviews,
  type AssessmentAnswer,
  type AssessmentAttempt,
  assessmentAnswers,
  assessmentAttempts,
  type AssessmentQuestion,
  assessmentQuestions,
  type CandidateDecision,
  candidateDecisions,
  type CandidateInvite,
  candidateInvites,
  type ProctoringEvent,
  proctoringEvents,
  type ReviewDecision,
  users,
} from "../schema";

export type ReviewRow = AnswerReview & { reviewerName: string };

/** The invite of this assessment, or null (another organisation's, another assessment's, or none). */
export async function findInviteForReview(db: ScopedDb, orgId: string, assessmentId: string, inviteId: string): Promise<CandidateInvite | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select()
      .from(candidateInvites)
      .where(and(eq(candidateInvites.orgId, orgId), eq(candidateInvites.assessmentId, assessmentId), eq(candidateInvites.id, inviteId)))
      .limit(1);
    return row ?? null;
  });
}

/** Everything on the candidate page below the invite, read in one scoped unit. */
export async function loadReviewMaterial(
  db: ScopedDb,
  orgId: string,
  invite: Pick<CandidateInvite, "id" | "assessmentId">,
): Promise<{
  questions: AssessmentQuestion[];
  attempts: AssessmentAttempt[];
  answers: AssessmentAnswer[];
  events: ProctoringEvent[];
  reviews: ReviewRow[];
  decision: CandidateDecision | null;
}> {
  return runScoped(db, async (conn) => {
    const questions = await conn
      .select()
      .from(assessmentQuestions)
      .where(and(eq(assessmentQuestions.orgId, orgId), eq(assessmentQuestions.assessmentId, invite.assessmentId)))
      .orderBy(asc(assessmentQuestions.position));
    const attempts = await conn
      .select()
      .from(assessmentAttempts)
      .where(and(eq(assessmentAttempts.orgId, orgId), eq(assessmentAttempts.inviteId, invite.id)))
      .orderBy(asc(assessmentAttempts.startedAt), asc(assessmentAttempts.id));
    const answers = await conn
      .select()
      .from(assessmentAnswers)
      .where(and(eq(assessmentAnswers.orgId, orgId), eq(assessmentAnswers.inviteId, invite.id)))
      .orderBy(asc(assessmentAnswers.position));
    const events = await conn
      .select()
      .from(proctoringEvents)
      .where(and(eq(proctoringEvents.orgId, orgId), eq(proctoringEvents.inviteId, invite.id)))
      .orderBy(asc(proctoringEvents.position), asc(proctoringEvents.atMs), asc(proctoringEvents.id));
    const answerIds = answers.map((answer) => answer.id);
    const reviews = answerIds.length
      ? await conn
          .select({ review: answerReviews, reviewerName: sql<string>`coalesce(${users.displayName}, ${users.email})` })
          .from(answerReviews)
          .innerJoin(users, eq(users.id, answerReviews.reviewerUserId))
          .where(and(eq(answerReviews.orgId, orgId), inArray(answerReviews.answerId, answerIds)))
          .orderBy(asc(answerReviews.createdAt), asc(answerReviews.id))
      : [];
    const [decision] = await conn
      .select()
      .from(candidateDecisions)
      .where(and(eq(candidateDecisions.orgId, orgId), eq(candidateDecisions.inviteId, invite.id)))
      .limit(1);
    return { questions, attempts, answers, events, reviews: reviews.map((r) => ({ ...r.review, reviewerName: r.reviewerName })), decision: decision ?? null };
  });
}

/** The answer if it belongs to this invite, or null. */
export async function findAnswerOfInvite(db: ScopedDb, orgId: string, inviteId: string, answerId: string): Promise<AssessmentAnswer | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select()
      .from(assessmentAnswers)
      .where(and(eq(assessmentAnswers.orgId, orgId), eq(assessmentAnswers.inviteId, inviteId), eq(assessmentAnswers.id, answerId)))
      .limit(1);
    return row ?? null;
  });
}

/** The reviewer's own row on the answer, locked until the transaction ends. */
export async function lockOwnReview(db: ScopedDb, orgId: string, answerId: string, reviewerUserId: string): Promise<AnswerReview | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select()
      .from(answerReviews)
      .where(and(eq(answerReviews.orgId, orgId), eq(answerReviews.answerId, answerId), eq(answerReviews.reviewerUserId, reviewerUserId)))
      .limit(1)
      .for("update");
    return row ?? null;
  });
}

/** Inserts or replaces the reviewer's rating and note on the answer (one row per reviewer and answer). */
export async function upsertOwnReview(
  db: ScopedDb,
  input: { orgId: string; answerId: string; reviewerUserId: string; rating: number | null; note: string | null; now: Date },
): Promise<AnswerReview> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .insert(answerReviews)
      .values({ orgId: input.orgId, answerId: input.answerId, reviewerUserId: input.reviewerUserId, rating: input.rating, note: input.note, createdAt: input.now, updatedAt: input.now })
      .onConflictDoUpdate({
        target: [answerReviews.answerId, answerReviews.reviewerUserId],
        set: { rating: input.rating, note: input.note, updatedAt: input.now },
      })
      .returning();
    return row!;
  });
}

/** The invite's decision, locked until the transaction ends. */
export async function lockDecision(db: ScopedDb, orgId: string, inviteId: string): Promise<CandidateDecision | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select()
      .from(candidateDecisions)
      .where(and(eq(candidateDecisions.orgId, orgId), eq(candidateDecisions.inviteId, inviteId)))
      .limit(1)
      .for("update");
    return row ?? null;
  });
}

/** Inserts or replaces the invite's decision, recording who made it. */
export async function upsertDecision(
  db: ScopedDb,
  input: { orgId: string; inviteId: string; decision: ReviewDecision; decidedByUserId: string; now: Date },
): Promise<CandidateDecision> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .insert(candidateDecisions)
      .values({ orgId: input.orgId, inviteId: input.inviteId, decision: input.decision, decidedByUserId: input.decidedByUserId, updatedAt: input.now })
      .onConflictDoUpdate({ target: candidateDecisions.inviteId, set: { decision: input.decision, decidedByUserId: input.decidedByUserId, updatedAt: input.now } })
      .returning();
    return row!;
  });
}
