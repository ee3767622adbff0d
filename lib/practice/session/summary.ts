/**
 * The end-of-session summary, computed from the stored answers only (never from anything the client says):
 *
 * - overall score: the mean, over answers, of each answer's four-dimension mean, rounded; an answer rated
 *   "insufficient evidence" is left out of every number (and counted), unless no answer had evidence;
 * - dimension means: each dimension averaged over answers, rounded (the history chart plots these);
 * - strengths: each answer's strengths taken in turn from the best-scoring answer down (round-robin), deduplicated by
 *   the kind of point they make, the first three;
 * - improvements: the same from the weakest answer up;
 * - what to practise next: the weakest dimension (ties go to the earlier of structure, relevance, specificity,
 *   impact) and the primary competency of the lowest-scoring answer's question (ties go to the earlier position).
 */
import { COMPETENCY_LABELS, type Competency } from "@/lib/practice/questions";
import { dimensionMean } from "./dimensions";
import {
  type AnswerScores,
  type FeedbackItem,
  RUBRIC_DIMENSION_LABELS,
  RUBRIC_DIMENSIONS,
  type RubricDimension,
  type SessionSummary,
} from "./records";

/** Bump when the summary's shape or rules change. */
export const SUMMARY_VERSION = "practice-summary-2";

const TOP_ITEMS = 3;

/** What the summary needs from one stored answer. */
export type SummaryInput = {
  position: number;
  scores: AnswerScores;
  strengths: FeedbackItem[];
  improvements: FeedbackItem[];
  /** The question's competencies, primary first. */
  competencies: string[];
  /** The rubric declined to score it: its zeros are no judgement. */
  insufficientEvidence?: boolean;
};

const ADVICE: Record<RubricDimension, string> = {
  structure: "tell each story as Situation, Task, Action, Result, and end on the result",
  relevance: "open by saying how your story answers the question, and close by tying the result back to it",
  specificity: "describe two or three steps you took yourself, in the first person, with a figure in at least one",
  impact: "finish on a result with a number: time saved, a percentage, money, or people reached",
};

/**
 * Round-robin over the answers in the given order (first item of each, then second of each…), so the top three come
 * from several answers rather than all from one; a kind of point already listed is skipped.
 */
function topItems(answers: SummaryInput[], pick: (a: SummaryInput) => FeedbackItem[]) {
  const seen = new Set<string>();
  const out: SessionSummary["strengths"] = [];
  const longest = Math.max(0, ...answers.map((a) => pick(a).length));
  for (let rank = 0; rank < longest && out.length < TOP_ITEMS; rank += 1) {
    for (const answer of answers) {
      const item = pick(answer)[rank];
      if (!item || seen.has(item.key)) continue;
      seen.add(item.key);
      out.push({ ...item, position: answer.position });
      if (out.length >= TOP_ITEMS) break;
    }
  }
  return out;
}

function competencyLabel(competency: string | null): string | null {
  if (!competency) return null;
  return COMPETENCY_LABELS[competency as Competency] ?? competency.replace(/_/g, " ");
}

/** Computes the summary of a finished session. Throws on an empty list: a session with no answers has nothing to sum. */
export function summariseSession(answers: SummaryInput[], questionCount: number): SessionSummary {
  if (answers.length === 0) throw new RangeError("a summary needs at least one answer");
  const withEvidence = answers.filter((a) => !a.insufficientEvidence);
  const insufficientCount = answers.length - withEvidence.length;
  // With no answer to judge, the zeros stand (the page shows no numbers then); otherwise only judged answers count.
  const scored = withEvidence.length > 0 ? withEvidence : answers;
  const means = new Map(answers.map((a) => [a.position, dimensionMean(a.scores)]));
  const mean = (a: SummaryInput) => means.get(a.position) ?? 0;
  const best = [...scored].sort((a, b) => mean(b) - mean(a) || a.position - b.position);
  const worst = [...scored].sort((a, b) => mean(a) - mean(b) || a.position - b.position);

  const dimensions = Object.fromEntries(
    RUBRIC_DIMENSIONS.map((d) => [d, Math.round(scored.reduce((sum, a) => sum + a.scores[d], 0) / scored.length)]),
  ) as AnswerScores;
  const weakest = RUBRIC_DIMENSIONS.reduce((low, d) => (dimensions[d] < dimensions[low] ? d : low));
  const lowest = worst[0]!;
  const competency = lowest.competencies[0] ?? null;
  const label = competencyLabel(competency);
  const text =
    `Practise ${RUBRIC_DIMENSION_LABELS[weakest]}, your lowest dimension at ${dimensions[weakest]}/100: ` +
    `${ADVICE[weakest]}.` +
    (label ? ` Then try another question on ${label}, where your answer to question ${lowest.position} scored lowest.` : "");

  return {
    version: SUMMARY_VERSION,
    overallScore: Math.round(scored.reduce((sum, a) => sum + mean(a), 0) / scored.length),
    answeredCount: answers.length,
    questionCount,
    insufficientCount,
    dimensions,
    strengths: topItems(best, (a) => a.strengths),
    improvements: topItems(worst, (a) => a.improvements),
    nextPractice: { dimension: weakest, competency, questionPosition: lowest.position, text },
  };
}
