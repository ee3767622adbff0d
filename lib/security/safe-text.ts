/**
 * Text PostgreSQL can store. A `text` column refuses U+0000 outright, and a lone UTF-16 surrogate (half of an emoji,
 * as a broken paste or a crafted JSON `"\ud800"` produces) cannot be encoded as UTF-8, so either one reaching the
 * database would fail the insert with a 500. Refusing them in the shared zod schemas turns that into a 422 that names
 * the field. Pure, with no server-only import: the browser's forms use the same schemas.
 */
import { z } from "zod";

/** The message a field shows when it holds such a character. */
export const UNSTORABLE_TEXT_MESSAGE =
  "This text contains characters we cannot store (a null character or half of an emoji). Remove them and try again.";

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one. No `u` flag: with
// it the regex would read whole code points and could not see the halves.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the string has no U+0000 and no unpaired surrogate; a valid surrogate pair (an emoji) is fine. */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/**
 * `z.string(params)` that refuses unstorable text before any later check runs, so the field's only message is the
 * one that says what is wrong. Chain `.trim()`, `.max()` and the rest as on any string schema.
 */
export function safeText(params?: Parameters<typeof z.string>[0]): z.ZodString {
  return z.string(params).refine(isStorableText, { message: UNSTORABLE_TEXT_MESSAGE, abort: true });
}
