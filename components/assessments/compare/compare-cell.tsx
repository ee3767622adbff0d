import type { CompareCell } from "@/lib/assessments/review/compare-rows";

const EXCERPT_CHARS = 140;

function ScoreLine({ score }: { score: CompareCell["score"] }) {
  if (score.kind === "insufficient") return <span className="text-xs text-slate-600">Insufficient evidence ({score.reason.replaceAll("_", " ")})</span>;
  if (score.kind === "scored") return <span>AI score: {score.score ?? "—"}</span>;
  return <span className="text-slate-500">AI score: —</span>;
}

/** One candidate's answer to one question: scores first, the answer behind a <details> when it is long. */
export function CompareAnswerCell({ cell }: { cell: CompareCell }) {
  const long = cell.answerText.length > EXCERPT_CHARS;
  return (
    <div className="space-y-1">
      <p className="text-xs font-medium text-slate-700">
        <ScoreLine score={cell.score} />
        <span className="block">Rating: {cell.ratingAverage === null ? "—" : `${cell.ratingAverage} / 5 (${cell.ratingCount})`}</span>
      </p>
      {!cell.answered ? (
        <p className="text-slate-500 italic">{cell.answerText}</p>
      ) : long ? (
        <details>
          <summary className="cursor-pointer break-words">
            {cell.answerText.slice(0, EXCERPT_CHARS).trimEnd()}… <span className="text-brand">Show all</span>
          </summary>
          <p className="mt-1 break-words whitespace-pre-wrap">{cell.answerText}</p>
        </details>
      ) : (
        <p className="break-words whitespace-pre-wrap">{cell.answerText}</p>
      )}
    </div>
  );
}
