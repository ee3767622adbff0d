/**
 * Context-aware filler detection. A bare word list over-counts badly: "I like Go", "looks like", "do you know" and
 * "a kind of database" are ordinary speech. Each ambiguous filler therefore has a rule that reads its neighbours and
 * the punctuation around it, and each rule still works on unpunctuated Web Speech output. When a rule cannot tell,
 * it does not count: telling a candidate they said "like" when they did not costs more trust than a missed filler.
 *
 * Rules, case-insensitive:
 * - um, uh, er, erm, hmm (and stretched spellings: umm, uhh, hmmm): always.
 * - basically, literally: always; in an interview answer they add nothing.
 * - actually: only set off by a comma ("Actually, we…", "it was, actually, fine"), not "what actually happened".
 * - like: see `isFillerLike`. Never before a number ("something like 20%", "like five people": an estimate).
 * - you know: not after do/did/if/as/what… ("do you know"), not before how/what/that/the… ("you know how to").
 * - i mean: followed by a comma or by a new clause ("I mean we had…"), not "what I mean is" or "I mean it".
 * - kind of / sort of (and kinda, sorta): as hedges ("it was kind of slow"), not after a determiner
 *   ("a kind of database", "what kind of", "that sort of thing").
 * - so: only opening the answer ("So, I was working at…", also after an opening "um"), or opening a sentence when
 *   another filler follows ("So, um,"). Mid-answer "so" usually means "therefore" and is not counted.
 */
import { FILLER_WORDS, type FillerWord } from "./delivery-config";
import { breakBefore, CLAUSE_BREAK, type DeliveryTokens, NO_BREAK, SENTENCE_BREAK, wordAt } from "./delivery-tokens";

export { FILLER_WORDS, type FillerWord };

const HESITATIONS: readonly (readonly [RegExp, FillerWord])[] = [
  [/^u+h*m+$/, "um"],
  [/^u+h+$/, "uh"],
  [/^e+r+m+$/, "erm"],
  [/^e+r+$/, "er"],
  [/^h+m+$/, "hmm"],
];

/** The hesitation sound `word` spells (umm → um), or null. */
export function hesitation(word: string): FillerWord | null {
  if (word.length > 6) return null;
  for (const [re, filler] of HESITATIONS) if (re.test(word)) return filler;
  return null;
}

const SUBJECTS = new Set(["i", "we", "they", "he", "she", "you", "it", "there", "i'm", "we're", "they're", "it's", "there's", "that's", "he's", "she's", "you're", "i've", "we've", "we'd", "i'd"]);
const COORDINATORS = new Set(["and", "but", "so", "or", "because", "cause", "'cause", "then"]);
const NUMBER_WORDS = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "half", "several", "dozens", "hundreds", "thousands"]);
const COUNTABLE_AFTER_A = new Set(["hundred", "thousand", "million", "dozen", "few", "couple"]);
/** Words after which "like" is a verb ("I like", "would like") or a preposition ("looks like", "something like"). */
const LIKE_HEADS = new Set([
  ...["i", "you", "we", "they", "he", "she", "who", "people", "users", "customers", "everyone", "nobody", "really", "also", "still"],
  ...["would", "will", "do", "does", "did", "don't", "doesn't", "didn't", "to", "might", "may", "could", "should", "not", "never"],
  ...["look", "looks", "looked", "looking", "feel", "feels", "felt", "feeling", "sound", "sounds", "sounded", "seem", "seems", "seemed"],
  ...["something", "anything", "nothing", "everything", "things", "stuff", "more", "less", "much", "just", "exactly", "lot", "most"],
]);
/** Words that rarely follow a verb or preposition "like" but often follow a filler one ("was like really hard"). */
const LIKE_FILLER_NEXT = new Set(["really", "so", "very", "super", "totally", "just", "literally", "basically", "actually", "honestly", "pretty", "completely", "kind", "sort", "like"]);
/** "like I said", "like we discussed": a comparison, not a filler. */
const REPORTING = new Set(["said", "say", "mentioned", "mention", "discussed", "explained", "told", "was", "were", "noted", "wrote"]);
const YOU_KNOW_BEFORE = new Set(["do", "did", "does", "don't", "didn't", "doesn't", "if", "as", "what", "whether", "would", "could", "will", "should", "can", "might", "that", "now", "let", "make", "so"]);
const YOU_KNOW_CLAUSE_NEXT = new Set([...SUBJECTS, ...COORDINATORS, "like", "um", "uh", "basically", "honestly", "actually"]);
const I_MEAN_BEFORE = new Set(["what", "if", "do", "did", "don't", "didn't", "that", "which", "whatever"]);
const I_MEAN_NEXT = new Set([...SUBJECTS, ...COORDINATORS, "like", "um", "uh", "basically", "honestly", "actually", "you", "not"]);
I_MEAN_NEXT.delete("it"); // "I mean it" is sincerity, not a filler
const DETERMINERS = new Set(["a", "an", "the", "this", "that", "these", "those", "what", "which", "some", "any", "every", "each", "one", "another", "same", "no", "different", "certain", "other", "whatever", "particular", "specific", "right", "wrong", "new", "only", "first", "best", "worst", "my", "our", "your", "their", "his", "her", "its"]);
const SO_INTENSIFIED = new Set(["that", "far", "much", "many", "few", "little", "long", "often", "to"]);

/** True when a figure starts at `i`: "20%", "five", "a hundred", "a couple". "like" before one is an estimate. */
function figureAt(t: DeliveryTokens, i: number): boolean {
  const w = wordAt(t, i);
  if (/^\d/.test(w) || NUMBER_WORDS.has(w)) return true;
  return (w === "a" || w === "an") && COUNTABLE_AFTER_A.has(wordAt(t, i + 1));
}
const isFillerish = (w: string): boolean => hesitation(w) !== null || w === "like" || w === "basically" || w === "literally";

/**
 * True when "like" at `i` is a filler. "It was, like, hard" (set off by commas), "like, we…", "and like we…"
 * (opening a clause), "was like really hard" (before an intensifier), "um like". Not "I like Go", "looks like",
 * "would like to", "something like 20%", "like I said", "Like most teams".
 */
export function isFillerLike(t: DeliveryTokens, i: number): boolean {
  const prev = wordAt(t, i - 1);
  const next = wordAt(t, i + 1);
  const before = breakBefore(t, i);
  const after = breakBefore(t, i + 1);
  if (figureAt(t, i + 1)) return false;
  if (before !== NO_BREAK && after === CLAUSE_BREAK) return true;
  if (before === NO_BREAK && (LIKE_HEADS.has(prev) || prev.endsWith("'d"))) return false;
  if (after === CLAUSE_BREAK) return true;
  if (after === SENTENCE_BREAK) return false; // "the tools I like."
  if (hesitation(prev) !== null || hesitation(next) !== null || LIKE_FILLER_NEXT.has(next)) return true;
  if (next === "you" && wordAt(t, i + 2) === "know") return true;
  if (next === "to" || (SUBJECTS.has(next) && REPORTING.has(wordAt(t, i + 2)))) return false;
  // "and like it." / "but like them" end a clause with an object: "like" is the verb.
  if (breakBefore(t, i + 2) !== NO_BREAK && /^(?:it|them|this|that|him|her)$/.test(next)) return false;
  if (before === NO_BREAK && COORDINATORS.has(prev)) return true;
  return before !== NO_BREAK && SUBJECTS.has(next);
}

/** True when "you know" starts at `i` as a filler ("it was hard, you know", "you know we had no tests"). */
function isFillerYouKnow(t: DeliveryTokens, i: number): boolean {
  if (breakBefore(t, i) === NO_BREAK && YOU_KNOW_BEFORE.has(wordAt(t, i - 1))) return false;
  if (breakBefore(t, i + 2) !== NO_BREAK) return true;
  return YOU_KNOW_CLAUSE_NEXT.has(wordAt(t, i + 2));
}

/** True when "I mean" starts at `i` as a filler ("I mean, we…", "I mean we had…"). */
function isFillerIMean(t: DeliveryTokens, i: number): boolean {
  if (breakBefore(t, i) === NO_BREAK && I_MEAN_BEFORE.has(wordAt(t, i - 1))) return false;
  const after = breakBefore(t, i + 2);
  if (after !== NO_BREAK) return after === CLAUSE_BREAK;
  return I_MEAN_NEXT.has(wordAt(t, i + 2));
}

/**
 * True when word `i` starts a hedging "kind of" / "sort of" (or is "kinda" / "sorta"): "it was kind of slow",
 * "I sort of led it". Not "a kind of database", "what kind of", "a new kind of". Shared with the energy measure.
 */
export function isHedgeKindOf(t: DeliveryTokens, i: number): boolean {
  const w = wordAt(t, i);
  if (w === "kinda" || w === "sorta") return true;
  if ((w !== "kind" && w !== "sort") || wordAt(t, i + 1) !== "of" || breakBefore(t, i + 1) !== NO_BREAK) return false;
  return breakBefore(t, i) !== NO_BREAK || !DETERMINERS.has(wordAt(t, i - 1));
}

/** True when every word before `i` is a hesitation: "so" in "Um, so, I…" still opens the answer. */
function opensAnswer(t: DeliveryTokens, i: number): boolean {
  for (let j = 0; j < i; j++) if (hesitation(wordAt(t, j)) === null) return false;
  return true;
}

function isFillerSo(t: DeliveryTokens, i: number): boolean {
  const next = wordAt(t, i + 1);
  const fillerNext = isFillerish(next) || (next === "you" && wordAt(t, i + 2) === "know");
  if (opensAnswer(t, i)) return breakBefore(t, i + 1) === CLAUSE_BREAK || fillerNext || !SO_INTENSIFIED.has(next);
  return breakBefore(t, i) === SENTENCE_BREAK && fillerNext;
}

/** The filler that starts at word `i` and how many words it spans, or null. */
function fillerAt(t: DeliveryTokens, i: number): readonly [FillerWord, number] | null {
  const w = wordAt(t, i);
  const sound = hesitation(w);
  if (sound) return [sound, 1];
  switch (w) {
    case "basically":
    case "literally":
      return [w, 1];
    case "actually":
      return breakBefore(t, i + 1) === CLAUSE_BREAK ? ["actually", 1] : null;
    case "like":
      return isFillerLike(t, i) ? ["like", 1] : null;
    case "so":
      return isFillerSo(t, i) ? ["so", 1] : null;
    case "y'know":
      return ["you know", 1];
    case "you":
    case "ya":
      return wordAt(t, i + 1) === "know" && breakBefore(t, i + 1) === NO_BREAK && isFillerYouKnow(t, i) ? ["you know", 2] : null;
    case "i":
      return wordAt(t, i + 1) === "mean" && breakBefore(t, i + 1) === NO_BREAK && isFillerIMean(t, i) ? ["i mean", 2] : null;
    case "kind":
    case "kinda":
      return isHedgeKindOf(t, i) ? ["kind of", w === "kind" ? 2 : 1] : null;
    case "sort":
    case "sorta":
      return isHedgeKindOf(t, i) ? ["sort of", w === "sort" ? 2 : 1] : null;
    default:
      return null;
  }
}

/** Counts fillers in a tokenised transcript. `byWord` lists only fillers that occur. */
export function detectFillers(t: DeliveryTokens): { total: number; byWord: Partial<Record<FillerWord, number>> } {
  const byWord: Partial<Record<FillerWord, number>> = {};
  let total = 0;
  for (let i = 0; i < t.words.length; i++) {
    const hit = fillerAt(t, i);
    if (!hit) continue;
    byWord[hit[0]] = (byWord[hit[0]] ?? 0) + 1;
    total++;
    i += hit[1] - 1; // a two-word filler is not read again from its second word
  }
  return { total, byWord };
}
