/**
 * Quoting the candidate's own words back to them, and checking that a piece of feedback does. Feedback that quotes
 * the answer is specific by construction; feedback that could apply to anyone teaches nothing.
 */

const QUOTED = /"([^"]+)"/g;
const TRAILING_PUNCTUATION = /[\s.!?,;:…]+$/;
const ANY_QUOTE_MARK = /["“”]/g;
const SHORTEST_QUOTE_CHARS = 3;

/** Lower case, one space between words, every double quote mark read as a single one: the form quotes match in. */
function normalise(text: string): string {
  return text.toLowerCase().replace(ANY_QUOTE_MARK, "'").replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
}

/**
 * Quotes a sentence of the answer: its first `maxWords` words in straight double quotes, trailing punctuation dropped,
 * an ellipsis when cut. Double quotes inside become single ones, so the quote stays one readable, matchable span.
 */
export function quoteText(text: string, maxWords = 12): string {
  const words = text.replace(ANY_QUOTE_MARK, "'").trim().replace(TRAILING_PUNCTUATION, "").split(/\s+/);
  const cut = words.length > maxWords;
  const body = words.slice(0, maxWords).join(" ").replace(/[,;:]$/, "");
  // A "sentence" of punctuation alone would quote as "": show it as written instead.
  if (!body) return `"${text.replace(ANY_QUOTE_MARK, "'").trim()}"`;
  return `"${body}${cut ? "…" : ""}"`;
}

/** The fragments a feedback line quotes, without their closing ellipsis or punctuation. */
export function quotedFragments(item: string): string[] {
  return [...item.matchAll(QUOTED)]
    .map((match) => (match[1] ?? "").replace(TRAILING_PUNCTUATION, ""))
    .filter((fragment) => fragment.length >= SHORTEST_QUOTE_CHARS);
}

/** True when `item` quotes at least one span of `answer` (case, spacing and quote style aside). */
export function quotesAnswer(item: string, answer: string): boolean {
  const haystack = normalise(answer);
  return quotedFragments(item).some((fragment) => haystack.includes(normalise(fragment)));
}

/**
 * A key that is the same for two feedback lines made from the same template about different answers: quoted spans
 * and numbers are blanked, and the first eight remaining words kept. The summary deduplicates on it, so it lists three
 * different lessons rather than the same one quoted from three answers.
 */
export function feedbackKey(item: string): string {
  return normalise(item.replace(QUOTED, " "))
    .replace(/[\d.,%]+/g, " ")
    .replace(/[^a-z' ]+/g, " ")
    .split(" ")
    .filter(Boolean)
    .slice(0, 8)
    .join(" ");
}
