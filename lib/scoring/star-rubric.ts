/**
 * The deterministic STAR rubric engine. Pure TypeScript with no I/O, so it runs on the server and in the browser as
 * the candidate types; the same input always gives the same score.
 */
import { type AnswerAnalysis, analyseAnswer } from "./analysis";
import { findInsufficientEvidence, type InsufficientEvidence } from "./evidence-gate";
import { partQuotes } from "./part-quotes";
import { substantiveOverall } from "./substance";
import { scoreParts } from "./part-scores";
import { RUBRIC_VERSION, STAR_PARTS, type StarPart } from "./rubric-config";
// Type-only: the engine never loads zod, so it stays light in the browser bundle.
import type { StarScore } from "./star-schema";
import { buildSuggestions, EMPTY_ANSWER_SUGGESTIONS } from "./suggestions";
import { speakingTimeSeconds } from "./text-stats";

export { lengthPenalty, overallScore } from "./overall";

function emptyScore(): StarScore {
  const part = (feedback: string) => ({ score: 0, feedback, sentences: [], quotes: [] });
  return {
    engine: "rubric",
    rubricVersion: RUBRIC_VERSION,
    overall: 0,
    parts: {
      situation: part("No answer yet: start with where you were and what was going on."),
      task: part("No answer yet: say what you were responsible for."),
      action: part("No answer yet: describe the steps you took yourself."),
      result: part("No answer yet: finish with what changed, ideally with a number."),
    },
    sentences: [],
    ownership: { i: 0, we: 0 },
    quantifiedResult: false,
    suggestions: [...EMPTY_ANSWER_SUGGESTIONS],
    wordCount: 0,
    missing: [...STAR_PARTS],
    speakingTimeSeconds: 0,
    sentenceLabels: [],
    insufficientEvidence: { reason: "empty", message: "There is no answer to score yet." },
  };
}

/** An answer with nothing to judge: no score at all (zeros, never a guess), the sentences as read, and why. */
function declinedScore(a: AnswerAnalysis, verdict: InsufficientEvidence): StarScore {
  const empty = emptyScore();
  const part = (p: StarPart) => ({ ...empty.parts[p], feedback: verdict.message });
  return {
    ...empty,
    parts: { situation: part("situation"), task: part("task"), action: part("action"), result: part("result") },
    sentences: a.sentences,
    ownership: a.ownership,
    suggestions: [verdict.message, ...EMPTY_ANSWER_SUGGESTIONS.slice(1)],
    wordCount: a.wordCount,
    speakingTimeSeconds: speakingTimeSeconds(a.wordCount),
    sentenceLabels: a.sentences.map(() => null),
    insufficientEvidence: verdict,
  };
}

/** A sorted copy of sentence indexes. They are almost always in order already, and then sorting is skipped. */
function ascending(indexes: readonly number[]): number[] {
  const out = indexes.slice();
  for (let i = 1; i < out.length; i++) {
    if ((out[i - 1] as number) > (out[i] as number)) return out.sort((x, y) => x - y);
  }
  return out;
}

function assemble(a: AnswerAnalysis, answer: string, question: string | undefined): StarScore {
  const partResults = scoreParts(a);
  const quotes = partQuotes(a, answer);
  const part = (p: StarPart) => ({ ...partResults[p], sentences: ascending(a.partSentences[p]), quotes: quotes[p] });
  const parts = { situation: part("situation"), task: part("task"), action: part("action"), result: part("result") };
  return {
    engine: "rubric",
    rubricVersion: RUBRIC_VERSION,
    overall: substantiveOverall(partResults, a).overall,
    parts,
    sentences: a.sentences,
    ownership: a.ownership,
    quantifiedResult: a.partSentences.result.some((i) => (a.features[i]?.quantity ?? 0) > 0),
    suggestions: buildSuggestions(a, question),
    wordCount: a.wordCount,
    missing: STAR_PARTS.filter((p) => a.partSentences[p].length === 0),
    speakingTimeSeconds: speakingTimeSeconds(a.wordCount),
    sentenceLabels: a.labels,
    insufficientEvidence: null,
  };
}

/**
 * Scores an interview answer on how well it follows STAR (Situation, Task, Action, Result).
 *
 * @param answer The candidate's answer, typed or transcribed; any length, punctuation optional.
 * @param question The interview question, if known; used only to check that the answer speaks to it.
 * @returns A `StarScore` (see star-schema.ts). An answer with nothing to judge (empty, unintelligible, a non-answer, or
 *   off the question's topic) is not scored: every number is 0 and `insufficientEvidence` says why.
 */
export function scoreStarAnswer(answer: string, question?: string): StarScore {
  const text = answer ?? "";
  const a = analyseAnswer(text);
  if (a.sentences.length === 0 || a.wordCount === 0) return emptyScore();
  const verdict = findInsufficientEvidence(a, text, question);
  if (verdict) return declinedScore(a, verdict);
  return assemble(a, text, question);
}
