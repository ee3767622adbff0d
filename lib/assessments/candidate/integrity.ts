/**
 * The integrity log of an attempt: proctoring signals counted per question and in total, with when each happened
 * (milliseconds from the question's start). The candidate's receipt and the reviewers' view show the same log. Pure.
 */
import { PROCTORING_EVENT_KINDS, type ProctoringEventKind } from "@/db/schema/assessments";

export type IntegrityCounts = Record<ProctoringEventKind, number>;
export type IntegrityEvent = { position: number; kind: ProctoringEventKind; atMs: number; durationMs: number | null };
export type IntegrityLog = {
  perQuestion: { position: number; counts: IntegrityCounts; events: { kind: ProctoringEventKind; atMs: number; durationMs: number | null }[] }[];
  totals: IntegrityCounts;
};

export function emptyCounts(): IntegrityCounts {
  return Object.fromEntries(PROCTORING_EVENT_KINDS.map((kind) => [kind, 0])) as IntegrityCounts;
}

/** Running totals stored on the attempt (`assessment_attempts.integrity.totals`), read back leniently. */
export function readTotals(integrity: unknown): IntegrityCounts {
  const totals = emptyCounts();
  const stored = (integrity as { totals?: Record<string, unknown> } | null)?.totals;
  for (const kind of PROCTORING_EVENT_KINDS) {
    const value = stored?.[kind];
    if (typeof value === "number" && Number.isInteger(value) && value >= 0) totals[kind] = value;
  }
  return totals;
}

export function addCounts(totals: IntegrityCounts, events: { kind: ProctoringEventKind }[]): IntegrityCounts {
  const next = { ...totals };
  for (const event of events) next[event.kind] += 1;
  return next;
}

/** The log for `positions` (every question, events or not), in question order. */
export function integrityLog(positions: number[], events: IntegrityEvent[]): IntegrityLog {
  const perQuestion = [...positions]
    .sort((a, b) => a - b)
    .map((position) => {
      const own = events.filter((event) => event.position === position).sort((a, b) => a.atMs - b.atMs);
      return {
        position,
        counts: addCounts(emptyCounts(), own),
        events: own.map(({ kind, atMs, durationMs }) => ({ kind, atMs, durationMs })),
      };
    });
  return { perQuestion, totals: addCounts(emptyCounts(), events) };
}
