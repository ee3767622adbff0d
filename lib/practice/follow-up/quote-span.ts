/**
 * A short span of the candidate's own words, safe to show and to read aloud inside a follow-up question: one line,
 * no quote marks of its own, no control characters, cut at a word boundary (or, for one endless "word" such as a
 * pasted link, at a whole character, never inside a surrogate pair) with an ellipsis when cut.
 */

/** Enough words to recognise the sentence; a follow-up that quotes a paragraph reads like a transcript. */
export const QUOTE_MAX_WORDS = 12;
export const QUOTE_MAX_CHARS = 90;

const CONTROL = /[\p{Cc}\p{Cf}]/gu;
const QUOTE_MARKS = /["“”«»„]/g;
const TRAILING = /[\s.!?,;:…]+$/u;

/** The span in straight double quotes, e.g. `"we fixed the tests"`. Empty input quotes as `"…"`. */
export function quoteSpan(text: string, maxWords = QUOTE_MAX_WORDS, maxChars = QUOTE_MAX_CHARS): string {
  const clean = text.replace(CONTROL, " ").replace(QUOTE_MARKS, "'").replace(/\s+/g, " ").trim().replace(TRAILING, "");
  const words = clean.split(" ").filter(Boolean);
  let body = "";
  let cut = words.length > maxWords;
  for (const word of words.slice(0, maxWords)) {
    const next = body ? `${body} ${word}` : word;
    if ([...next].length > maxChars) {
      cut = true;
      // One word longer than the whole allowance: keep its first characters rather than nothing.
      if (!body) body = [...word].slice(0, maxChars).join("");
      break;
    }
    body = next;
  }
  body = body.replace(/[,;:]$/, "");
  return `"${body}${cut || !body ? "…" : ""}"`;
}
