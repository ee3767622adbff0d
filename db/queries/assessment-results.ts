/**
 * The results table's rows: every candidate invite of one assessment with its live (not superseded) attempt, that
 * attempt's answer scores and its proctoring signals aggregated, in ONE statement. Each lateral aggregate walks an
 * index (assessment_answers_attempt_position_unique, proctoring_events_attempt_idx), so 1,000 attempts cost 1,000
 * short index scans, not a scan of every answer in the organisation.
 *
 * Reviewers' ratings are averaged over the live attempt's answers (answer_reviews_answer_reviewer_unique leads with
 * the answer id); the team's decision is joined by its invite id.
 *
 * Camera signals are split by confidence here (the threshold is the caller's) so the tier rule never sees a
 * low-confidence signal as a count. Tab and window signals carry no confidence and always count.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import {
  answerReviews,
  assessmentAnswers,
  assessmentAttempts,
  assessmentQuestions,
  candidateDecisions,
  type CandidateInviteStatus,
  candidateInvites,
  proctoringEvents,
  type ReviewDecision,
} from "../schema";

const UTC_MILLISECONDS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

export type AnswerScoreRow = { position: number; score: number | null; insufficient: boolean };

export type AssessmentResultRow = {
  inviteId: string;
  candidateName: string;
  inviteStatus: CandidateInviteStatus;
  /** ISO 8601, UTC. */
  deadlineAt: string;
  attemptId: string | null;
  submittedAt: string | null;
  /** Attempts of this invite a manager reset (kept for reviewers, not the row's attempt). */
  supersededAttempts: number;
  scores: AnswerScoreRow[];
  answeringMs: number;
  /** Stored running totals (kept after the event timeline is deleted). */
  integrity: unknown;
  eventCount: number;
  tabSwitches: number;
  windowBlurs: number;
  lookAways: number;
  multipleFaces: number;
  faceLostMs: number;
  lowConfidence: number;
  /** Mean of every reviewer's 1–5 rating on the live attempt's answers; null when none. */
  rating: number | null;
  decision: ReviewDecision | null;
};

/** The assessment's question positions, in order (the table's per-question columns). */
export async function listQuestionPositions(db: ScopedDb, orgId: string, assessmentId: string): Promise<number[]> {
  return runScoped(db, async (conn) => {
    const rows = await conn
      .select({ position: assessmentQuestions.position })
      .from(assessmentQuestions)
      .where(and(eq(assessmentQuestions.orgId, orgId), eq(assessmentQuestions.assessmentId, assessmentId)))
      .orderBy(asc(assessmentQuestions.position));
    return rows.map((row) => row.position);
  });
}

/** Every invite of the assessment with its live attempt's scores and signals; camera signals below `minConfidence` counted apart. */
export async function listAssessmentResults(db: ScopedDb, orgId: string, assessmentId: string, minConfidence: number): Promise<AssessmentResultRow[]> {
  return runScoped(db, async (conn) => {
    const i = candidateInvites;
    const a = assessmentAttempts;
    const camera = sql`${proctoringEvents.kind} in ('look_away', 'multiple_faces', 'face_lost')`;
    const confident = sql`(${proctoringEvents.confidence} is null or ${proctoringEvents.confidence} >= ${minConfidence}::real)`;
    const count = (kind: string) => sql`(count(*) filter (where ${proctoringEvents.kind} = ${kind} and ${confident}))::integer`;
    const result = await conn.execute(sql`
      select ${i.id}::text as "inviteId", ${i.candidateName} as "candidateName", ${i.status} as "inviteStatus",
        to_char(${i.deadlineAt} at time zone 'UTC', ${sql.raw(UTC_MILLISECONDS)}) as "deadlineAt",
        ${a.id}::text as "attemptId",
        to_char(${a.submittedAt} at time zone 'UTC', ${sql.raw(UTC_MILLISECONDS)}) as "submittedAt",
        ${a.integrity} as "integrity",
        coalesce(earlier.attempts, 0)::integer as "supersededAttempts",
        coalesce(answers.scores, '[]'::json) as "scores", coalesce(answers.answering_ms, 0)::integer as "answeringMs",
        coalesce(signals.events, 0) as "eventCount", coalesce(signals.tab_switches, 0) as "tabSwitches",
        coalesce(signals.window_blurs, 0) as "windowBlurs", coalesce(signals.look_aways, 0) as "lookAways",
        coalesce(signals.multiple_faces, 0) as "multipleFaces", coalesce(signals.face_lost_ms, 0)::integer as "faceLostMs",
        coalesce(signals.low_confidence, 0) as "lowConfidence",
        ratings.rating as "rating", ${candidateDecisions.decision} as "decision"
      from ${candidateInvites}
      left join ${assessmentAttempts} on ${a.inviteId} = ${i.id} and ${a.supersededAt} is null
      left join (
        select invite_id, count(*) as attempts from assessment_attempts
        where org_id = ${orgId} and assessment_id = ${assessmentId} and superseded_at is not null group by invite_id
      ) earlier on earlier.invite_id = ${i.id}
      left join lateral (
        select json_agg(json_build_object(
            'position', ${assessmentAnswers.position},
            'score', ${assessmentAnswers.overallScore},
            'insufficient', (${assessmentAnswers.evaluation} -> 'insufficientEvidence') is not null
          ) order by ${assessmentAnswers.position}) as scores,
          sum(${assessmentAnswers.durationMs}) as answering_ms
        from ${assessmentAnswers} where ${assessmentAnswers.attemptId} = ${a.id}
      ) answers on true
      left join lateral (
        select count(*)::integer as events,
          ${count("tab_switch")} as tab_switches, ${count("window_blur")} as window_blurs,
          ${count("look_away")} as look_aways, ${count("multiple_faces")} as multiple_faces,
          sum(${proctoringEvents.durationMs}) filter (where ${proctoringEvents.kind} = 'face_lost' and ${confident}) as face_lost_ms,
          (count(*) filter (where ${camera} and not ${confident}))::integer as low_confidence
        from ${proctoringEvents} where ${proctoringEvents.attemptId} = ${a.id}
      ) signals on ${a.id} is not null
      left join lateral (
        select round(avg(${answerReviews.rating}), 1)::float8 as rating
        from ${answerReviews} join ${assessmentAnswers} on ${assessmentAnswers.id} = ${answerReviews.answerId}
        where ${assessmentAnswers.attemptId} = ${a.id} and ${answerReviews.rating} is not null
      ) ratings on ${a.id} is not null
      left join ${candidateDecisions} on ${candidateDecisions.inviteId} = ${i.id}
      where ${i.orgId} = ${orgId} and ${i.assessmentId} = ${assessmentId}`);
    return (result as unknown as { rows: AssessmentResultRow[] }).rows;
  });
}
