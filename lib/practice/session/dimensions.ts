/**
 * The four rubric dimensions of a practice answer, derived deterministically from the STAR rubric's `StarScore`
 * plus a simple relevance check between question and answer. Pure: the same answer and question always score the same.
 *
 *   structure   = StarScore.overall (the weighted STAR part scores minus the length penalty)
 *
 *   relevance   = 60 × min(1, overlap / 0.5) + theme
 *                 overlap = share of the question's content words (stopwords and question framing such as "tell",
 *                           "describe", "time" removed; light stemming) that the answer uses; half of them earns the
 *                           full 60, since a good answer names the subject without echoing the question
 *                 theme   = 40 when a RESULT sentence names the question's theme (a word of its competencies'
 *                           lexicon, or one of its content words), 15 when only other sentences do, else 0: a story
 *                           whose outcome is about something else did not answer the question
 *                 (a question with no content words scores the overlap half at a neutral 30)
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
import { COMPETENCY_LEXICON } from "@/lib/practice/questions/competency-lexicon";
import { findPhrase, indexText, type IndexedText, termStems, tokenise } from "@/lib/practice/questions/text";
import type { StarScore } from "@/lib/scoring/star-schema";
import type { AnswerScores, StoredQuestion } from "./records";

/** Share of the question's content words at which the overlap half of relevance is full. */
const FULL_OVERLAP = 0.5;
const OVERLAP_POINTS = 60;
const THEME_IN_RESULT_POINTS = 40;
const THEME_ELSEWHERE_POINTS = 15;

/** Words that frame a question without saying what it is about. */
const QUESTION_FRAME = new Set(
  termStems(
    "tell describe give example time situation talk walk share explain recall think moment occasion instance " +
      "question happened handle handled approach approached particular specific ever",
  ),
);

/** A figure: digits, a percent or currency sign, or a number word ("one" is left out: "one of my colleagues"). */
const FIGURE =
  /[\d%£$€]|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|twice|double[sd]?|tripled?|halved?)\b/i;

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/** What the relevance score found, stored with the feedback so the candidate can see why. */
export type RelevanceDetail = {
  questionTerms: number;
  /** The answer's own words that matched the question, as written (at most ten). */
  matchedTerms: string[];
  /** Share of the question's content words the answer used, to two decimals. */
  overlap: number;
  /** Where the answer names the question's theme: in its result, elsewhere, or nowhere. */
  theme: "result" | "answer" | "none";
};

function partText(star: StarScore, part: "action" | "result"): string {
  return star.parts[part].sentences.map((i) => star.sentences[i] ?? "").join(" ");
}

function mentionsAny(text: IndexedText, terms: readonly string[][]): boolean {
  return terms.some((term) => findPhrase(text, term).length > 0);
}

/** Relevance and what it found; see the module comment for the formula. */
export function scoreRelevance(
  answer: string,
  question: Pick<StoredQuestion, "text" | "competencies">,
  star: StarScore,
): { score: number; detail: RelevanceDetail } {
  const questionTerms = [...new Set(tokenise(question.text).map((t) => t.stem))].filter((s) => !QUESTION_FRAME.has(s));
  const answerTokens = tokenise(answer);
  const answerIndex = indexText(answer);
  const matched = questionTerms.filter((s) => answerIndex.positions.has(s));
  const overlap = questionTerms.length === 0 ? FULL_OVERLAP / 2 : matched.length / questionTerms.length;

  const lexicon = question.competencies.flatMap((c) => COMPETENCY_LEXICON[c as keyof typeof COMPETENCY_LEXICON] ?? []);
  const themeTerms = [...lexicon.map(termStems), ...questionTerms.map((s) => [s])].filter((t) => t.length > 0);
  const theme = mentionsAny(indexText(partText(star, "result")), themeTerms)
    ? "result"
    : mentionsAny(answerIndex, themeTerms)
      ? "answer"
      : "none";
  const themePoints = theme === "result" ? THEME_IN_RESULT_POINTS : theme === "answer" ? THEME_ELSEWHERE_POINTS : 0;

  const matchedTerms = matched
    .map((s) => answerTokens.find((t) => t.stem === s)?.raw ?? s)
    .slice(0, 10);
  return {
    score: clamp(OVERLAP_POINTS * Math.min(1, overlap / FULL_OVERLAP) + themePoints),
    detail: { questionTerms: questionTerms.length, matchedTerms, overlap: Math.round(overlap * 100) / 100, theme },
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
  question: Pick<StoredQuestion, "text" | "competencies">,
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
