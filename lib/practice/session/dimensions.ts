/**
 * The four rubric dimensions of a practice answer, derived deterministically from the STAR rubric's `StarScore`
 * plus a simple relevance check between question and answer. Pure: the same answer and question always score the same.
 *
 *   structure   = StarScore.overall (the weighted STAR part scores minus the length penalty)
 *
 *   relevance   = 80 × clamp((evidence − 0.5) / 3.5, 0, 1) + theme
 *                 evidence = the summed weights of the question's topic terms the answer uses (see answer-topic.ts:
 *                           its own content words weighted by rarity, its bank keywords, and the words that name or
 *                           show its competencies, in any form the stemmer and `termVariants` unify), the secondary
 *                           competencies adding at most 1.2; the first half-term is what any story shares with any
 *                           question, and about four strong terms earn the full 80, so a clear story told in its own
 *                           words ("outage", "rolled back", "postmortem") is as relevant as one echoing the question
 *                 theme    = 20 when a RESULT sentence uses a strong topic term (weight ≥ 0.75), 8 when the answer
 *                           uses topic terms but its result does not, else 0: a story whose outcome is about
 *                           something else did not answer the question
 *                 (a question with no topic terms at all scores the evidence half at a neutral 40)
 *
 *   specificity = 0.4 × action part score                 (distinct first-person steps, methods, sequence)
 *               + 30 × I-share                            (I / (I + we) pronouns; 0 when neither is used)
 *               + 15 when an action sentence carries a figure (a digit, %, a currency sign or a number word)
 *               + 15 when the result is quantified (StarScore.quantifiedResult)
 *
 *   impact      = 0.7 × result part score + 30 when the result is quantified
 *
 * Every dimension is rounded and clamped to 0–100.
 */
import { findTerm, indexText, type IndexedText } from "@/lib/practice/questions/text";
import type { StarScore } from "@/lib/scoring/star-schema";
import { type QuestionForTopic, questionTopic, type TopicTerm } from "./answer-topic";
import type { AnswerScores } from "./records";

/**
 * Evidence is counted from here up to FULL_EVIDENCE: any story shares a term or two with any question ("customers",
 * "the team"), so the first half-term earns nothing, and about four terms that matter earn the full points.
 */
const BASE_EVIDENCE = 0.5;
const FULL_EVIDENCE = 4;
/** The secondary competencies flavour a question; together they can add at most this much evidence. */
const MAX_SECONDARY_EVIDENCE = 1.2;
/** A result "names the theme" only with a term that says something about this question. */
const THEME_TERM_WEIGHT = 0.75;
const EVIDENCE_POINTS = 80;
const THEME_IN_RESULT_POINTS = 20;
const THEME_ELSEWHERE_POINTS = 8;
const MAX_QUOTED_TERMS = 10;

/** A figure: digits, a percent or currency sign, or a number word ("one" is left out: "one of my colleagues"). */
const FIGURE =
  /[\d%£$€]|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|twice|double[sd]?|tripled?|halved?)\b/i;

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/** What the relevance score found, stored with the feedback so the candidate can see why. */
export type RelevanceDetail = {
  /** How many of the question's own words and keywords it was checked against. */
  questionTerms: number;
  /** The answer's own words that matched the question's topic, as written, strongest first (at most ten). */
  matchedTerms: string[];
  /** The share of the evidence needed for full marks that the answer gave (0–1, two decimals). */
  overlap: number;
  /** Where the answer names the question's theme: in its result, elsewhere, or nowhere. */
  theme: "result" | "answer" | "none";
};

function partText(star: StarScore, part: "action" | "result"): string {
  return star.parts[part].sentences.map((i) => star.sentences[i] ?? "").join(" ");
}

/** The answer's own words at a match: one token is quoted as written, a longer match by the term's label. */
function quoted(text: IndexedText, term: TopicTerm): string {
  const match = findTerm(text, term.variants);
  return match && match.length === 1 ? (text.tokens[match.start]?.raw ?? term.label) : term.label;
}

/** Relevance and what it found; see the module comment for the formula. */
export function scoreRelevance(
  answer: string,
  question: QuestionForTopic,
  star: StarScore,
): { score: number; detail: RelevanceDetail } {
  const topic = questionTopic(question);
  const answerIndex = indexText(answer);
  const used = topic.filter((term) => findTerm(answerIndex, term.variants) !== undefined);
  const weightOf = (kind: TopicTerm["kind"]) =>
    used.filter((term) => term.kind === kind).reduce((sum, term) => sum + term.weight, 0);
  const evidence =
    weightOf("question") + weightOf("primary") + Math.min(MAX_SECONDARY_EVIDENCE, weightOf("secondary"));
  const share =
    topic.length === 0 ? 0.5 : Math.min(1, Math.max(0, evidence - BASE_EVIDENCE) / (FULL_EVIDENCE - BASE_EVIDENCE));

  const resultIndex = indexText(partText(star, "result"));
  const strong = used.filter((term) => term.weight >= THEME_TERM_WEIGHT);
  const theme = strong.some((term) => findTerm(resultIndex, term.variants))
    ? "result"
    : used.length > 0
      ? "answer"
      : "none";
  const themePoints = theme === "result" ? THEME_IN_RESULT_POINTS : theme === "answer" ? THEME_ELSEWHERE_POINTS : 0;

  const matchedTerms = [...new Set([...used].sort((a, b) => b.weight - a.weight).map((t) => quoted(answerIndex, t)))];
  return {
    score: clamp(EVIDENCE_POINTS * share + themePoints),
    detail: {
      questionTerms: topic.filter((term) => term.kind === "question").length,
      matchedTerms: matchedTerms.slice(0, MAX_QUOTED_TERMS),
      overlap: Math.round(share * 100) / 100,
      theme,
    },
  };
}

/** Specificity; see the module comment for the formula. */
export function scoreSpecificity(star: StarScore): number {
  const { i, we } = star.ownership;
  const iShare = i + we === 0 ? 0 : i / (i + we);
  const figureInAction = FIGURE.test(partText(star, "action"));
  return clamp(
    0.4 * star.parts.action.score + 30 * iShare + (figureInAction ? 15 : 0) + (star.quantifiedResult ? 15 : 0),
  );
}

/** Impact; see the module comment for the formula. */
export function scoreImpact(star: StarScore): number {
  return clamp(0.7 * star.parts.result.score + (star.quantifiedResult ? 30 : 0));
}

/** All four dimensions for one answer, plus the relevance detail for its feedback. */
export function scoreDimensions(
  answer: string,
  question: QuestionForTopic,
  star: StarScore,
): { scores: AnswerScores; relevance: RelevanceDetail } {
  const relevance = scoreRelevance(answer, question, star);
  return {
    scores: {
      structure: clamp(star.overall),
      relevance: relevance.score,
      specificity: scoreSpecificity(star),
      impact: scoreImpact(star),
    },
    relevance: relevance.detail,
  };
}

/** The plain mean of the four dimensions, unrounded (the summary averages these). */
export function dimensionMean(scores: AnswerScores): number {
  return (scores.structure + scores.relevance + scores.specificity + scores.impact) / 4;
}
