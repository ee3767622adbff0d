/**
 * Splits a transcript into lower-case words and records how strong the punctuation break before each word is. The
 * filler and energy detectors read context from both: "it was, like, hard" differs from "looks like" only in the
 * commas. Web Speech output often has no punctuation at all, so every rule must also work with breaks of 0.
 */

/** A word in the transcript and the break before it. */
export interface DeliveryTokens {
  /** Lower-case words, curly apostrophes made straight, trailing punctuation removed ("hard," → "hard"). */
  words: string[];
  /**
   * Break before word i: 0 none, 1 clause (comma, dash, semicolon, colon, bracket), 2 sentence (. ! ? …) or the start
   * of the answer. Has words.length + 1 entries; the last one (2) stands for the end of the answer, so
   * `breaks[i + 1]` is always the break after word i.
   */
  breaks: Uint8Array;
}

export const NO_BREAK = 0;
export const CLAUSE_BREAK = 1;
export const SENTENCE_BREAK = 2;

// Same definition of a word as countWords in text-stats.ts, so the delivery word count agrees with the STAR score's.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,%$£€-]*/gu;
const TRAILING = /[^\p{L}\p{N}]+$/u;
const SENTENCE_MARK = /[.!?…]/;
const CLAUSE_MARK = /[,;:()[\]—–-]/;

function breakIn(punctuation: string): number {
  if (SENTENCE_MARK.test(punctuation)) return SENTENCE_BREAK;
  return CLAUSE_MARK.test(punctuation) ? CLAUSE_BREAK : NO_BREAK;
}

/** Tokenises `transcript`. Linear in its length; no allocation beyond the word list. */
export function tokenize(transcript: string): DeliveryTokens {
  const words: string[] = [];
  const found: number[] = [SENTENCE_BREAK];
  let pending = NO_BREAK; // punctuation carried on the end of the previous word ("hard,")
  let lastEnd = 0;
  for (const m of transcript.matchAll(WORD)) {
    const start = m.index;
    const gap = breakIn(transcript.slice(lastEnd, start));
    if (words.length > 0) found.push(Math.max(pending, gap));
    lastEnd = start + m[0].length;

    const raw = m[0].toLowerCase().replace(/’/g, "'");
    const trail = TRAILING.exec(raw)?.[0] ?? "";
    const word = trail ? raw.slice(0, raw.length - trail.length) : raw;
    // "e.g." and "U.S." end in a full stop that does not end the sentence.
    pending = word.includes(".") && trail.startsWith(".") ? NO_BREAK : breakIn(trail);
    words.push(word);
  }
  found.push(SENTENCE_BREAK);
  return { words, breaks: Uint8Array.from(found) };
}

/** Word `i`, or "" outside the transcript, so rules can look around without bounds checks. */
export function wordAt(t: DeliveryTokens, i: number): string {
  return t.words[i] ?? "";
}

/** Break before word `i`; the start and the end of the answer count as sentence breaks. */
export function breakBefore(t: DeliveryTokens, i: number): number {
  return t.breaks[i] ?? SENTENCE_BREAK;
}

/** Capitalises a standalone "i" so quoted phrases read naturally ("I led"). */
export function displayPhrase(words: readonly string[]): string {
  return words.map((w) => (w === "i" || w.startsWith("i'") ? "I" + w.slice(1) : w)).join(" ");
}
