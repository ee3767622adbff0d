import Link from "next/link";
import type { AssessmentSummaryView } from "@/lib/assessments/views";
import { StatusBadge } from "./status-badge";

type Props = { slug: string; assessments: AssessmentSummaryView[] };

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** The organisation's assessments, newest first: title, role, state, question count and when it was created. */
export function AssessmentList({ slug, assessments }: Props) {
  if (assessments.length === 0) return <p className="text-slate-600">No assessments yet.</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {assessments.map((assessment) => (
        <li key={assessment.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0">
            <Link href={`/org/${slug}/assessments/${assessment.id}`} className="font-medium break-words text-brand hover:underline">
              {assessment.title}
            </Link>
            <p className="text-sm break-words text-slate-600">{assessment.roleTitle}</p>
          </div>
          <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
            <StatusBadge status={assessment.status} />
            <span>
              {assessment.questionCount} question{assessment.questionCount === 1 ? "" : "s"}
            </span>
            <span>
              Created <time dateTime={assessment.createdAt}>{dateFormat.format(new Date(assessment.createdAt))}</time>
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
