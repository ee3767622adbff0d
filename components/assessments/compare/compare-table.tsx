import Link from "next/link";
import type { CandidateComparison } from "@/lib/assessments/review/compare-rows";
import { CompareAnswerCell } from "./compare-cell";

const DECISION_LABELS = {
  advance: "Advance",
  hold: "Hold",
  reject: "Reject",
} as const;

type Props = { comparison: CandidateComparison; candidatesBase: string };

/** One column per candidate, one row per question; scrolls sideways inside its own box on narrow screens. */
export function CompareTable({ comparison, candidatesBase }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="Comparison table, scrolls sideways">
      <table className="min-w-full table-fixed divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="w-40 px-3 py-2 text-left font-medium">
              Question
            </th>
            {comparison.candidates.map((candidate) => (
              <th key={candidate.inviteId} scope="col" className="w-64 min-w-56 px-3 py-2 text-left align-top font-medium" data-testid="compare-candidate">
                <Link href={`${candidatesBase}/${candidate.inviteId}`} className="text-brand break-words hover:underline">
                  {candidate.candidateName}
                </Link>
                <span className="block text-xs font-normal text-slate-700">Integrity: {candidate.tier?.label ?? "—"}</span>
                <span className="block text-xs font-normal text-slate-700">Decision: {candidate.decision ? DECISION_LABELS[candidate.decision] : "—"}</span>
                <span className="block text-xs font-normal text-slate-700">Rating: {candidate.rating === null ? "—" : `${candidate.rating} / 5`}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {comparison.rows.map((row) => (
            <tr key={row.position} data-testid="compare-row">
              <th scope="row" className="px-3 py-2 text-left align-top font-medium break-words">
                Q{row.position}. <span className="font-normal">{row.question}</span>
              </th>
              {row.cells.map((cell, i) => (
                <td key={comparison.candidates[i]!.inviteId} className="px-3 py-2 align-top">
                  <CompareAnswerCell cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
