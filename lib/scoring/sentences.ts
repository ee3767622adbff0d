/**
 * Sentence splitting for interview answers. Answers arrive typed, pasted, as bullet lists, or dictated with no
 * punctuation at all, so this splitter works in three passes: lines and list items first, then terminal punctuation
 * (minding abbreviations, initials and decimals), then long run-ons on clause cues or a fixed word budget.
 */

/** Abbreviations whose period never ends a sentence (titles, Latin shorthands, "vs."). */
const NEVER_ENDS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "mt", "sr", "jr", "vs", "v", "e.g", "i.e", "eg", "ie", "cf", "approx",
  "appx", "fig", "dept", "est", "ca", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
  "dec", "mgr", "incl", "esp", "resp", "min", "max", "avg", "ref",
]);

/** Abbreviations that often end a sentence too ("…in the U.S. Then I…"): split only before a likely sentence start. */
const MAY_END = new Set(["u.s", "u.k", "u.s.a", "a.m", "p.m", "inc", "ltd", "co", "corp", "llc", "plc", "al", "ph.d"]);

/** Words that commonly open a sentence; used to decide whether an ambiguous abbreviation closed one. */
const SENTENCE_STARTERS = new Set([
  "i", "we", "my", "our", "the", "this", "that", "it", "then", "after", "so", "but", "as", "in", "at", "when",
  "while", "because", "there", "they", "he", "she", "his", "her", "a", "an", "first", "next", "finally", "also",
  "by", "later", "eventually", "afterwards", "since", "once", "during", "however", "to", "for", "with", "on",
  "overall", "ultimately", "i'm", "we're", "i've", "it's", "that's", "within", "over", "before",
]);

/** A list marker at the start of a line: "-", "*", "•", "1.", "2)", "(a)". Each item becomes its own sentence. */
const BULLET = /^(?:[-*•◦▪‣–—>]+|\(?\d{1,2}[.)]|\(?[a-z]\))\s+/i;

/** Explicit part labels ("Situation:", "**Result** -") stay in the text, since they are strong cues for labelling. */
const TERMINATOR = /([.!?…]+)(["'”’)\]]*)(?=\s|$)/g;

/** Sentences longer than this are treated as run-ons and split on clause cues. */
const RUN_ON_WORDS = 40;
/** When the whole answer has no terminal punctuation, a much shorter sentence already counts as a run-on. */
const UNPUNCTUATED_RUN_ON_WORDS = 20;
/** Fallback chunk size for run-ons without clause cues. */
const CHUNK_WORDS = 30;
/** No piece cut from a run-on is shorter than this, so cues such as "so" do not shred a sentence. */
const MIN_PIECE_WORDS = 6;

/** Clause cues that start a new thought in dictated or unpunctuated text. The cue stays with the piece it opens. */
const CLAUSE_CUES: readonly string[][] = [
  ["and", "then"], ["and", "so"], ["so", "then"], ["as", "a", "result"], ["after", "that"], ["in", "the", "end"],
  ["because", "of", "that"], ["because", "of", "this"], ["which", "meant"], ["which", "led"], ["afterwards"],
  ["finally"], ["eventually"], ["then"], ["so"], ["but"], ["my", "goal"], ["my", "task"], ["at", "the", "time"],
];
/** "so that", "so much": not a new clause. */
const SO_NOT_CLAUSE = new Set(["that", "much", "many", "far", "well", "long", "good", "bad"]);
/** "back then", "since then": not a new clause. */
const THEN_NOT_CLAUSE = new Set(["back", "since", "by", "until", "till", "than", "just", "only", "even", "and", "so"]);

/** Conjunctions that move with the clause cue that follows them. */
const CONJUNCTIONS = new Set(["and", "but", "so", "or"]);

/** Words that leave a line hanging, so a hard-wrapped line continues on the next one. */
const HANGING_WORDS = new Set([
  "and", "or", "but", "the", "a", "an", "to", "of", "in", "on", "at", "for", "with", "my", "our", "that", "which",
  "by", "from", "as", "into", "was", "were", "is", "i",
]);

// Every pattern the splitter runs is compiled once here, not on each call. The global ones are only used with
// replace() or split(), which reset lastIndex themselves, or in exec loops that reset it.
const CRLF = /\r\n?/g;
const ODD_SPACE = /[\u00a0\t]/g;
const CURLY_QUOTE = /[‘’]/g;
const EMPHASIS = /\*\*|__/g;
const HEADING = /^#+\s*/gm;
const LAST_WORD = /([\p{L}']+)[^\p{L}']*$/u;
const ENDS_CLAUSE = /[.!?…:;]["')\]]*$/;
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_DIGIT = /^\d/;
const INLINE_BULLET = /\s+[•◦▪]\s+/;
const LEADING_BULLET = /^[•◦▪]\s*/;
const LEADING_OPENERS = /^["'(\[]+/;
const NOT_LETTER = /[^\p{L}']/gu;
const SINGLE_LETTER = /^\p{L}$/u;
const DOTTED_SHORTHAND = /^(?:\p{L}\.)+\p{L}$/u;
const FIRST_WORD = /^\S+/;
const ELLIPSIS = /^(?:\.{2,}|…)$/;
const ANY_TERMINATOR = /[.!?…]/;
const HAS_LETTER = /\p{L}/u;
const SPACE_AT = /\s/y;
const WHITESPACE = /\s+/;

/** Whether the character at `i` is one that \s matches: ASCII by code, anything else by a sticky test. */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  SPACE_AT.lastIndex = i;
  return SPACE_AT.test(text);
}

/** The run of non-space characters `text` ends with ("" if it ends in a space), as /(\S+)$/ finds it, but read
 * backwards: that regex retries from every run in the text. */
function lastToken(text: string): string {
  let start = text.length;
  while (start > 0 && !isSpaceAt(text, start - 1)) start--;
  return text.slice(start);
}

/** Matches a sentence of more than `n` words (runs of non-space, as split(/\s+/) finds them) without splitting it:
 * n words, each followed by space, then the start of another. */
const moreWordsThan = (n: number) => new RegExp(String.raw`^\s*(?:\S+\s+){${n}}\S`);
const RUN_ON = moreWordsThan(RUN_ON_WORDS);
const UNPUNCTUATED_RUN_ON = moreWordsThan(UNPUNCTUATED_RUN_ON_WORDS);

function normalise(text: string): string {
  return text
    .replace(CRLF, "\n")
    .replace(ODD_SPACE, " ")
    .replace(CURLY_QUOTE, "'")
    .replace(EMPHASIS, "")
    .replace(HEADING, "");
}

const lastWord = (line: string) => (line.match(LAST_WORD)?.[1] ?? "").toLowerCase();

/** Joins a line onto the previous one only when the break looks like a hard wrap, not a new thought. */
function continuesLine(prev: string, next: string): boolean {
  if (ENDS_CLAUSE.test(prev)) return false;
  if (prev.endsWith(",") || HANGING_WORDS.has(lastWord(prev))) return true;
  return prev.length > 60 && STARTS_LOWER.test(next);
}

/** Splits text into blocks: paragraphs, lines and list items, each then split on punctuation. */
function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current = "";
  let currentIsItem = false;
  const flush = () => {
    if (current.trim()) blocks.push(current.trim());
    current = "";
    currentIsItem = false;
  };
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      flush();
      current = line.slice(bullet[0].length);
      currentIsItem = true;
    } else if (current && (continuesLine(current, line) || (currentIsItem && STARTS_LOWER.test(line)))) {
      current += ` ${line}`;
    } else {
      flush();
      current = line;
    }
  }
  flush();
  // Inline bullets ("• one • two") are list items too.
  const items: string[] = [];
  for (const block of blocks) {
    for (const item of block.split(INLINE_BULLET)) items.push(item.replace(LEADING_BULLET, ""));
  }
  return items;
}

/** Decides whether a period after `token` ends the sentence, given the word that follows. */
function periodEndsSentence(token: string, nextWord: string): boolean {
  if (!nextWord) return true;
  const next = nextWord.replace(LEADING_OPENERS, "");
  const nextLower = next.toLowerCase().replace(NOT_LETTER, "");
  const startsUpper = STARTS_UPPER.test(next);
  if (token === "no") return !STARTS_DIGIT.test(next); // "No. 5" is a number; "the answer was no." ends.
  if (NEVER_ENDS.has(token)) return false;
  if (token === "etc") return startsUpper;
  if (MAY_END.has(token)) return startsUpper && SENTENCE_STARTERS.has(nextLower);
  // A single capital letter is an initial ("J. Smith"), except the pronoun "I".
  if (SINGLE_LETTER.test(token) && token !== "i") return false;
  // Dotted shorthands not listed above ("a.s.a.p.") behave like MAY_END.
  if (DOTTED_SHORTHAND.test(token)) return startsUpper && SENTENCE_STARTERS.has(nextLower);
  return true;
}

/** Splits one block on terminal punctuation. */
function splitOnPunctuation(block: string): string[] {
  const out: string[] = [];
  let start = 0;
  // An exec loop rather than matchAll, which clones the regex on every call.
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(block); m; m = TERMINATOR.exec(block)) {
    const at = m.index;
    const end = at + m[0].length;
    const punct = m[1] ?? "";
    const nextWord = block.slice(end).trimStart().match(FIRST_WORD)?.[0] ?? "";
    let splits: boolean;
    if (punct === ".") {
      // Only the last few characters matter (abbreviations are short); slicing from `start` would go quadratic
      // on text that never ends a sentence ("a. a. a. …").
      const before = block.slice(Math.max(start, at - 24), at);
      const token = lastToken(before).replace(LEADING_OPENERS, "").toLowerCase();
      splits = periodEndsSentence(token, nextWord);
    } else if (ELLIPSIS.test(punct)) {
      splits = !nextWord || !STARTS_LOWER.test(nextWord); // "I was... nervous" is one sentence.
    } else {
      splits = true;
    }
    if (!splits) continue;
    out.push(block.slice(start, end));
    start = end;
  }
  TERMINATOR.lastIndex = 0;
  out.push(block.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

const bare = (word: string) => word.toLowerCase().replace(NOT_LETTER, "");

/** CLAUSE_CUES by first word, each list in CLAUSE_CUES order, so a word is checked only against cues it can open. */
const CUES_BY_FIRST_WORD = new Map<string, string[][]>();
for (const cue of CLAUSE_CUES) {
  const first = cue[0] ?? "";
  CUES_BY_FIRST_WORD.set(first, [...(CUES_BY_FIRST_WORD.get(first) ?? []), cue]);
}

/** Length of the clause cue starting at word j (0 for none); `bares` holds each word's `bare` form. */
function cueLengthAt(bares: string[], j: number): number {
  for (const cue of CUES_BY_FIRST_WORD.get(bares[j] ?? "") ?? []) {
    if (!cue.every((w, k) => (bares[j + k] ?? "") === w)) continue;
    const prev = bares[j - 1] ?? "";
    const after = bares[j + cue.length] ?? "";
    if (cue.length === 1 && cue[0] === "so" && SO_NOT_CLAUSE.has(after)) continue;
    if (cue.length === 1 && cue[0] === "then" && THEN_NOT_CLAUSE.has(prev)) continue;
    if (cue.length === 1 && cue[0] === "but" && after === "also") continue;
    return cue.length;
  }
  return 0;
}

function chunkEvenly(words: string[]): string[] {
  const pieces = Math.ceil(words.length / CHUNK_WORDS);
  const size = Math.ceil(words.length / pieces);
  const out: string[] = [];
  for (let i = 0; i < words.length; i += size) out.push(words.slice(i, i + size).join(" "));
  return out;
}

/** Splits a run-on sentence on clause cues, then every ~30 words where no cue helps. */
function splitRunOn(sentence: string, runOn: RegExp): string[] {
  if (!runOn.test(sentence)) return [sentence];
  const words = sentence.split(WHITESPACE).filter(Boolean);
  const bares = words.map(bare);
  const pieces: string[][] = [];
  let current: string[] = [];
  for (let j = 0; j < words.length; j++) {
    const canCut = current.length >= MIN_PIECE_WORDS && words.length - j >= MIN_PIECE_WORDS;
    if (canCut && cueLengthAt(bares, j) > 0) {
      // "… and as a result …": the dangling conjunction belongs with the clause it introduces.
      const carried = CONJUNCTIONS.has(bare(current[current.length - 1] ?? "")) ? current.splice(-1) : [];
      pieces.push(current);
      current = carried;
    }
    current.push(words[j] ?? "");
  }
  pieces.push(current);
  return pieces.flatMap((p) => (p.length > RUN_ON_WORDS ? chunkEvenly(p) : [p.join(" ")]));
}

/**
 * Splits an answer into sentences.
 *
 * Handles abbreviations (e.g., i.e., Dr., U.S., etc., vs.), decimals and versions (3.5, v2.1), bullet and numbered
 * lists (each item is a sentence), line breaks, and unpunctuated run-ons (split on "so", "then", "as a result"…, or
 * every ~30 words). List markers are dropped; everything else keeps its original wording.
 */
export function splitSentences(text: string): string[] {
  const normalised = normalise(text);
  if (!normalised.trim()) return [];
  const runOn = ANY_TERMINATOR.test(normalised) ? RUN_ON : UNPUNCTUATED_RUN_ON;
  // Plain loops rather than a flatMap chain: the same order, without an array per step.
  const sentences: string[] = [];
  for (const block of splitBlocks(normalised)) {
    for (const sentence of splitOnPunctuation(block)) {
      for (const piece of splitRunOn(sentence, runOn)) {
        const trimmed = piece.trim();
        // A "sentence" of only figures or symbols ("1.", "!!!") carries nothing to score.
        if (HAS_LETTER.test(trimmed)) sentences.push(trimmed);
      }
    }
  }
  return sentences;
}
