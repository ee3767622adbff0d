import type { ReviewAnswer } from "@/lib/assessments/review/review-detail";
import { dimensionLabel, insufficientReason } from "./review-labels";

/** The AI's (or the offline rubric's) scores with the answer's own sentences behind each, or why it declined to score. */
export function AiEvaluation({ answer }: { answer: ReviewAnswer }) {
  const { evaluation } = answer;
  const source = [answer.engine === "ai" ? "AI" : answer.engine === "rubric" ? "Offline rubric" : null, answer.model, answer.rubricVersion ? `rubric ${answer.rubricVersion}` : null]
    .filter(Boolean)
    .join(" · ");
  return (
    <section aria-label="AI score" className="space-y-2">
      <p className="font-medium">
        AI score: {evaluation.kind === "scored" ? `${answer.overallScore ?? "—"} / 100` : <span className="font-normal">not scored</span>}
        {source ? <span className="ml-2 text-xs font-normal text-slate-600">{source}</span> : null}
      </p>
      {evaluation.kind === "insufficient" ? (
        <p className="rounded-md bg-slate-50 p-2 text-sm text-slate-700">Insufficient evidence: {insufficientReason(evaluation.reason)}.</p>
      ) : null}
      {evaluation.kind === "scored" ? (
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          {evaluation.dimensions.map((dimension) => (
            <div key={dimension.name} className="rounded-md bg-slate-50 p-2">
              <dt className="font-medium">
                {dimensionLabel(dimension.name)}: {dimension.score ?? "—"}
              </dt>
              <dd>
                {dimension.quotes.length ? (
                  <ul className="mt-1 space-y-1">
                    {dimension.quotes.map((quote) => (
                      <li key={quote} className="border-l-2 border-slate-300 pl-2 break-words text-slate-700">
                        &ldquo;{quote}&rdquo;
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-slate-600">No supporting quote.</span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
