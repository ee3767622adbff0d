import type { SessionSummary } from "@/lib/practice/session/records";
import { summaryHasScores } from "@/lib/practice/session/summary-scores";
import { ScoreBar } from "./score-bar";

const DIMENSIONS = [
  ["structure", "STAR structure"],
  ["relevance", "Relevance"],
  ["specificity", "Specificity"],
  ["impact", "Impact"],
] as const;

/**
 * The end-of-session summary: overall score, the four dimension means, the top three strengths and improvements
 * (each tagged with the question it came from) and what to practise next. Its heading is "Session summary".
 */
export function SessionSummaryCard({ summary }: { summary: SessionSummary }) {
  const unscored = summary.insufficientCount ?? 0;
  const nothingScored = !summaryHasScores(summary);
  return (
    <section aria-labelledby="session-summary-heading" className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6" data-testid="session-summary">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="session-summary-heading" className="text-xl font-semibold">
          Session summary
        </h2>
        <p className="text-sm text-slate-600">
          {summary.answeredCount} of {summary.questionCount} questions answered
        </p>
      </div>
      {nothingScored ? (
        <p className="rounded-md bg-slate-50 p-3 text-slate-700" data-testid="summary-insufficient-evidence">
          Insufficient evidence: none of your answers gave enough to score, so there are no scores for this session.
        </p>
      ) : (
        <>
          <p className="text-3xl font-semibold">
            <span className="sr-only">Overall score: </span>
            <span data-testid="overall-score">{summary.overallScore}</span>
            <span className="text-lg font-normal text-slate-600">/100 overall</span>
          </p>
          {unscored > 0 ? (
            <p className="text-sm text-slate-600" data-testid="summary-insufficient-evidence">
              {unscored === 1 ? "1 answer had" : `${unscored} answers had`} insufficient evidence to score and {unscored === 1 ? "is" : "are"} not
              counted in these scores.
            </p>
          ) : null}
          <div className="grid gap-3 sm:grid-cols-2">
            {DIMENSIONS.map(([key, label]) => (
              <ScoreBar key={key} label={label} score={summary.dimensions[key]} testId={`summary-${key}`} />
            ))}
          </div>
        </>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <SummaryList title="Top strengths" items={summary.strengths} tone="good" testId="summary-strengths" />
        <SummaryList title="Top things to improve" items={summary.improvements} tone="improve" testId="summary-improvements" />
      </div>
      <div className="rounded-md border border-indigo-200 bg-indigo-50 p-3">
        <h3 className="font-semibold">What to practise next</h3>
        <p className="mt-1 text-sm" data-testid="next-practice">
          {summary.nextPractice.text}
        </p>
      </div>
    </section>
  );
}

function SummaryList({
  title,
  items,
  tone,
  testId,
}: {
  title: string;
  items: SessionSummary["strengths"];
  tone: "good" | "improve";
  testId: string;
}) {
  return (
    <div className={`rounded-md p-3 ${tone === "good" ? "bg-green-50" : "bg-amber-50"}`}>
      <h3 className="font-semibold">{title}</h3>
      {items.length > 0 ? (
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm" data-testid={testId}>
          {items.slice(0, 3).map((item) => (
            <li key={`${item.key}-${item.position}`}>
              {item.text} <span className="text-slate-600">(question {item.position})</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm text-slate-600">Nothing to list.</p>
      )}
    </div>
  );
}
