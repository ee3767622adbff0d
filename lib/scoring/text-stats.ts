/**
 * Simple, language-light statistics about an answer: word count, speaking time, I-versus-we ownership and whether a
 * piece of text carries a figure (a number, percentage, multiple, or time or money amount).
 */

/** Typical pace of a candidate answering out loud; used to estimate how long the answer takes to say. */
export const SPEAKING_WORDS_PER_MINUTE = 140;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,%$£€-]*/gu;

/** Counts words: runs of letters or digits, so list markers and stray punctuation do not count. */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/** Estimated seconds to say `wordCount` words out loud, rounded to a whole second. */
export function speakingTimeSeconds(wordCount: number): number {
  return Math.round((wordCount / SPEAKING_WORDS_PER_MINUTE) * 60);
}

// "i" must not match the "i" of "i.e."; contractions (I'm, I've, we're) count as uses.
const SINGULAR = /\b(?:i|me|my|mine|myself)\b(?!\.\p{L})/giu;
// "US" in capitals is usually the country, not the pronoun.
const PLURAL = /\b(?:we|us|our|ours|ourselves)\b/giu;

/**
 * Counts first-person singular (I, me, my, mine, myself) and plural (we, us, our, ours, ourselves) pronoun uses.
 * Interviewers listen for "I": an answer told entirely as "we" hides what the candidate did.
 */
export function countOwnership(text: string): { i: number; we: number } {
  let i = 0;
  let we = 0;
  for (const _ of text.matchAll(SINGULAR)) i++;
  for (const m of text.matchAll(PLURAL)) if (m[0] !== "US") we++;
  return { i, we };
}

const NUM = String.raw`\d+(?:[.,]\d+)*`;
const NUMBER_WORDS =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|" +
  "seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|half";

/** Figures strong enough to quantify an outcome: percentages, money, durations, multiples, before-and-after. */
const STRONG_QUANTITIES: readonly RegExp[] = [
  new RegExp(String.raw`${NUM}\s?(?:%|percent\b|per cent\b|pp\b|percentage points?\b)`, "i"),
  new RegExp(String.raw`[$£€¥]\s?${NUM}|\b${NUM}\s?(?:k|m|bn|million|billion|thousand|dollars|euros|pounds|usd|eur|gbp)\b`, "i"),
  new RegExp(
    String.raw`\b${NUM}\s?(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?)\b`,
    "i",
  ),
  new RegExp(String.raw`\b(?:${NUMBER_WORDS}|a few|several)\s+(?:ms|milliseconds?|seconds?|minutes?|hours?|days?|weeks?|months?)\b`, "i"),
  new RegExp(String.raw`\b${NUM}\s?x\b|\b(?:doubled|tripled|quadrupled|halved|twice|(?:${NUMBER_WORDS})\s+times)\b`, "i"),
  new RegExp(String.raw`\bfrom\s+\S*\d\S*(?:\s+\S+)?\s+(?:to|down to|up to)\s+\S*\d`, "i"),
  new RegExp(String.raw`\b(?:${NUMBER_WORDS}|${NUM})\s+(?:of\s+)?(?:new\s+)?(?:users|customers|clients|people|tickets|bugs|incidents|errors|deals|leads|sales|hires|signups|sign-ups|orders|complaints|accounts|members|students|downloads)\b`, "i"),
];

/** Any bare number except a year (2019) or a version (v2.1), which say nothing about an outcome. */
// No lookbehind: the engine also runs in older browsers.
const BARE_NUMBER = /(?:^|[^\p{L}\d.])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?(?![\p{L}\d])/u;
const VERSION = /\bv\d+(?:\.\d+)*\b/gi;

/** Strength of the figures in `text`: 2 for a percentage, money, duration, multiple or before-and-after; 1 for a
 * bare number; 0 for none. Years and versions do not count. */
export function quantityStrength(text: string): 0 | 1 | 2 {
  if (STRONG_QUANTITIES.some((re) => re.test(text))) return 2;
  return BARE_NUMBER.test(text.replace(VERSION, " ")) ? 1 : 0;
}

/** True when `text` carries any figure (see `quantityStrength`). */
export function hasQuantity(text: string): boolean {
  return quantityStrength(text) > 0;
}
