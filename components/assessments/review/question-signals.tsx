import type { ReviewSignal } from "@/lib/assessments/review/review-detail";
import { clock, SIGNAL_LABELS } from "./review-labels";

/** One question's proctoring signals, each with when it happened (from the question's start), how long and how sure. */
export function QuestionSignals({ signals }: { signals: ReviewSignal[] }) {
  if (signals.length === 0) return <p className="text-sm text-slate-600">No integrity signals on this question.</p>;
  return (
    <section aria-label="Integrity signals on this question">
      <p className="text-sm font-medium">Integrity signals</p>
      <ul className="mt-1 space-y-1 text-sm text-slate-700">
        {signals.map((signal, i) => (
          <li key={`${signal.kind}-${signal.atMs}-${i}`}>
            {SIGNAL_LABELS[signal.kind]} at {clock(signal.atMs)}
            {signal.durationMs ? ` for ${(signal.durationMs / 1000).toFixed(1)} s` : ""}
            {typeof signal.confidence === "number" ? `, ${Math.round(signal.confidence * 100)}% confidence` : null}
            {signal.confidence === "low confidence" ? <span className="ml-1 rounded bg-slate-100 px-1 text-xs">low confidence</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
