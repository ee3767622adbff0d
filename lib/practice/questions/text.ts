/**
 * Tokenising for relevance matching. Profile text, job descriptions, answers, lexicon terms and question keywords all
 * go through `tokenise`, so a term matches whenever the same words appear in the same order, whatever their case,
 * punctuation, plural or tense ("Stakeholders" matches "stakeholder", "prioritizing" matches "prioritise").
 *
 * A hyphenated compound is one token ("on-call" is `oncall`, like "oncall"), so its parts never match on their own:
 * "on-call" in a job description is not the word "call". `termVariants` lets a term match the other spellings
 * people use ("end to end" and "end-to-end", "post-mortem" and "post mortem").
 */

/** A word as it appeared (for quoting back to the candidate) and the stem used for matching. */
export type Token = { raw: string; stem: string };

/** A tokenised text plus, per stem, the positions where it occurs, so phrase look-ups do not rescan the text. */
export type IndexedText = { tokens: Token[]; positions: Map<string, number[]> };

/**
 * Common English words, plus the filler every job advert uses ("experience", "ability", "strong"), which would
 * otherwise make every question look relevant to every job description.
 */
const STOPWORDS = new Set(
  [
    "a about above after again against all also am an and any are as at be because been before being below between",
    "both but by can could did do does doing down during each etc few for from further had has have having he her",
    "here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or",
    "other our ours out over own same she should so some such than that the their them then there these they this",
    "those through to too under until up very was we were what when where which while who whom why will with would",
    "you your yours able ability candidate candidates company excellent experience ideal including join looking must",
    "plus requirement requirements responsibilities role strong using within year years across like get got want",
  ]
    .join(" ")
    .split(" "),
);

/** Words whose stem would collide with an unrelated word ("accounting" is not "account", "marketing" not "market"). */
const STEM_EXCEPTIONS = new Set(["accounting", "marketing", "engineering", "string", "series", "news", "analysis"]);

/** Drops a doubled final consonant left by a removed suffix ("planning" → "plann" → "plan"), except l, s, z, f. */
function undouble(word: string): string {
  return /([b-df-hj-km-rtvwxy])\1$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * A light, deterministic stemmer: unifies British and American -ise/-ize, then strips plural, -ing, -ed and a final
 * -e. It over-stems some words, which does no harm because both sides of every comparison are stemmed the same way.
 */
export function stem(word: string): string {
  if (STEM_EXCEPTIONS.has(word)) return word;
  let w = word.replace(/iz(e|es|ed|ing|ation|ations)$/, "is$1");
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && w.length > 4) w = undouble(w.slice(0, -2));
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** A word, or words joined by hyphens ("on-call", "end-to-end"); `c++` and `c#` stay whole. */
const WORD = /[a-z0-9]+[+#]*(?:-[a-z0-9]+[+#]*)*/g;

/**
 * Splits text into lower-case words, drops stopwords and stems the rest. Apostrophes are removed first so "team's"
 * reads as "teams" rather than "team" and "s". A hyphenated compound is one token, stemmed without its hyphens, and
 * is never a stopword ("on-call" keeps its "on").
 */
export function tokenise(text: string): Token[] {
  const normalised = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/[\u2010\u2011]/g, "-");
  const tokens: Token[] = [];
  for (const match of normalised.matchAll(WORD)) {
    const raw = match[0];
    if (STOPWORDS.has(raw)) continue;
    tokens.push({ raw, stem: stem(raw.includes("-") ? raw.replace(/-/g, "") : raw) });
  }
  return tokens;
}

/** The stems of a term as written, for matching with `findPhrase`. */
export function termStems(term: string): string[] {
  return tokenise(term).map((token) => token.stem);
}

/** Spaced terms up to this many words also match their closed or hyphenated compound ("full stack", "full-stack"). */
const MAX_COMPOUND_WORDS = 4;

/**
 * Every spelling a term should match, as stem lists for `findPhrase`: the term as written, unless stopwords leave a
 * single word of a longer term ("managing up" is not "managing"); for a hyphenated term,
 * its words apart when at least two survive stopwords ("post-mortem" → "post mortem", but "on-call" never → "call");
 * for a spaced term of a few words, the closed compound ("end to end" → "end-to-end", "endtoend").
 */
export function termVariants(term: string): string[][] {
  const asWritten = termStems(term);
  // "managing up" must not match every "managing": a term of several words never shrinks to one word.
  const severalWords = /[a-z0-9][^a-z0-9+#-]+[a-z0-9]/i.test(term.trim());
  const variants = severalWords && asWritten.length < 2 ? [] : [asWritten];
  if (term.includes("-")) {
    const apart = termStems(term.replace(/-/g, " "));
    if (apart.length >= 2) variants.push(apart);
  } else {
    const words = term.toLowerCase().match(/[a-z0-9]+[+#]*/g) ?? [];
    if (words.length >= 2 && words.length <= MAX_COMPOUND_WORDS) variants.push(termStems(words.join("-")));
  }
  const seen = new Set<string>();
  return variants.filter((stems) => {
    const key = stems.join(" ");
    if (stems.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Tokenises and indexes a text once, so many terms can be looked up in it cheaply. */
export function indexText(text: string): IndexedText {
  const tokens = tokenise(text);
  const positions = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    const list = positions.get(token.stem);
    if (list) list.push(i);
    else positions.set(token.stem, [i]);
  });
  return { tokens, positions };
}

/** Start positions where the stems occur consecutively in the text. */
export function findPhrase(text: IndexedText, stems: readonly string[]): number[] {
  const [first, ...rest] = stems;
  if (first === undefined) return [];
  const starts = text.positions.get(first) ?? [];
  return starts.filter((start) => rest.every((s, i) => text.tokens[start + i + 1]?.stem === s));
}

/** The first place any variant of a term occurs (variants in order), with the number of tokens it spans. */
export function findTerm(text: IndexedText, variants: readonly string[][]): { start: number; length: number } | undefined {
  for (const stems of variants) {
    const [start] = findPhrase(text, stems);
    if (start !== undefined) return { start, length: stems.length };
  }
  return undefined;
}

/** The words of the text at a match, as the candidate wrote them (after stopword removal). */
export function surfaceAt(text: IndexedText, start: number, length: number): string {
  return text.tokens
    .slice(start, start + length)
    .map((token) => token.raw)
    .join(" ");
}

/** 32-bit FNV-1a: a small, stable hash for deterministic tie-breaking (no randomness anywhere in selection). */
export function stableHash(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i += 1) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
