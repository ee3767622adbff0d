/**
 * Several candidates' reviews side by side: one column per candidate (name, tier, decision, mean rating) and one row
 * per question position with each candidate's answer, AI score (or why there is none) and reviewers' mean rating.
 * Pure: the service loads each review with candidateReview and hands them here.
 */
import { z } from "zod";
import type { ReviewDecision } from "@/db/schema";
import { averageRating } from "./review-detail";
import type { CandidateReview } from "./review-service";

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;
export const NO_ANSWER = "No answer";

/** `?ids=a,b` and `?ids=a&ids=b` (the results table's checkboxes) both read as one list of trimmed, non-empty ids. */
export const compareIdsSchema = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) =>
    (value === undefined ? [] : Array.isArray(value) ? value : [value])
      .flatMap((part) => part.split(","))
      .map((id) => id.trim())
      .filter((id) => id.length > 0),
  );

export type CompareScore = { kind: "scored"; score: number | null } | { kind: "insufficient"; reason: string } | { kind: "none" };
export type CompareCell = { answered: boolean; answerText: string; score: CompareScore; ratingAverage: number | null; ratingCount: number };
export type CompareRow = { position: number; question: string; cells: CompareCell[] };
export type CompareCandidate = {
  inviteId: string;
  candidateName: string;
  tier: { tier: string; label: string } | null;
  decision: ReviewDecision | null;
  rating: number | null;
};
export type CandidateComparison = { assessment: { id: string; title: string }; candidates: CompareCandidate[]; rows: CompareRow[] };

function cell(question: CandidateReview["questions"][number] | undefined): CompareCell {
  const answer = question?.answer;
  if (!answer) return { answered: false, answerText: NO_ANSWER, score: { kind: "none" }, ratingAverage: null, ratingCount: 0 };
  const score: CompareScore =
    answer.evaluation.kind === "insufficient" ? { kind: "insufficient", reason: answer.evaluation.reason } : answer.overallScore !== null || answer.evaluation.kind === "scored" ? { kind: "scored", score: answer.overallScore } : { kind: "none" };
  return { answered: true, answerText: answer.text, score, ratingAverage: answer.ratings.average, ratingCount: answer.ratings.count };
}

/** Rows by question position (every position any candidate's assessment lists, ascending), cells in the candidates' order. */
export function compareRows(reviews: CandidateReview[]): CandidateComparison {
  const positions = [...new Set(reviews.flatMap((r) => r.questions.map((q) => q.position)))].sort((a, b) => a - b);
  const first = reviews[0];
  return {
    assessment: { id: first?.assessment.id ?? "", title: first?.assessment.title ?? "" },
    candidates: reviews.map((r) => ({
      inviteId: r.invite.id,
      candidateName: r.invite.candidateName,
      tier: r.integrity ? { tier: r.integrity.tier, label: r.integrity.label } : null,
      decision: r.decision?.decision ?? null,
      rating: averageRating(r.questions.map((q) => q.answer?.ratings.average ?? null)),
    })),
    rows: positions.map((position) => {
      const questions = reviews.map((r) => r.questions.find((q) => q.position === position));
      return { position, question: questions.find((q) => q)?.text ?? `Question ${position}`, cells: questions.map(cell) };
    }),
  };
}
