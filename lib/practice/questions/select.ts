/**
 * The offline question engine: picks a practice session's questions from the curated bank, ranked by relevance to
 * the candidate's profile and job description (see `relevance.ts` for the formula), then spread across
 * competencies. Pure and deterministic: no randomness, no clock, no I/O, so a session can be reproduced exactly.
 */
import { QUESTION_BANK } from "./bank";
import {
  buildRelevanceContext,
  fitsCandidate,
  focusFamilies,
  type RelevanceContext,
  type ScoredQuestion,
  scoreQuestion,
  type SelectionProfile,
} from "./relevance";
import { stableHash } from "./text";
import {
  type BankQuestion,
  type Competency,
  COMPETENCY_LABELS,
  type InterviewType,
  MAX_QUESTIONS,
  MIN_QUESTIONS,
  type QuestionKind,
  ROLE_FAMILY_LABELS,
} from "./types";

/** What `selectQuestions` needs; parse untrusted input with `questionSelectionInputSchema` first. */
export type QuestionSelectionInput = {
  type: InterviewType;
  /** From 3 to 10. */
  count: number;
  profile?: SelectionProfile;
  jobDescription?: string | null;
};

/** A chosen question, with the reason it was chosen in words the candidate can read. */
export type SelectedQuestion = {
  id: string;
  text: string;
  kind: QuestionKind;
  competencies: Competency[];
  reason: string;
  followUp?: string;
};

/** Reasons quote at most this many factors, so they stay one short line. */
const MAX_REASON_PARTS = 2;

type Ranked = ScoredQuestion & { tieBreak: number };

function rank(questions: readonly BankQuestion[], context: RelevanceContext, seed: number): Ranked[] {
  return questions
    .map((question) => ({ ...scoreQuestion(question, context), tieBreak: stableHash(`${seed}|${question.id}`) }))
    .sort((a, b) => b.score - a.score || a.tieBreak - b.tieBreak || a.question.id.localeCompare(b.question.id));
}

/**
 * Takes the best-ranked questions while never repeating a primary competency already used in this part of the
 * session, until every primary competency in the pool has been used; then a new round starts. Behavioural and
 * role-specific parts keep separate sets: a role question tagged "influence" (handling a price objection) practises
 * something quite different from a behavioural influence story, and sharing the set would push the most relevant
 * role questions out of a mixed session.
 */
function pickDiverse(ranked: Ranked[], count: number, used: Set<Competency>, taken: Set<string>): Ranked[] {
  const remaining = ranked.filter((entry) => !taken.has(entry.question.id));
  const picked: Ranked[] = [];
  while (picked.length < count && remaining.length > 0) {
    let index = remaining.findIndex((entry) => !used.has(entry.question.competencies[0] as Competency));
    if (index === -1) {
      used.clear();
      index = 0;
    }
    const [entry] = remaining.splice(index, 1);
    if (!entry) break;
    picked.push(entry);
    used.add(entry.question.competencies[0] as Competency);
    taken.add(entry.question.id);
  }
  return picked;
}

function reasonFor(entry: ScoredQuestion): string {
  const parts = [...new Set(entry.contributions.map((contribution) => contribution.reason))].slice(0, MAX_REASON_PARTS);
  if (parts.length > 0) {
    const sentence = parts.join("; ");
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
  }
  const { question } = entry;
  const primary = question.competencies[0];
  if (question.kind === "behavioural" && primary) return `A widely asked question on ${COMPETENCY_LABELS[primary]}`;
  const family = question.roleFamilies.find((value) => value !== "any" && value !== "general");
  return family ? `A core question for ${ROLE_FAMILY_LABELS[family]} roles` : "A question that suits any role";
}

function toSelected(entry: ScoredQuestion): SelectedQuestion {
  const { question } = entry;
  return {
    id: question.id,
    text: question.text,
    kind: question.kind,
    competencies: [...question.competencies],
    reason: reasonFor(entry),
    ...(question.followUp ? { followUp: question.followUp } : {}),
  };
}

/**
 * Chooses `count` questions for a practice session.
 *
 * - `behavioural`: behavioural questions only.
 * - `role_specific`: questions for the role families inferred from the target role, job description and CV,
 *   topped up with general role questions when those families run short.
 * - `mixed`: the larger half behavioural (asked first), the rest role-specific.
 *
 * Same input, same output: ties are broken by a stable hash of the input, so different candidates with equally
 * relevant options still see different questions. Throws a `RangeError` for a count outside 3–10.
 */
export function selectQuestions(input: QuestionSelectionInput): SelectedQuestion[] {
  const { type, count } = input;
  if (!Number.isInteger(count) || count < MIN_QUESTIONS || count > MAX_QUESTIONS) {
    throw new RangeError(`count must be a whole number from ${MIN_QUESTIONS} to ${MAX_QUESTIONS}; got ${count}`);
  }
  const profile = input.profile ?? {};
  const context = buildRelevanceContext(profile, input.jobDescription);
  // The count is left out so that a longer session starts with the same questions as a shorter one.
  const seed = stableHash(
    [type, profile.targetRole, input.jobDescription, profile.goals, profile.cvText]
      .map((value) => (value ?? "").trim().toLowerCase())
      .join("\u0000"),
  );

  const behaviouralCount = type === "behavioural" ? count : type === "mixed" ? Math.ceil(count / 2) : 0;
  const taken = new Set<string>();
  const behavioural = QUESTION_BANK.filter((q) => q.kind === "behavioural" && fitsCandidate(q, context));
  const picked = pickDiverse(rank(behavioural, context, seed), behaviouralCount, new Set(), taken);

  const families = focusFamilies(context);
  const roleSpecific = QUESTION_BANK.filter((q) => q.kind === "role_specific");
  const tiers = [
    roleSpecific.filter((q) => q.roleFamilies.some((family) => family !== "any" && families.includes(family))),
    roleSpecific.filter((q) => q.roleFamilies.includes("general")),
    // Unreachable with the shipped bank (it has ten general questions); keeps the count promise if it ever shrinks.
    behavioural,
  ];
  // One set across the tiers: general top-ups should still cover competencies the family questions missed.
  const used = new Set<Competency>();
  for (const tier of tiers) {
    if (picked.length >= count) break;
    picked.push(...pickDiverse(rank(tier, context, seed), count - picked.length, used, taken));
  }
  return picked.map(toSelected);
}
