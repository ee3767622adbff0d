/**
 * A few phrasing slips common in non-native English that an interviewer notices ("more fast", "responsible to
 * migrate"). Only patterns with a single clear fix are listed, so the suggestion is never wrong about the fix.
 */

export type PhrasingFix = { found: string; better: string };

const COMPARATIVES: Readonly<Record<string, string>> = {
  fast: "faster", quick: "quicker", cheap: "cheaper", slow: "slower", big: "bigger", small: "smaller",
  high: "higher", low: "lower", easy: "easier", short: "shorter", long: "longer", good: "better", bad: "worse",
};

/** "migrate" → "migrating", "plan" → "planning" is not attempted: only verbs whose -ing form is regular. */
function gerund(verb: string): string | null {
  if (/(?:ee|ie|ye|oe)$/.test(verb)) return null;
  if (/[^aeiou]e$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  if (/[aeiou][bdgmnprt]$/.test(verb) && !/[aeiou]{2}[bdgmnprt]$/.test(verb)) return null; // plan, stop: doubled.
  return `${verb}ing`;
}

/**
 * `gate`, when set, is a plain substring test that every match of `re` also passes, so `re` runs only when it can
 * match; most answers have none of these slips. Case-insensitive Unicode regexes such as the "responsible to" one
 * are several times slower than plain ones; its gate's letters (unlike the "s" of "responsible", which `iu` also
 * matches as "ſ") have no other case forms.
 */
const MORE = /more /i;
const RULES: readonly { re: RegExp; gate?: RegExp; fix: (m: RegExpExecArray) => string | null }[] = [
  { re: /\bmore (fast|quick|cheap|slow|big|small|high|low|easy|short|long|good|bad)\b/i, gate: MORE, fix: (m) => COMPARATIVES[(m[1] ?? "").toLowerCase()] ?? null },
  { re: /\bresponsible to (\p{L}+)/iu, gate: /ible to /i, fix: (m) => (gerund((m[1] ?? "").toLowerCase()) ? `responsible for ${gerund((m[1] ?? "").toLowerCase())}` : null) },
  { re: /\bdiscuss(ed)? about\b/i, fix: (m) => `discuss${m[1] ?? ""}` },
  { re: /\bmore better\b/i, gate: MORE, fix: () => "better" },
];

/** Finds phrasing slips in `text`, each with the words as written and a fix. At most one per rule. */
export function findPhrasingFixes(text: string): PhrasingFix[] {
  const out: PhrasingFix[] = [];
  for (const rule of RULES) {
    const m = rule.gate && !rule.gate.test(text) ? null : rule.re.exec(text);
    const better = m ? rule.fix(m) : null;
    if (m && better) out.push({ found: m[0], better });
  }
  return out;
}
