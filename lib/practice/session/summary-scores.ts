/** Whether a session summary has scores to show. Zod-free (types only), so the browser's summary card can use it. */
import type { SessionSummary } from "./records";

/** False when every answer was rated "insufficient evidence": the summary's numbers are then no judgement. */
export function summaryHasScores(summary: Pick<SessionSummary, "answeredCount" | "insufficientCount">): boolean {
  return (summary.insufficientCount ?? 0) < summary.answeredCount;
}
