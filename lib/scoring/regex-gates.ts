/**
 * Cheap gates in front of many regexes. Reading a sentence runs some sixty cue patterns, and almost every one of them
 * fails. One regex made of several alternatives scans the text once and is several times cheaper than testing each
 * of them in turn, so the engine tests a whole list at once and tests the members one by one only when it matches.
 * The gates are built from the patterns' own sources, so they cannot drift from the cues they stand for.
 */
import type { Cue } from "./star-cues";

/** Splits a regex source at its top-level `|`, minding escapes, character classes and groups. */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/**
 * One regex that matches a string exactly when at least one of `patterns` does (for `test`; its match and groups
 * are not the members'). The patterns must share their flags and be neither global nor sticky, whose `test` depends
 * on lastIndex, nor name or refer to their own groups, which joining would duplicate or renumber. Alternatives that
 * open with \b share one: `\b(?:a|b|…)` fails mid-word after a single check, where `\ba|\bb|…` tries each
 * alternative at every letter.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  const flags = patterns[0]?.flags ?? "";
  for (const re of patterns) {
    if (re.flags !== flags || re.global || re.sticky) throw new Error(`anyOf: ${re} must have flags "${flags}", without g or y`);
    if (/\\[1-9]|\\k<|\(\?<[^=!]/.test(re.source)) throw new Error(`anyOf: ${re} names or refers to its own groups`);
  }
  if (patterns.length === 0) return /(?!)/;
  const alternatives = patterns.flatMap((re) => topLevelAlternatives(re.source));
  const bounded = alternatives.filter((a) => a.startsWith("\\b")).map((a) => a.slice(2));
  const others = alternatives.filter((a) => !a.startsWith("\\b")).map((a) => `(?:${a})`);
  const joined = bounded.length > 0 ? [`\\b(?:${bounded.join("|")})`, ...others] : others;
  return new RegExp(joined.join("|"), flags);
}

/** A cue list split into runs, in list order; a run with a gate is skipped whole when the gate does not match. */
export type GatedCues = readonly { gate: RegExp | null; cues: readonly Cue[] }[];

/**
 * Puts a cue list behind gates (see `anyOf`): each run of consecutive cues without `often` shares one gate, and each
 * `often` cue is tested on its own.
 */
export function gateCues(cues: readonly Cue[]): GatedCues {
  const runs: Cue[][] = [];
  let open: Cue[] | null = null; // the run of cues without `often` being built
  for (const cue of cues) {
    if (cue.often) {
      runs.push([cue]);
      open = null;
    } else if (open) open.push(cue);
    else runs.push((open = [cue]));
  }
  // A run of one cue needs no gate in front of it.
  return runs.map((members) => ({ gate: members.length > 1 ? anyOf(members.map((c) => c.re)) : null, cues: members }));
}

/** Sum of the weights of the cues that match `text`, added in list order, as a plain loop over the list would. */
export function sumCues(runs: GatedCues, text: string): number {
  let sum = 0;
  for (const { gate, cues } of runs) {
    if (gate && !gate.test(text)) continue;
    for (const c of cues) if (c.re.test(text)) sum += c.w;
  }
  return sum;
}
