/**
 * Scoring a candidate's answer the way a practice answer is scored: the rubric engine's four dimensions, replaced by
 * the AI engine's when a client is configured (the rubric's when the AI fails). Each dimension carries the answer's
 * own sentences that support it. An answer with nothing to score is stored as "insufficient evidence" and is never
 * sent to the AI. The AI sees the question, the role and the answer: never the candidate's name or email.
 *
 * The result is for reviewers only; the candidate never receives it.
 */
import "server-only";
import type { AssessmentQuestion, JsonObject } from "@/db/schema";
import type { CandidateContext } from "@/lib/context/request-context";
import { produceFeedback } from "@/lib/practice/feedback/feedback-engine";
import { COMPETENCY_LABELS, type Competency } from "@/lib/practice/questions";
import { dimensionMean, scoreDimensions } from "@/lib/practice/session/dimensions";
import { buildRubricFeedback } from "@/lib/practice/session/feedback";
import type { AnswerScores, RubricDimension, StoredQuestion } from "@/lib/practice/session/records";
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";
import type { StarScore } from "@/lib/scoring/star-schema";
import { insufficientEvidence } from "./evidence";

/** Bump when the stored evaluation's shape or rules change. */
export const CANDIDATE_EVALUATION_VERSION = "candidate-evaluation-1";
const MAX_QUOTES = 4;

export type CandidateEvaluation = {
  evaluation: JsonObject;
  engine: "ai" | "rubric";
  model: string | null;
  rubricVersion: string;
  overallScore: number | null;
};

function storedQuestion(question: AssessmentQuestion): StoredQuestion {
  return {
    position: question.position,
    id: question.bankId ?? `assessment-${question.id}`,
    text: question.text,
    kind: question.kind,
    competencies: question.competencies,
    reason: "",
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The answer's sentences that support each dimension, verbatim, as the rubric read them. */
export function supportingQuotes(star: StarScore, matchedTerms: string[]): Record<RubricDimension, string[]> {
  const partSentences = (part: "action" | "result") => star.parts[part].sentences.map((i) => star.sentences[i] ?? "");
  const terms = matchedTerms.map((term) => new RegExp(`\\b${escapeRegExp(term)}\\b`, "i"));
  const pick = (sentences: string[]) => [...new Set(sentences.filter(Boolean))].slice(0, MAX_QUOTES);
  return {
    structure: pick(star.sentences.filter((_, i) => star.sentenceLabels[i] !== null && star.sentenceLabels[i] !== undefined)),
    relevance: pick(star.sentences.filter((sentence) => terms.some((term) => term.test(sentence)))),
    specificity: pick(partSentences("action")),
    impact: pick(partSentences("result")),
  };
}

function dimensionsWithQuotes(scores: AnswerScores, quotes: Record<RubricDimension, string[]>): JsonObject {
  return Object.fromEntries(
    (Object.keys(scores) as RubricDimension[]).map((dimension) => [dimension, { score: scores[dimension], quotes: quotes[dimension] }]),
  );
}

/** Scores one answer (already trimmed) to `question` for a role titled `roleTitle`. */
export async function evaluateCandidateAnswer(
  ctx: CandidateContext,
  input: { question: AssessmentQuestion; roleTitle: string; answer: string },
): Promise<CandidateEvaluation> {
  const { question, answer } = input;
  const stored = storedQuestion(question);
  const star = scoreStarAnswer(answer, question.text);
  const { relevance } = scoreDimensions(answer, stored, star);
  const insufficient = (reason: string): CandidateEvaluation => ({
    evaluation: { version: CANDIDATE_EVALUATION_VERSION, insufficientEvidence: { reason } },
    engine: "rubric",
    model: null,
    rubricVersion: star.rubricVersion,
    overallScore: null,
  });
  const reason = insufficientEvidence(answer, { relevance, structure: star.overall });
  if (reason) return insufficient(reason);

  const primary = question.competencies[0];
  const competencyLabel = (primary && COMPETENCY_LABELS[primary as Competency]) || "this skill";
  const rubric = buildRubricFeedback({ answer, question: stored, star, competencyLabel, targetRole: input.roleTitle });
  const ai = ctx.services.ai;
  const outcome = await produceFeedback(ai, {
    question: question.text,
    skill: competencyLabel,
    answer,
    profile: { targetRole: input.roleTitle, goals: null, cvText: null },
    rubric,
    signal: ctx.signal,
  });
  if (outcome.kind === "flagged") return insufficient("flagged");
  const quotes = supportingQuotes(star, outcome.feedback.relevance.matchedTerms);
  return {
    evaluation: {
      version: CANDIDATE_EVALUATION_VERSION,
      dimensions: dimensionsWithQuotes(outcome.scores, quotes),
      star: { overall: outcome.feedback.star.overall, missing: outcome.feedback.star.missing },
      ...(outcome.fallbackReason ? { fallbackReason: outcome.fallbackReason } : {}),
    },
    engine: outcome.engine,
    model: outcome.engine === "ai" && ai ? ai.model : null,
    rubricVersion: star.rubricVersion,
    overallScore: Math.round(dimensionMean(outcome.scores)),
  };
}
