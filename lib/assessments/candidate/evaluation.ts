/**
 * Scoring a candidate's answer on the practice rubric's four dimensions: the rubric engine's scores, replaced by the
 * AI's when a client is configured (the rubric's when the AI fails). The AI call is scoring only (lib/ai/score-prompt.ts):
 * no model answer is written for an answer nobody will coach. Each dimension carries the answer's own sentences that
 * support it. An answer with nothing to score is stored as "insufficient evidence" and is never sent to the AI; the AI
 * may also decline one ("ai_declined"). The AI sees the question, the role and the answer: never the candidate's
 * name or email.
 *
 * The result is for reviewers only; the candidate never receives it.
 */
import "server-only";
import type { AssessmentQuestion, JsonObject } from "@/db/schema";
import type { CandidateContext } from "@/lib/context/request-context";
import { scoreAnswerWithAi } from "@/lib/ai/answer-scorer";
import { keepVerbatimQuotes, SCORE_PROMPT_VERSION } from "@/lib/ai/score-prompt";
import { COMPETENCY_LABELS, type Competency } from "@/lib/practice/questions";
import { dimensionMean, scoreDimensions } from "@/lib/practice/session/dimensions";
import { buildRubricFeedback } from "@/lib/practice/session/feedback";
import { type AnswerScores, RUBRIC_DIMENSIONS, type RubricDimension, type StoredQuestion } from "@/lib/practice/session/records";
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";
import type { StarScore } from "@/lib/scoring/star-schema";
import { type InsufficientEvidenceReason, insufficientEvidence } from "./evidence";

/** Bump when the stored evaluation's shape or rules change. */
export const CANDIDATE_EVALUATION_VERSION = "candidate-evaluation-2";
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
  const ai = ctx.services.ai;
  const insufficient = (reason: InsufficientEvidenceReason, engine: "ai" | "rubric" = "rubric"): CandidateEvaluation => ({
    evaluation: { version: CANDIDATE_EVALUATION_VERSION, insufficientEvidence: { reason } },
    engine,
    model: engine === "ai" && ai ? ai.model : null,
    rubricVersion: star.rubricVersion,
    overallScore: null,
  });
  // The candidate checks, then the rubric's own verdict (star-rubric's evidence gate), whose scores would be zeros.
  const reason = insufficientEvidence(answer, { relevance, structure: star.overall }) ?? star.insufficientEvidence?.reason ?? null;
  if (reason) return insufficient(reason);

  const primary = question.competencies[0];
  const competencyLabel = (primary && COMPETENCY_LABELS[primary as Competency]) || "this skill";
  const rubric = buildRubricFeedback({ answer, question: stored, star, competencyLabel, targetRole: input.roleTitle });
  const rubricQuotes = supportingQuotes(star, rubric.feedback.relevance.matchedTerms);
  const scored = (scores: AnswerScores, quotes: Record<RubricDimension, string[]>, extra: { engine: "ai" | "rubric"; fallbackReason?: string }) => ({
    evaluation: {
      version: CANDIDATE_EVALUATION_VERSION,
      dimensions: dimensionsWithQuotes(scores, quotes),
      star: { overall: rubric.feedback.star.overall, missing: rubric.feedback.star.missing },
      ...(extra.engine === "ai" ? { prompt: SCORE_PROMPT_VERSION } : {}),
      ...(extra.fallbackReason ? { fallbackReason: extra.fallbackReason } : {}),
    },
    engine: extra.engine,
    model: extra.engine === "ai" && ai ? ai.model : null,
    rubricVersion: star.rubricVersion,
    overallScore: Math.round(dimensionMean(scores)),
  });
  if (!ai) return scored(rubric.scores, rubricQuotes, { engine: "rubric" });

  const outcome = await scoreAnswerWithAi(ai, { question: question.text, skill: competencyLabel, roleTitle: input.roleTitle, answer }, ctx.signal);
  if (outcome.kind === "flagged") return insufficient("flagged");
  if (outcome.kind === "failed") return scored(rubric.scores, rubricQuotes, { engine: "rubric", fallbackReason: outcome.reason });
  if (outcome.output.verdict === "insufficient_evidence") return insufficient("ai_declined", "ai");
  const { dimensions } = outcome.output;
  const scores = Object.fromEntries(RUBRIC_DIMENSIONS.map((d) => [d, dimensions[d].score])) as AnswerScores;
  // The model's quotes when they are the answer's own words; the rubric's sentences for a dimension left without any.
  const quotes = Object.fromEntries(
    RUBRIC_DIMENSIONS.map((d) => {
      const verbatim = keepVerbatimQuotes(dimensions[d].quotes, answer);
      return [d, verbatim.length > 0 ? verbatim : rubricQuotes[d]];
    }),
  ) as Record<RubricDimension, string[]>;
  return scored(scores, quotes, { engine: "ai" });
}
