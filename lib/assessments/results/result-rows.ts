/**
 * From the query's rows to the table: the candidate's state, the overall score (the mean of the answers' scores; an
 * "insufficient evidence" answer counts as no score), the per-question cells, the integrity tier; then sorting,
 * filtering and the page. Sorting happens here, not in SQL, because the tier is computed by the rule in
 * integrity-tier.ts; the whole assessment (up to a few thousand invites) is one statement either way. Pure.
 */
import type { AssessmentResultRow } from "@/db/queries/assessment-results";
import type { ReviewDecision } from "@/db/schema";
import { type CandidateInviteState, candidateInviteState } from "@/lib/assessments/invites/invite-state";
import { readTotals } from "@/lib/assessments/candidate/integrity";
import { type IntegrityTier, integrityTier, tierRank } from "./integrity-tier";
import { RESULTS_PAGE_SIZE, type ResultsQuery } from "./schemas";

export type QuestionScore = { position: number; answered: boolean; score: number | null; insufficient: boolean };

export type ResultIntegrity = {
  tier: IntegrityTier;
  /** Camera signals below the confidence threshold exist: shown as "low confidence", never as a number. */
  lowConfidence: boolean;
  tabSwitches: number;
  windowBlurs: number;
  lookAways: number;
  multipleFaces: number;
  /** Share of the answering time with the face confidently lost (0–1), or null when unknown. */
  faceLostShare: number | null;
};

export type ResultRow = {
  inviteId: string;
  candidateName: string;
  status: CandidateInviteState;
  submittedAt: string | null;
  overallScore: number | null;
  questions: QuestionScore[];
  /** Null without an attempt. */
  integrity: ResultIntegrity | null;
  supersededAttempts: number;
  /** Mean human rating (1–5) across the answers, shown above the AI score; null when nobody rated. */
  rating: number | null;
  decision: ReviewDecision | null;
};

export function overallScore(scores: { score: number | null; insufficient: boolean }[]): number | null {
  const scored = scores.filter((s) => !s.insufficient && s.score !== null).map((s) => s.score as number);
  if (scored.length === 0) return null;
  return Math.round((scored.reduce((sum, s) => sum + s, 0) / scored.length) * 10) / 10;
}

function integrityOf(row: AssessmentResultRow): ResultIntegrity | null {
  if (!row.attemptId) return null;
  // After retention deleted the event timeline, the stored totals remain (counts only; confidence unknown).
  const fromTotals = row.eventCount === 0 ? readTotals(row.integrity) : null;
  const signals = fromTotals
    ? { tabSwitches: fromTotals.tab_switch, windowBlurs: fromTotals.window_blur, lookAways: fromTotals.look_away, multipleFaces: fromTotals.multiple_faces, faceLostMs: 0, answeringMs: 0, lowConfidence: 0 }
    : { ...row, answeringMs: row.answeringMs };
  const { tier, lowConfidence, faceLostShare } = integrityTier(signals);
  return { tier, lowConfidence, tabSwitches: signals.tabSwitches, windowBlurs: signals.windowBlurs, lookAways: signals.lookAways, multipleFaces: signals.multipleFaces, faceLostShare };
}

export function toResultRow(row: AssessmentResultRow, positions: number[], now: Date): ResultRow {
  const byPosition = new Map(row.scores.map((s) => [s.position, s]));
  return {
    inviteId: row.inviteId,
    candidateName: row.candidateName,
    status: candidateInviteState({ status: row.inviteStatus, deadlineAt: new Date(row.deadlineAt) }, now),
    submittedAt: row.submittedAt,
    overallScore: overallScore(row.scores),
    questions: positions.map((position) => {
      const answer = byPosition.get(position);
      return { position, answered: Boolean(answer), score: answer && !answer.insufficient ? answer.score : null, insufficient: answer?.insufficient ?? false };
    }),
    integrity: integrityOf(row),
    supersededAttempts: row.supersededAttempts,
    rating: row.rating === null ? null : Number(row.rating),
    decision: row.decision,
  };
}

type Key = string | number | null;
const KEYS: Record<ResultsQuery["sort"], (row: ResultRow) => Key> = {
  candidate: (row) => row.candidateName.toLocaleLowerCase("en"),
  submitted: (row) => row.submittedAt,
  score: (row) => row.overallScore,
  rating: (row) => row.rating,
  tier: (row) => (row.integrity ? tierRank(row.integrity.tier) : null),
};

/** Sorted by the chosen column (rows without a value last, either direction), then by name and invite id. */
export function sortResults(rows: ResultRow[], sort: ResultsQuery["sort"], dir: ResultsQuery["dir"]): ResultRow[] {
  const key = KEYS[sort];
  const sign = dir === "asc" ? 1 : -1;
  const compare = (a: Key, b: Key) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -sign : sign);
  return [...rows].sort(
    (a, b) => compare(key(a), key(b)) || a.candidateName.localeCompare(b.candidateName, "en") || (a.inviteId < b.inviteId ? -1 : 1),
  );
}

export function filterResults(rows: ResultRow[], filter: Pick<ResultsQuery, "status" | "tier">): ResultRow[] {
  return rows.filter((row) => (!filter.status || row.status === filter.status) && (!filter.tier || row.integrity?.tier === filter.tier));
}

export type ResultsPage = { rows: ResultRow[]; page: number; pageCount: number; total: number };

/** Offset pagination, RESULTS_PAGE_SIZE a page; a page past the end shows the last. */
export function pageOf(rows: ResultRow[], page: number): ResultsPage {
  const pageCount = Math.max(1, Math.ceil(rows.length / RESULTS_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  return { rows: rows.slice((current - 1) * RESULTS_PAGE_SIZE, current * RESULTS_PAGE_SIZE), page: current, pageCount, total: rows.length };
}
