/**
 * Simple, language-light statistics about an answer: word count, speaking time, I-versus-we ownership and whether a
 * piece of text carries a figure (a number, percentage, multiple, or time or money amount).
 */
import { anyOf } from "./regex-gates";

/** Typical pace of a candidate answering out loud; used to estimate how long the answer takes to say. */
export const SPEAKING_WORDS_PER_MINUTE = 140;

/*
 * A word is what `/[\p{L}\p{N}][\p{L}\p{N}'’.,%$£€-]*\/gu` matches: a letter or digit, then any run of letters, digits
 * and the joiners listed. countWords scans for exactly that without a regex match per word. ASCII characters are
 * classed from a table; any other one by a sticky Unicode test, which is rare in English answers.
 */
const LETTER_OR_DIGIT = 1;
const JOINER = 2;
const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const c = String.fromCharCode(code);
  if (/[a-z0-9]/i.test(c)) ASCII_CLASS[code] = LETTER_OR_DIGIT;
  else if ("'.,%$-".includes(c)) ASCII_CLASS[code] = JOINER;
}
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;
const isWideJoiner = (code: number) => code === 0x2019 || code === 0xa3 || code === 0x20ac; // ’ £ €

/** Counts words: runs of letters or digits, so list markers and stray punctuation do not count. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    let width = 1;
    let cls: number;
    if (code < 128) cls = ASCII_CLASS[code] as number;
    else {
      // Astral letters (a surrogate pair) take two units, as the regex's `u` flag reads them.
      if (code >= 0xd800 && code <= 0xdbff && (text.codePointAt(i) ?? 0) > 0xffff) width = 2;
      LETTER_OR_DIGIT_AT.lastIndex = i;
      cls = LETTER_OR_DIGIT_AT.test(text) ? LETTER_OR_DIGIT : isWideJoiner(code) ? JOINER : 0;
    }
    // A letter or digit continues a word too, so leaving a word never starts the next one on the same character.
    if (inWord) inWord = cls !== 0;
    else if (cls === LETTER_OR_DIGIT) {
      n++;
      inWord = true;
    }
    i += width;
  }
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
// The same patterns without the `u` flag, several times faster. They differ from the Unicode ones only on "ſ" and the
// Kelvin sign (word characters, and "ſ" matches "s", under `iu`) and on a letter outside ASCII after a full stop (the
// lookahead), so they are used only when UNICODE_SENSITIVE finds none of those.
const SINGULAR_ASCII = /\b(?:i|me|my|mine|myself)\b(?!\.[a-z])/gi;
const PLURAL_ASCII = /\b(?:we|us|our|ours|ourselves)\b/gi;
const UNICODE_SENSITIVE = /[\u017f\u212a]|\.[^\x00-\x7f]/;

/** Counts the matches of a global regex, with an exec loop: matchAll clones the regex on every call. */
function countMatches(re: RegExp, text: string, skip?: string): number {
  let n = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0] !== skip) n++;
  re.lastIndex = 0;
  return n;
}

/**
 * Counts first-person singular (I, me, my, mine, myself) and plural (we, us, our, ours, ourselves) pronoun uses.
 * Interviewers listen for "I": an answer told entirely as "we" hides what the candidate did.
 */
export function countOwnership(text: string): { i: number; we: number } {
  const unicode = UNICODE_SENSITIVE.test(text);
  return {
    i: countMatches(unicode ? SINGULAR : SINGULAR_ASCII, text),
    we: countMatches(unicode ? PLURAL : PLURAL_ASCII, text, "US"),
  };
}

const NUM = String.raw`\d+(?:[.,]\d+)*`;
const NUMBER_WORDS =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|" +
  "seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|half";

/** Figures strong enough to quantify an outcome: percentages, money, durations, multiples, before-and-after. These
 * four need a digit; WORD_QUANTITIES below can match without one. Each list is tested as one regex (see anyOf). */
const DIGIT_QUANTITIES = anyOf([
  new RegExp(String.raw`${NUM}\s?(?:%|percent\b|per cent\b|pp\b|percentage points?\b)`, "i"),
  new RegExp(String.raw`[$£€¥]\s?${NUM}|\b${NUM}\s?(?:k|m|bn|million|billion|thousand|dollars|euros|pounds|usd|eur|gbp)\b`, "i"),
  new RegExp(
    String.raw`\b${NUM}\s?(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?)\b`,
    "i",
  ),
  new RegExp(String.raw`\bfrom\s+\S*\d\S*(?:\s+\S+)?\s+(?:to|down to|up to)\s+\S*\d`, "i"),
]);
const WORD_QUANTITIES = anyOf([
  new RegExp(String.raw`\b(?:${NUMBER_WORDS}|a few|several)\s+(?:ms|milliseconds?|seconds?|minutes?|hours?|days?|weeks?|months?)\b`, "i"),
  new RegExp(String.raw`\b${NUM}\s?x\b|\b(?:doubled|tripled|quadrupled|halved|twice|(?:${NUMBER_WORDS})\s+times)\b`, "i"),
  new RegExp(String.raw`\b(?:${NUMBER_WORDS}|${NUM})\s+(?:of\s+)?(?:new\s+)?(?:users|customers|clients|people|tickets|bugs|incidents|errors|deals|leads|sales|hires|signups|sign-ups|orders|complaints|accounts|members|students|downloads)\b`, "i"),
]);
const DIGIT = /\d/;

/** Any bare number except a year (2019) or a version (v2.1), which say nothing about an outcome. */
// No lookbehind: the engine also runs in older browsers.
const BARE_NUMBER = /(?:^|[^\p{L}\d.])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?(?![\p{L}\d])/u;
const VERSION = /\bv\d+(?:\.\d+)*\b/gi;

/** Strength of the figures in `text`: 2 for a percentage, money, duration, multiple or before-and-after; 1 for a
 * bare number; 0 for none. Years and versions do not count. */
export function quantityStrength(text: string): 0 | 1 | 2 {
  if (WORD_QUANTITIES.test(text)) return 2;
  // Most sentences carry no digit, and then neither the digit patterns nor a bare number can match.
  if (!DIGIT.test(text)) return 0;
  if (DIGIT_QUANTITIES.test(text)) return 2;
  return BARE_NUMBER.test(text.replace(VERSION, " ")) ? 1 : 0;
}

/** True when `text` carries any figure (see `quantityStrength`). */
export function hasQuantity(text: string): boolean {
  return quantityStrength(text) > 0;
}
