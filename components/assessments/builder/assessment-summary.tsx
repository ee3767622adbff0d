import type { AssessmentView } from "@/lib/assessments/views";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** The assessment's details and options, read only (reviewers, and every member once it has been opened). */
export function AssessmentSummary({ assessment }: { assessment: AssessmentView }) {
  const deadline =
    assessment.deadline.kind === "days"
      ? `${assessment.deadline.days} day${assessment.deadline.days === 1 ? "" : "s"} after each invite`
      : `${dateFormat.format(new Date(assessment.deadline.at))} UTC`;
  const rows: [string, string][] = [
    ["Role", assessment.roleTitle],
    ["Introduction", assessment.introduction || "None"],
    ["Proctoring", assessment.proctoring ? "On" : "Off"],
    ["Practice question", assessment.practiceQuestion ? "Yes, before the real ones" : "No"],
    ["Deadline", deadline],
    ["Answers kept for", `${assessment.retentionDays} days`],
  ];
  return (
    <section aria-labelledby="assessment-details-heading" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="assessment-details-heading" className="text-lg font-semibold">
        Details and options
      </h2>
      <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-700">{term}</dt>
            <dd className="break-words whitespace-pre-line">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
