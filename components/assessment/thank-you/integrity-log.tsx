import { formatDuration } from "@/lib/practice/client/timer";
import { PROCTORING_KINDS, type CandidateReceipt, type ProctoringKind } from "@/lib/assessments/client/candidate-types";

export const KIND_LABELS: Record<ProctoringKind, string> = {
  tab_switch: "Tab switches",
  window_blur: "Window lost focus",
  look_away: "Looked away (over 1 s)",
  multiple_faces: "More than one face",
  face_lost: "Face left the picture",
};

/** The integrity log exactly as reviewers see it: counts per question, then each signal's time from the question's start. */
export function IntegrityLog({ integrity }: { integrity: CandidateReceipt["integrity"] }) {
  const rows = [...integrity.perQuestion].sort((a, b) => a.position - b.position);
  return (
    <section aria-labelledby="integrity-heading" className="space-y-3" data-testid="assessment-integrity-log">
      <h2 id="integrity-heading" className="font-semibold">
        Integrity log
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[20rem] text-left text-sm">
          <caption className="sr-only">Signals counted per question</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-1 pr-2">
                Signal
              </th>
              {rows.map((row) => (
                <th key={row.position} scope="col" className="px-2 py-1 text-right">
                  Q{row.position}
                </th>
              ))}
              <th scope="col" className="py-1 pl-2 text-right">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {PROCTORING_KINDS.map((kind) => (
              <tr key={kind} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-2 font-normal">
                  {KIND_LABELS[kind]}
                </th>
                {rows.map((row) => (
                  <td key={row.position} className="px-2 py-1 text-right font-mono">
                    {row.counts[kind] ?? 0}
                  </td>
                ))}
                <td className="py-1 pl-2 text-right font-mono">{integrity.totals[kind] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.some((row) => row.events.length > 0) ? (
        <ul className="space-y-2 text-sm">
          {rows
            .filter((row) => row.events.length > 0)
            .map((row) => (
              <li key={row.position}>
                <span className="font-medium">Question {row.position}:</span>{" "}
                {row.events
                  .map((event) => `${KIND_LABELS[event.kind] ?? event.kind} at ${formatDuration(event.atMs)}${event.durationMs ? ` for ${formatDuration(event.durationMs)}` : ""}`)
                  .join("; ")}
              </li>
            ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No signals were recorded.</p>
      )}
    </section>
  );
}
