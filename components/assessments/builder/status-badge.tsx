import type { AssessmentStatus } from "@/db/schema/assessments";
import { STATUS_LABELS } from "./labels";

const STYLES: Record<AssessmentStatus, string> = {
  draft: "bg-slate-100 text-slate-800",
  open: "bg-green-100 text-green-900",
  closed: "bg-amber-100 text-amber-900",
};

/** The assessment's state as a small label (words, not only colour). */
export function StatusBadge({ status }: { status: AssessmentStatus }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STYLES[status]}`}>{STATUS_LABELS[status]}</span>;
}
