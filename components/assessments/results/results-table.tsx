import Link from "next/link";
import type { ResultRow } from "@/lib/assessments/results/result-rows";
import type { ResultSort, ResultsQuery } from "@/lib/assessments/results/schemas";
import { formatDeadline, STATE_BADGES } from "@/components/assessments/candidates/candidate-labels";
import { CompareCheckbox, CompareForm } from "./compare-selection";
import { IntegrityCell } from "./integrity-cell";
import { sortHref } from "./results-links";

/** `candidatesBase` is the candidate pages' path prefix (each row links to `${candidatesBase}/${inviteId}`); `compareAction` the compare page. */
type Props = { base: string; candidatesBase: string; compareAction: string; query: ResultsQuery; positions: number[]; rows: ResultRow[] };

const DECISION_LABELS = { advance: "Advance", hold: "Hold", reject: "Reject" } as const;

function SortHeader({ label, sort, base, query }: { label: string; sort: ResultSort; base: string; query: ResultsQuery }) {
  const active = query.sort === sort;
  const ariaSort = active ? (query.dir === "asc" ? "ascending" : "descending") : "none";
  return (
    <th scope="col" aria-sort={ariaSort} className="px-3 py-2 text-left font-medium whitespace-nowrap">
      <Link href={sortHref(base, query, sort)} className="text-brand hover:underline">
        {label}
        {active ? <span aria-hidden="true">{query.dir === "asc" ? " ▲" : " ▼"}</span> : null}
      </Link>
    </th>
  );
}

function QuestionCell({ question }: { question: ResultRow["questions"][number] }) {
  if (question.insufficient) return <span className="text-xs text-slate-600">Insufficient evidence</span>;
  if (!question.answered) return <span className="text-slate-500">—</span>;
  return <span>{question.score ?? "—"}</span>;
}

/** The results as a table that scrolls sideways inside its own box on narrow screens; headers sort by link. */
export function ResultsTable({ base, candidatesBase, compareAction, query, positions, rows }: Props) {
  if (rows.length === 0) return <p className="text-slate-600">No candidates match these filters.</p>;
  return (
    <CompareForm action={compareAction}>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="Results table, scrolls sideways">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                <span className="sr-only">Compare</span>
              </th>
              <SortHeader label="Candidate" sort="candidate" base={base} query={query} />
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Status
              </th>
              <SortHeader label="Submitted" sort="submitted" base={base} query={query} />
              <SortHeader label="Rating" sort="rating" base={base} query={query} />
              <SortHeader label="Overall score" sort="score" base={base} query={query} />
              {positions.map((position) => (
                <th key={position} scope="col" className="px-3 py-2 text-left font-medium whitespace-nowrap">
                  Q{position}
                </th>
              ))}
              <SortHeader label="Integrity" sort="tier" base={base} query={query} />
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Decision
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.map((row) => (
              <tr key={row.inviteId} data-testid="result-row">
                <td className="px-3 py-2">
                  <CompareCheckbox inviteId={row.inviteId} candidateName={row.candidateName} />
                </td>
                <th scope="row" className="px-3 py-2 text-left font-medium break-words">
                  <Link href={`${candidatesBase}/${row.inviteId}`} className="text-brand hover:underline">
                    {row.candidateName}
                  </Link>
                  {row.supersededAttempts ? <span className="block text-xs font-normal text-slate-600">Reset: an earlier attempt is kept</span> : null}
                </th>
                <td className="px-3 py-2">
                  <span className={`rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${STATE_BADGES[row.status].className}`}>{STATE_BADGES[row.status].label}</span>
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{row.submittedAt ? formatDeadline(row.submittedAt) : "—"}</td>
                <td className="px-3 py-2 font-medium whitespace-nowrap">{row.rating === null ? "—" : `${row.rating} / 5`}</td>
                <td className="px-3 py-2 font-medium">{row.overallScore ?? "—"}</td>
                {row.questions.map((question) => (
                  <td key={question.position} className="px-3 py-2">
                    <QuestionCell question={question} />
                  </td>
                ))}
                <td className="min-w-40 px-3 py-2">
                  <IntegrityCell integrity={row.integrity} />
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{row.decision ? DECISION_LABELS[row.decision] : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </CompareForm>
  );
}
