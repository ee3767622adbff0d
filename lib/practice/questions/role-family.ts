/**
 * Infers which role families a text (a target role, a job description or a CV) points at, from the weighted lexicon
 * in `role-lexicon.ts`. Pure and deterministic: the same text always gives the same weights in the same order.
 */
import { ROLE_LEXICON } from "./role-lexicon";
import { findPhrase, type IndexedText, indexText, termVariants } from "./text";
import { ROLE_FAMILIES, type RoleFamily } from "./types";

/** One inferred family; weights across the returned list sum to 1. */
export type RoleFamilyWeight = { family: RoleFamily; weight: number };

/** A long job description repeats its key words: past three mentions a term adds nothing, so no word dominates. */
const MAX_MENTIONS_PER_TERM = 3;

/** Families below this share of the total are noise (a CV that mentions Excel once is not a finance CV). */
const MIN_SHARE = 0.08;

type CompiledTerm = { stems: string[]; weights: Partial<Record<RoleFamily, number>> };

let compiled: CompiledTerm[] | undefined;

/**
 * Compiles the lexicon once: stems every spelling of every term, merges spellings that stem alike, and orders longest
 * first.
 */
function compiledLexicon(): CompiledTerm[] {
  if (compiled) return compiled;
  const byKey = new Map<string, CompiledTerm>();
  for (const family of ROLE_FAMILIES) {
    for (const [term, weight] of Object.entries(ROLE_LEXICON[family] ?? {})) {
      for (const stems of termVariants(term)) {
        const key = stems.join(" ");
        const entry = byKey.get(key) ?? { stems, weights: {} };
        // "lead a team" and "leading a team" stem alike: keep the larger weight rather than counting the term twice.
        entry.weights[family] = Math.max(entry.weights[family] ?? 0, weight);
        byKey.set(key, entry);
      }
    }
  }
  const key = (term: CompiledTerm) => term.stems.join(" ");
  compiled = [...byKey.values()].sort((a, b) => b.stems.length - a.stems.length || key(a).localeCompare(key(b)));
  return compiled;
}

/** Raw family scores for an indexed text, before normalising. Exposed to `select.ts` to avoid re-tokenising. */
export function scoreRoleFamilies(text: IndexedText): Map<RoleFamily, number> {
  const consumed = new Set<number>();
  const scores = new Map<RoleFamily, number>();
  for (const term of compiledLexicon()) {
    let mentions = 0;
    for (const start of findPhrase(text, term.stems)) {
      const span = term.stems.map((_, i) => start + i);
      if (span.some((position) => consumed.has(position))) continue;
      span.forEach((position) => consumed.add(position));
      mentions += 1;
    }
    if (mentions === 0) continue;
    for (const [family, weight] of Object.entries(term.weights) as [RoleFamily, number][]) {
      scores.set(family, (scores.get(family) ?? 0) + weight * Math.min(mentions, MAX_MENTIONS_PER_TERM));
    }
  }
  return scores;
}

/** Turns raw scores into shares that sum to 1, dropping noise; no signal at all means `general`. */
export function normaliseFamilyScores(scores: Map<RoleFamily, number>): RoleFamilyWeight[] {
  const total = [...scores.values()].reduce((sum, value) => sum + value, 0);
  if (total <= 0) return [{ family: "general", weight: 1 }];
  const kept = ROLE_FAMILIES.map((family) => ({ family, share: (scores.get(family) ?? 0) / total })).filter(
    (entry) => entry.share >= MIN_SHARE,
  );
  const keptTotal = kept.reduce((sum, entry) => sum + entry.share, 0);
  return kept
    .map(({ family, share }) => ({ family, weight: Math.round((share / keptTotal) * 1000) / 1000 }))
    .sort((a, b) => b.weight - a.weight || ROLE_FAMILIES.indexOf(a.family) - ROLE_FAMILIES.indexOf(b.family));
}

/**
 * Infers role families from free text, strongest first, with weights that sum to 1 (rounded to three places).
 * Empty or unrecognised text gives `[{ family: "general", weight: 1 }]`.
 *
 * @example inferRoleFamilies("Senior Backend Engineer (Go, Kubernetes)")[0].family // "software_engineering"
 */
export function inferRoleFamilies(text: string): RoleFamilyWeight[] {
  return normaliseFamilyScores(scoreRoleFamilies(indexText(text)));
}
