/**
 * How relevant one bank question is to one candidate. Every point a question earns is recorded with a plain-words
 * reason, so the candidate can be told why a question was chosen and the scoring stays easy to audit.
 *
 * score = family match      Σ over target role (×3), job description (×2), CV (×1) of that text's share in the
 *                           question's best-matching family (so at most 6); halved for the few behavioural questions
 *                           tagged with a family, so they flavour a behavioural set rather than fill it
 *       + keyword overlap   per distinct question keyword found: target role 2 (role-specific questions only: a
 *                           title like "Account Executive" says nothing about behavioural keywords such as
 *                           "executive"), job description 1.5, goals 1.5, CV 0.75; at most 3 keywords per text
 *       + goal emphasis     10 when the goals name the question's primary competency, else 4 for a secondary one
 *       + JD emphasis       2 when the job description names the primary competency, else 1 for a secondary one
 *       + prior             0.5 for behavioural questions on the classic competencies and for the two classic
 *                           openers ("walk me through your CV", "why this role"), so an empty profile still gets
 *                           the questions most interviews ask
 */
import { COMPETENCY_LEXICON } from "./competency-lexicon";
import { normaliseFamilyScores, scoreRoleFamilies } from "./role-family";
import { findTerm, type IndexedText, indexText, surfaceAt, termVariants } from "./text";
import {
  type BankQuestion,
  COMPETENCIES,
  type Competency,
  COMPETENCY_LABELS,
  ROLE_FAMILIES,
  ROLE_FAMILY_LABELS,
  type RoleFamily,
} from "./types";

/** The saved profile fields the engine reads; null and empty mean "not given". */
export type SelectionProfile = { cvText?: string | null; targetRole?: string | null; goals?: string | null };

type Source = "targetRole" | "jobDescription" | "goals" | "cv";

/** Points for one reason a question is relevant. */
export type Contribution = { points: number; reason: string };
export type ScoredQuestion = { question: BankQuestion; score: number; contributions: Contribution[] };

/** Everything about the candidate the scorer needs, computed once per selection. */
export type RelevanceContext = {
  texts: Partial<Record<Source, IndexedText>>;
  /** Per family, the weighted share from each text (target role ×3, JD ×2, CV ×1). */
  familyAffinity: Map<RoleFamily, Partial<Record<Source, number>>>;
  /** Competencies named in the goals, with the word that named them. */
  goalCompetencies: Map<Competency, string>;
  jobCompetencies: Map<Competency, string>;
};

/** The target role says most about the interview the candidate faces; a CV also describes roles they have left. */
const FAMILY_SOURCE_WEIGHTS = { targetRole: 3, jobDescription: 2, cv: 1 } as const;
const KEYWORD_POINTS: Record<Source, number> = { targetRole: 2, jobDescription: 1.5, goals: 1.5, cv: 0.75 };
/** A long CV mentions everything once; capping matches keeps it from outweighing the target role. */
const MAX_KEYWORDS_PER_SOURCE = 3;
/** The goals are the candidate saying what they want to practise, so they outrank every inferred signal. */
const GOAL_PRIMARY_POINTS = 10;
const GOAL_SECONDARY_POINTS = 4;
/** Every advert asks for "communication" and "stakeholders": a nudge, not a steer. */
const JOB_PRIMARY_POINTS = 2;
const JOB_SECONDARY_POINTS = 1;
/** Small enough to only break ties between otherwise unranked questions. */
const CLASSIC_PRIOR = 0.5;
const BEHAVIOURAL_FAMILY_SCALE = 0.5;
const OPENER_IDS = new Set(["gen-01", "gen-02"]);
/** The competencies nearly every interview loop probes. */
const CLASSIC_COMPETENCIES = new Set<Competency>([
  "conflict", "leadership", "failure", "ownership", "teamwork", "prioritisation", "communication",
]);
/** A family needs this share of the strongest family's affinity to count as a focus of the session. */
const FOCUS_THRESHOLD = 0.35;
const MAX_FOCUS_FAMILIES = 3;

const WHERE: Record<Source, string> = {
  targetRole: "your target role",
  jobDescription: "the job description",
  goals: "your goals",
  cv: "your CV",
};

/** A term as written (for reasons) and every spelling it matches. */
type Term = { label: string; variants: string[][] };

const keywordCache = new Map<string, Term[]>();
const competencyTerms = COMPETENCIES.map((competency) => ({
  competency,
  terms: COMPETENCY_LEXICON[competency]
    .map((label) => ({ label, variants: termVariants(label) }))
    .filter((term) => term.variants.length > 0),
}));

function present(text: string | null | undefined): text is string {
  return typeof text === "string" && text.trim() !== "";
}

/**
 * Where a term occurs, quoted as the text has it when that is one word or compound ("on-call", never a fragment of
 * one), else as the term is written (stopwords would be missing from the text's own words).
 */
function matchTerm(text: IndexedText, term: Term): string | undefined {
  const match = findTerm(text, term.variants);
  if (!match) return undefined;
  return match.length === 1 ? surfaceAt(text, match.start, 1) : term.label;
}

/** The first term found in the text, quoted as `matchTerm` does. */
function firstMatch(text: IndexedText, terms: Term[]): string | undefined {
  for (const term of terms) {
    const word = matchTerm(text, term);
    if (word) return word;
  }
  return undefined;
}

function competenciesIn(text: IndexedText | undefined): Map<Competency, string> {
  const found = new Map<Competency, string>();
  if (!text) return found;
  for (const { competency, terms } of competencyTerms) {
    const word = firstMatch(text, terms);
    if (word) found.set(competency, word);
  }
  return found;
}

/** Tokenises the candidate's texts once and works out their role families and emphasised competencies. */
export function buildRelevanceContext(profile: SelectionProfile, jobDescription?: string | null): RelevanceContext {
  const raw: Record<Source, string | null | undefined> = {
    targetRole: profile.targetRole,
    jobDescription,
    goals: profile.goals,
    cv: profile.cvText,
  };
  const texts: Partial<Record<Source, IndexedText>> = {};
  for (const source of Object.keys(raw) as Source[]) {
    const value = raw[source];
    if (present(value)) texts[source] = indexText(value);
  }

  const familyAffinity = new Map<RoleFamily, Partial<Record<Source, number>>>();
  for (const source of Object.keys(FAMILY_SOURCE_WEIGHTS) as (keyof typeof FAMILY_SOURCE_WEIGHTS)[]) {
    const text = texts[source];
    if (!text) continue;
    for (const { family, weight } of normaliseFamilyScores(scoreRoleFamilies(text))) {
      const entry = familyAffinity.get(family) ?? {};
      entry[source] = weight * FAMILY_SOURCE_WEIGHTS[source];
      familyAffinity.set(family, entry);
    }
  }
  // Nothing to go on: the general questions are the right ones, and the reason says so.
  if (familyAffinity.size === 0) familyAffinity.set("general", {});

  return {
    texts,
    familyAffinity,
    goalCompetencies: competenciesIn(texts.goals),
    jobCompetencies: competenciesIn(texts.jobDescription),
  };
}

function affinityTotal(bySource: Partial<Record<Source, number>>): number {
  return Object.values(bySource).reduce((sum, value) => sum + value, 0);
}

/**
 * The families a role-specific session should draw from, strongest first: every family within reach of the
 * strongest (an engineering manager gets leadership and engineering), or `general` when nothing specific was found.
 */
export function focusFamilies(context: RelevanceContext): RoleFamily[] {
  const ranked = ROLE_FAMILIES.filter((family) => family !== "general" && context.familyAffinity.has(family))
    .map((family) => ({ family, total: affinityTotal(context.familyAffinity.get(family) ?? {}) }))
    .sort((a, b) => b.total - a.total || ROLE_FAMILIES.indexOf(a.family) - ROLE_FAMILIES.indexOf(b.family));
  const top = ranked[0]?.total ?? 0;
  if (top <= 0) return ["general"];
  return ranked
    .filter((entry) => entry.total >= top * FOCUS_THRESHOLD)
    .slice(0, MAX_FOCUS_FAMILIES)
    .map((entry) => entry.family);
}

function familyContribution(question: BankQuestion, context: RelevanceContext): Contribution | undefined {
  let best: { family: RoleFamily; bySource: Partial<Record<Source, number>>; total: number } | undefined;
  for (const family of question.roleFamilies) {
    if (family === "any") continue;
    const bySource = context.familyAffinity.get(family);
    if (!bySource) continue;
    const total = affinityTotal(bySource);
    if (!best || total > best.total) best = { family, bySource, total };
  }
  if (!best) return undefined;
  const scale = question.kind === "behavioural" ? BEHAVIOURAL_FAMILY_SCALE : 1;
  if (best.family === "general") {
    return { points: Math.max(best.total, 1) * scale, reason: "A question that suits any role" };
  }
  const [strongest] = (Object.entries(best.bySource) as [Source, number][]).sort((a, b) => b[1] - a[1]);
  const label = ROLE_FAMILY_LABELS[best.family];
  const reason =
    strongest?.[0] === "targetRole"
      ? `Fits your target role (${label})`
      : strongest?.[0] === "jobDescription"
        ? `Fits the ${label} focus of the job description`
        : `Fits the ${label} experience in your CV`;
  return { points: best.total * scale, reason };
}

function keywordTerms(question: BankQuestion): Term[] {
  let terms = keywordCache.get(question.id);
  if (!terms) {
    terms = question.keywords
      .map((label) => ({ label, variants: termVariants(label) }))
      .filter((term) => term.variants.length > 0);
    keywordCache.set(question.id, terms);
  }
  return terms;
}

function keywordContributions(question: BankQuestion, context: RelevanceContext): Contribution[] {
  const contributions: Contribution[] = [];
  const terms = keywordTerms(question);
  for (const source of Object.keys(KEYWORD_POINTS) as Source[]) {
    const text = context.texts[source];
    if (!text || (source === "targetRole" && question.kind === "behavioural")) continue;
    let matched = 0;
    for (const term of terms) {
      if (matched >= MAX_KEYWORDS_PER_SOURCE) break;
      const word = matchTerm(text, term);
      if (!word) continue;
      matched += 1;
      contributions.push({ points: KEYWORD_POINTS[source], reason: `Matches '${word}' in ${WHERE[source]}` });
    }
  }
  return contributions;
}

function competencyContributions(question: BankQuestion, context: RelevanceContext): Contribution[] {
  const contributions: Contribution[] = [];
  const [primary, ...secondary] = question.competencies;
  const emphasis = (found: Map<Competency, string>, primaryPoints: number, secondaryPoints: number) => {
    if (primary && found.has(primary)) return { competency: primary, word: found.get(primary), points: primaryPoints };
    const hit = secondary.find((competency) => found.has(competency));
    return hit ? { competency: hit, word: found.get(hit), points: secondaryPoints } : undefined;
  };
  const goal = emphasis(context.goalCompetencies, GOAL_PRIMARY_POINTS, GOAL_SECONDARY_POINTS);
  if (goal) {
    const label = COMPETENCY_LABELS[goal.competency];
    const reason = `Practises ${label}, which your goals mention ('${goal.word}')`;
    contributions.push({ points: goal.points, reason });
  }
  const job = emphasis(context.jobCompetencies, JOB_PRIMARY_POINTS, JOB_SECONDARY_POINTS);
  if (job) contributions.push({ points: job.points, reason: `Matches '${job.word}' in the job description` });
  return contributions;
}

/** Scores one question against the candidate; `contributions` lists every reason, largest first. */
export function scoreQuestion(question: BankQuestion, context: RelevanceContext): ScoredQuestion {
  const contributions = [
    familyContribution(question, context),
    ...keywordContributions(question, context),
    ...competencyContributions(question, context),
  ].filter((entry): entry is Contribution => entry !== undefined);
  const primary = question.competencies[0];
  const classic = question.kind === "behavioural" && primary !== undefined && CLASSIC_COMPETENCIES.has(primary);
  const prior = classic || OPENER_IDS.has(question.id) ? CLASSIC_PRIOR : 0;
  const score = contributions.reduce((sum, entry) => sum + entry.points, prior);
  contributions.sort((a, b) => b.points - a.points);
  // Rounded so that float noise from summing in a different order can never change a ranking.
  return { question, score: Math.round(score * 1000) / 1000, contributions };
}

/** Whether a family-tagged behavioural question fits this candidate (an `any` question always does). */
export function fitsCandidate(question: BankQuestion, context: RelevanceContext): boolean {
  return question.roleFamilies.some(
    (family) => family === "any" || (family !== "general" && context.familyAffinity.has(family)),
  );
}
