/**
 * Whether an answer gives anything to score. An empty, very short, non-answer ("I don't know", "pass"), unintelligible
 * or off-topic transcript is rated "insufficient evidence" instead of receiving a made-up score. Pure and
 * deterministic, so reviewers can be told exactly why.
 */
import type { RelevanceDetail } from "@/lib/practice/session/dimensions";

export const INSUFFICIENT_EVIDENCE_REASONS = ["empty", "too_short", "non_answer", "unintelligible", "off_topic", "flagged", "ai_declined"] as const;
export type InsufficientEvidenceReason = (typeof INSUFFICIENT_EVIDENCE_REASONS)[number];

/** Fewer words than this cannot show a situation, an action and a result. */
export const MIN_SCORABLE_WORDS = 12;
/** Below this share of word-like tokens, the text is read as noise (keyboard mashing, a garbled transcript). */
const MIN_WORDLIKE_SHARE = 0.6;

const NON_ANSWERS = [
  /^(?:i\s+)?(?:do\s*n[o']?t|dont)\s+know\b/,
  /^(?:no\s+(?:idea|answer|comment)|pass|skip|next( question)?|n\/?a|nothing|none)\b/,
  /^(?:i\s+)?(?:have\s+)?(?:no|not\s+(?:got\s+)?an?)\s+(?:answer|example|idea)\b/,
  /^(?:i\s+)?(?:can(?:no|')t|cannot)\s+(?:answer|think of|remember)\b/,
  /^(?:lorem ipsum|test(?:ing)?(?: test)*|asdf|qwerty)\b/,
];

const WORD = /[\p{L}\p{N}'’-]+/gu;
const VOWEL = /[aeiouyàâäéèêëîïôöûüåæøœ]/i;

/** A word a person might say: letters with a vowel, no long runs of one letter or of consonants. */
function wordLike(word: string): boolean {
  if (/^\p{N}+$/u.test(word)) return true;
  if (!/\p{L}/u.test(word)) return false;
  if (!/^[a-z'’-]+$/i.test(word)) return true; // Other scripts: not judged here.
  return VOWEL.test(word) && !/(.)\1\1/i.test(word) && !/[^aeiouy'’-]{5,}/i.test(word) && word.length <= 24;
}

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Below this share of the topic evidence, and with no story shape either, an answer is about something else. */
const OFF_TOPIC_OVERLAP = 0.2;
const NO_STORY_STRUCTURE = 15;

/**
 * The reason an answer cannot be scored, or null when it can. `signals` are the rubric's relevance detail and STAR
 * structure score for the answer (null skips the off-topic check): an answer that uses almost none of the question's
 * topic and tells no story (no situation, action or result the rubric can find) is off-topic.
 */
export function insufficientEvidence(
  answer: string,
  signals: { relevance: RelevanceDetail; structure: number } | null,
): InsufficientEvidenceReason | null {
  const text = answer.trim();
  const words = wordsOf(text);
  if (words.length === 0) return "empty";
  const normalised = text.toLowerCase().replace(/\s+/g, " ");
  if (words.length < MIN_SCORABLE_WORDS && NON_ANSWERS.some((pattern) => pattern.test(normalised))) return "non_answer";
  if (words.filter(wordLike).length / words.length < MIN_WORDLIKE_SHARE) return "unintelligible";
  if (words.length < MIN_SCORABLE_WORDS) return "too_short";
  if (signals && signals.relevance.overlap < OFF_TOPIC_OVERLAP && signals.structure < NO_STORY_STRUCTURE) return "off_topic";
  return null;
}
