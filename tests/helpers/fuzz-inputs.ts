/**
 * fast-check arbitraries for hostile input, shared by the API fuzz tests. Bodies are built as JSON *text*, not
 * serialised values: JSON.stringify cannot write a 5,000-deep value (it overflows the stack) or an own `__proto__`
 * key, and both are exactly what a hostile client sends.
 */
import fc from "fast-check";

/** Characters that break naive code: NUL, lone surrogates, RTL override, zero-width joiners, BOM, combining marks. */
export const NASTY_CHARACTERS = [
  "\u0000",
  "\ud800",
  "\udfff",
  "\u202e",
  "\u200b",
  "\u200d",
  "\ufeff",
  "\u0301",
  "😀",
  "👩‍👩‍👧",
  "𝕏",
  "ﷺ",
  "\n",
  "\r",
  '"',
  "\\",
];

/** Just past the limits the app enforces (display name, target role, question, star answer, answer, CV, transcript). */
const PAST_LIMITS = [81, 121, 255, 501, 2_001, 5_001, 10_001, 20_001];

/** A string that is odd in one way or another. */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...NASTY_CHARACTERS, "a", " "), maxLength: 40 }),
  fc.record({ length: fc.constantFrom(...PAST_LIMITS), unit: fc.constantFrom("a", "é", "😀", "\u0000") }).map(({ length, unit }) => unit.repeat(length)),
);

/** A deeply nested array or object as JSON text (JSON.parse reads it; JSON.stringify could not write it). */
export const deepJson: fc.Arbitrary<string> = fc
  .record({ depth: fc.constantFrom(1_000, 5_000, 20_000), kind: fc.constantFrom("array", "object") })
  .map(({ depth, kind }) => (kind === "array" ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth)));

/** An object as JSON text, keys in order and duplicates kept (JSON.parse keeps the last). */
export function objectJson(entries: [key: string, json: string][]): string {
  return `{${entries.map(([key, json]) => `${JSON.stringify(key)}:${json}`).join(",")}}`;
}

/** Objects that try to pollute Object.prototype if some code merges them naively. */
const pollutingJson = fc.constantFrom(
  objectJson([["__proto__", objectJson([["polluted", '"yes"']])]]),
  objectJson([["constructor", objectJson([["prototype", objectJson([["polluted", '"yes"']])]])]]),
  objectJson([["prototype", objectJson([["polluted", '"yes"']])]]),
);

/** A JSON value of the wrong kind for almost any field. */
export const wrongJson: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("null", "true", "false", "0", "-1", "-0", "1.5", "1e999", "-1e999", "9007199254740993", '""', "[]", "{}"),
  nastyText.map((text) => JSON.stringify(text)),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  deepJson,
  pollutingJson,
);

/** Keys a body should not have: prototype names, names code often trusts, and odd strings. */
export function extraKey(validKeys: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "admin", "userId", "id", ""),
    ...(validKeys.length ? [fc.constantFrom(...validKeys)] : []),
    nastyText,
  );
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * An object shaped like `valid`: each field kept, dropped, replaced by a wrong value or (for nested objects and
 * arrays of them, a few levels down) shaped the same way, plus unknown fields.
 */
export function shapedLike(valid: Record<string, unknown>, depth = 3): fc.Arbitrary<string> {
  const keys = Object.keys(valid);
  const nested = (value: unknown): fc.Arbitrary<string | null>[] => {
    if (depth <= 1) return [];
    if (isPlainObject(value)) return [shapedLike(value, depth - 1)];
    if (Array.isArray(value) && isPlainObject(value[0])) {
      return [fc.array(shapedLike(value[0], depth - 1), { minLength: 1, maxLength: 3 }).map((items) => `[${items.join(",")}]`)];
    }
    return [];
  };
  const field = (key: string) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant<string | null>(JSON.stringify(valid[key])) },
      { weight: 3, arbitrary: wrongJson },
      { weight: 1, arbitrary: fc.constant<string | null>(null) },
      ...nested(valid[key]).map((arbitrary) => ({ weight: 2, arbitrary })),
    );
  return fc
    .tuple(fc.tuple(...keys.map(field)), fc.array(fc.tuple(extraKey(keys), wrongJson), { maxLength: 3 }))
    .map(([values, extras]) => {
      const kept = keys.flatMap((key, index): [string, string][] => (values[index] === null ? [] : [[key, values[index]!]]));
      return objectJson([...kept, ...extras]);
    });
}

/** Text that is not JSON, or only nearly. */
export const invalidJson: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    "   ",
    "{",
    "[1,]",
    "{'a':1}",
    '{"a":1,}',
    "NaN",
    "undefined",
    "Infinity",
    "\ufeff{}",
    '{"a":1}{"b":2}',
    '{"a":"\\ud800"',
    '"\\u00"',
    "\u0000",
    "[".repeat(30_000),
  ),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc
    .jsonValue()
    .map((value) => JSON.stringify(value))
    .filter((text) => text.length > 1)
    .map((text) => text.slice(0, -1)),
);

/** Bodies past the 64 KB default limit and the star scorer's 32 KB one, as valid JSON. */
export const oversizedJson: fc.Arbitrary<string> = fc
  .constantFrom(33_000, 65_537, 200_000)
  .map((length) => JSON.stringify({ answer: "a".repeat(length) }));

/** Any body a hostile or broken client might send, optionally shaped like `valid`. */
export function hostileBody(valid?: Record<string, unknown>): fc.Arbitrary<string | Uint8Array<ArrayBuffer>> {
  return fc.oneof(
    { weight: valid ? 6 : 0, arbitrary: valid ? shapedLike(valid) : fc.constant("") },
    // The valid input itself now and then, so the paths past validation (and the answer's event stream) run too.
    { weight: valid ? 1 : 0, arbitrary: fc.constant(JSON.stringify(valid ?? null)) },
    { weight: 2, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.anything().map((value) => JSON.stringify(value) ?? "null") },
    { weight: 2, arbitrary: wrongJson },
    { weight: 2, arbitrary: invalidJson },
    { weight: 1, arbitrary: oversizedJson },
    // Bytes that are not UTF-8 at all.
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => new Uint8Array(bytes)) },
  );
}

/** Content types a client might claim, mostly JSON. */
export const contentType: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 4, arbitrary: fc.constant("application/json") },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "application/json; charset=utf-8",
      "application/json; charset=utf-16le",
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=----fuzz",
      "application/octet-stream",
      "*/*",
    ),
  },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** A Content-Length that lies, or none (the request's own). */
export const lyingContentLength: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom("0", "-1", "abc", "1e3", "99999999999") },
);

/** Path segments a client might put where an id or a position goes. */
export function pathSegment(real: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(real) },
    { weight: 1, arbitrary: fc.uuid() },
    {
      weight: 2,
      arbitrary: fc.constantFrom("", "0", "-1", "1.5", "1e3", "0x1", " 1", "NaN", "Infinity", "11", "..", "%00", "\u0000", "x".repeat(5_000), "00000000-0000-0000-0000-000000000000"),
    },
    { weight: 2, arbitrary: nastyText },
  );
}

/** `text` with each lone surrogate replaced, so it can go through encodeURIComponent into a URL. */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}
