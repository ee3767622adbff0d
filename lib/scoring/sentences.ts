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

function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\t]/g, " ")
    .replace(/[‘’]/g, "'")
    .replace(/\*\*|__/g, "")
    .replace(/^#+\s*/gm, "");
}

const lastWord = (line: string) => (line.match(/([\p{L}']+)[^\p{L}']*$/u)?.[1] ?? "").toLowerCase();

/** Joins a line onto the previous one only when the break looks like a hard wrap, not a new thought. */
function continuesLine(prev: string, next: string): boolean {
  if (/[.!?…:;]["')\]]*$/.test(prev)) return false;
  if (/,$/.test(prev) || HANGING_WORDS.has(lastWord(prev))) return true;
  return prev.length > 60 && /^\p{Ll}/u.test(next);
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
    } else if (current && (continuesLine(current, line) || (currentIsItem && /^\p{Ll}/u.test(line)))) {
      current += ` ${line}`;
    } else {
      flush();
      current = line;
    }
  }
  flush();
  // Inline bullets ("• one • two") are list items too.
  return blocks.flatMap((b) => b.split(/\s+[•◦▪]\s+/)).map((b) => b.replace(/^[•◦▪]\s*/, ""));
}

/** Decides whether a period after `token` ends the sentence, given the word that follows. */
function periodEndsSentence(token: string, nextWord: string): boolean {
  if (!nextWord) return true;
  const next = nextWord.replace(/^["'(\[]+/, "");
  const nextLower = next.toLowerCase().replace(/[^\p{L}']/gu, "");
  const startsUpper = /^\p{Lu}/u.test(next);
  if (token === "no") return !/^\d/.test(next); // "No. 5" is a number; "the answer was no." ends.
  if (NEVER_ENDS.has(token)) return false;
  if (token === "etc") return startsUpper;
  if (MAY_END.has(token)) return startsUpper && SENTENCE_STARTERS.has(nextLower);
  // A single capital letter is an initial ("J. Smith"), except the pronoun "I".
  if (/^\p{L}$/u.test(token) && token !== "i") return false;
  // Dotted shorthands not listed above ("a.s.a.p.") behave like MAY_END.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) return startsUpper && SENTENCE_STARTERS.has(nextLower);
  return true;
}

/** Splits one block on terminal punctuation. */
function splitOnPunctuation(block: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of block.matchAll(TERMINATOR)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const punct = m[1] ?? "";
    const nextWord = block.slice(end).trimStart().match(/^\S+/)?.[0] ?? "";
    let splits: boolean;
    if (punct === ".") {
      // Only the last few characters matter (abbreviations are short); slicing from `start` would go quadratic
      // on text that never ends a sentence ("a. a. a. …").
      const before = block.slice(Math.max(start, at - 24), at);
      const token = (before.match(/(\S+)$/)?.[1] ?? "").replace(/^["'(\[]+/, "").toLowerCase();
      splits = periodEndsSentence(token, nextWord);
    } else if (/^(?:\.{2,}|…)$/.test(punct)) {
      splits = !nextWord || !/^\p{Ll}/u.test(nextWord); // "I was... nervous" is one sentence.
    } else {
      splits = true;
    }
    if (!splits) continue;
    out.push(block.slice(start, end));
    start = end;
  }
  out.push(block.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}']/gu, "");

function cueLengthAt(words: string[], j: number): number {
  for (const cue of CLAUSE_CUES) {
    if (!cue.every((w, k) => bare(words[j + k] ?? "") === w)) continue;
    const prev = bare(words[j - 1] ?? "");
    const after = bare(words[j + cue.length] ?? "");
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
function splitRunOn(sentence: string, limit: number): string[] {
  const words = sentence.split(/\s+/).filter(Boolean);
  if (words.length <= limit) return [sentence];
  const pieces: string[][] = [];
  let current: string[] = [];
  for (let j = 0; j < words.length; j++) {
    const canCut = current.length >= MIN_PIECE_WORDS && words.length - j >= MIN_PIECE_WORDS;
    if (canCut && cueLengthAt(words, j) > 0) {
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
  const limit = /[.!?…]/.test(normalised) ? RUN_ON_WORDS : UNPUNCTUATED_RUN_ON_WORDS;
  return splitBlocks(normalised)
    .flatMap(splitOnPunctuation)
    .flatMap((s) => splitRunOn(s, limit))
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s)); // A "sentence" of only figures or symbols ("1.", "!!!") carries nothing to score.
}
