import type { StarScore } from "@/lib/scoring/star-schema";
import type { StarPart } from "@/lib/scoring/rubric-config";

const PART_NAMES: Record<StarPart, string> = { situation: "Situation", task: "Task", action: "Action", result: "Result" };
const PART_LETTER: Record<StarPart, string> = { situation: "S", task: "T", action: "A", result: "R" };
const PART_COLOURS: Record<StarPart, string> = {
  situation: "bg-sky-100 text-sky-900",
  task: "bg-violet-100 text-violet-900",
  action: "bg-emerald-100 text-emerald-900",
  result: "bg-amber-100 text-amber-900",
};
const PARTS: StarPart[] = ["situation", "task", "action", "result"];

function ScoreBar({ label, score }: { label: string; score: number }) {
  return (
    <div>
      <div className="flex justify-between text-sm">
        <span className="font-medium">{label}</span>
        <span data-testid={`score-${label.toLowerCase()}`}>{score}/100</span>
      </div>
      <div className="mt-1 h-2 rounded bg-slate-200" role="meter" aria-label={`${label} score`} aria-valuenow={score} aria-valuemin={0} aria-valuemax={100}>
        <div className="h-2 rounded bg-brand" style={{ width: `${score}%` }} />
      </div>
    </div>
  );
}

/** The full breakdown of one scored answer: parts, marked sentences, suggestions and the facts behind them. */
export function StarResult({ score }: { score: StarScore }) {
  const minutes = Math.floor(score.speakingTimeSeconds / 60);
  const seconds = score.speakingTimeSeconds % 60;
  return (
    <section aria-labelledby="result-heading" className="space-y-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="result-heading" className="text-xl font-semibold">
          {score.insufficientEvidence ? (
            "Not scored"
          ) : (
            <>
              Overall <span data-testid="overall-score">{score.overall}</span>/100
            </>
          )}
        </h2>
        <p className="text-sm text-slate-600" data-testid="engine">
          Scored by the {score.engine === "ai" ? "AI engine" : "rubric engine"} · {score.rubricVersion}
        </p>
      </div>
      {score.insufficientEvidence ? (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="insufficient-evidence">
          Insufficient evidence: {score.insufficientEvidence.message}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {PARTS.map((part) => (
          <div key={part}>
            <ScoreBar label={PART_NAMES[part]} score={score.parts[part].score} />
            <p className="mt-1 text-sm text-slate-700">{score.parts[part].feedback}</p>
          </div>
        ))}
      </div>
      {score.missing.length > 0 ? (
        <p className="rounded-md bg-red-50 p-3 text-sm text-red-900" data-testid="missing-parts">
          Missing: {score.missing.map((part) => PART_NAMES[part]).join(", ")}
        </p>
      ) : null}
      <div>
        <h3 className="font-semibold">How we read your answer</h3>
        <ol className="mt-2 space-y-1" data-testid="marked-sentences">
          {score.sentences.map((sentence, index) => {
            const label = score.sentenceLabels[index] ?? null;
            return (
              <li key={index} className="flex gap-2 text-sm">
                <span
                  className={`inline-flex h-6 w-6 shrink-0 items-center justify-center rounded text-xs font-bold ${label ? PART_COLOURS[label] : "bg-slate-100 text-slate-500"}`}
                  aria-label={label ? PART_NAMES[label] : "Not part of STAR"}
                  title={label ? PART_NAMES[label] : "Not part of STAR"}
                >
                  {label ? PART_LETTER[label] : "–"}
                </span>
                <span>{sentence}</span>
              </li>
            );
          })}
        </ol>
      </div>
      <div>
        <h3 className="font-semibold">Suggestions</h3>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" data-testid="suggestions">
          {score.suggestions.map((suggestion) => (
            <li key={suggestion}>{suggestion}</li>
          ))}
        </ul>
      </div>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-500">“I” vs “we”</dt>
          <dd data-testid="ownership">
            {score.ownership.i} I · {score.ownership.we} we
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Quantified result</dt>
          <dd data-testid="quantified">{score.quantifiedResult ? "Yes" : "No"}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Words</dt>
          <dd data-testid="word-count">{score.wordCount}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Speaking time</dt>
          <dd data-testid="speaking-time">
            about {minutes > 0 ? `${minutes} min ` : ""}
            {seconds} s
          </dd>
        </div>
      </dl>
    </section>
  );
}
