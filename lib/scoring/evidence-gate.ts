/**
 * Decides whether an answer gives the rubric anything to judge. An empty, unintelligible, declined or off-topic answer
 * gets "insufficient evidence" instead of a score: a number made up from cue words in a recipe or in speech-to-text
 * noise would mislead whoever reads it. The checks are deliberately narrow, so a poor but real answer is still scored
 * (low) rather than declined.
 */
import type { AnswerAnalysis } from "./analysis";
import { QUESTION_THEMES } from "./star-cues";
import { FILLER_TOKENS, FUNCTION_WORDS, NON_ANSWER, QUESTION_FRAME_WORDS } from "./substance-cues";

export type InsufficientEvidenceReason = "empty" | "unintelligible" | "non_answer" | "off_topic";
export type InsufficientEvidence = { reason: InsufficientEvidenceReason; message: string };

export const INSUFFICIENT_EVIDENCE_MESSAGES: Record<InsufficientEvidenceReason, string> = {
  empty: "There is no answer to score yet.",
  unintelligible: "We could not make out enough words to score this answer; if it was recorded, try again somewhere quieter.",
  non_answer: "This reads as a decision not to answer, so there is nothing to score. Pick any real example and tell it in a few sentences.",
  off_topic: "This answer does not seem to be about the question, so we have not scored it. Tell one story that answers it.",
};

/** A non-answer is short: a longer reply that opens with "I don't know" usually goes on to answer. */
const NON_ANSWER_MAX_WORDS = 30;
/** Fewer real words than this, once hesitations and function words are set aside, cannot tell a story. */
const MIN_CONTENT_WORDS = 3;
/** Real English prose is at least this share function words; keyboard noise and word salad are not. */
const MIN_FUNCTION_SHARE = 0.1;
/** Tokens without a vowel ("zxcv", "hjkl") beyond this share mark noise rather than words. */
const MAX_VOWELLESS_SHARE = 0.3;
/** Words needed before an answer is judged on topic or not; a very short reply is judged by the other checks. */
const OFF_TOPIC_MIN_WORDS = 12;

/**
 * The candidate narrating something they did, in any verb: "I forgot", "I worked on it", "we went". Broader than the
 * action lexicon on purpose: here it only has to tell a story, however weakly told, from talk about something else.
 */
const PAST_NARRATION =
  /\b(?:i|we)\s+(?:\w+ly\s+)?(?:\w{2,}ed|had|forgot|went|made|did|got|took|saw|said|told|gave|came|began|felt|knew|left|lost|ran|sent|spent|wrote|kept|put|found|brought|chose|met|led|built)\b/;

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
const VOWEL = /[aeiouy\d]/;

/** A crude stem, enough to tell that "improved" and "improvement" are the same word. */
const stem = (word: string) => (word.length > 5 ? word.slice(0, 5) : word);

function tokens(text: string): string[] {
  return (text.toLowerCase().match(TOKEN) ?? []).map((t) => t.replace(/’/g, "'"));
}

function unintelligible(words: string[]): boolean {
  const content = words.filter((w) => !FILLER_TOKENS.has(w) && !FUNCTION_WORDS.has(w));
  if (content.length < MIN_CONTENT_WORDS) return true;
  const functionShare = words.filter((w) => FUNCTION_WORDS.has(w)).length / words.length;
  const vowelless = content.filter((w) => !VOWEL.test(w)).length / content.length;
  return functionShare < MIN_FUNCTION_SHARE && vowelless > MAX_VOWELLESS_SHARE;
}

/** True when the answer says something about the question: a shared content word, or the question's theme. */
function speaksToQuestion(words: string[], answer: string, question: string): boolean {
  const asked = new Set(
    tokens(question)
      .filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w) && !QUESTION_FRAME_WORDS.has(w))
      .map(stem),
  );
  if (words.some((w) => asked.has(stem(w)))) return true;
  const lowerQuestion = question.toLowerCase();
  const lowerAnswer = answer.toLowerCase();
  return QUESTION_THEMES.some((t) => t.question.test(lowerQuestion) && t.answer.test(lowerAnswer));
}

/**
 * Why the answer cannot be scored, or null when it can.
 *
 * @param a The analysed answer.
 * @param answer The answer as given.
 * @param question The question, when known; without it an answer is never judged off-topic.
 */
export function findInsufficientEvidence(a: AnswerAnalysis, answer: string, question?: string): InsufficientEvidence | null {
  const verdict = (reason: InsufficientEvidenceReason) => ({ reason, message: INSUFFICIENT_EVIDENCE_MESSAGES[reason] });
  const words = tokens(answer);
  if (words.length === 0 || a.wordCount === 0) return verdict("empty");
  const ownedActions = a.features.some((f) => f.iActionVerbs.length > 0 || f.weActionVerbs.length > 0);
  const lower = answer.toLowerCase();
  if (words.length <= NON_ANSWER_MAX_WORDS && !ownedActions && NON_ANSWER.test(lower)) return verdict("non_answer");
  if (unintelligible(words)) return verdict("unintelligible");
  // Off-topic needs all three: no word of the question, none of its theme, and no narration of anything done.
  // A real story that words the topic differently still has the candidate doing something, and is scored.
  const narrates = ownedActions || PAST_NARRATION.test(lower);
  if (question?.trim() && words.length >= OFF_TOPIC_MIN_WORDS && !narrates && !speaksToQuestion(words, answer, question)) {
    return verdict("off_topic");
  }
  return null;
}
