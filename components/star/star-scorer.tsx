"use client";

import { StarResult } from "@/components/star/star-result";
import { FormAlerts } from "@/components/ui/form-alerts";
import { SubmitButton } from "@/components/ui/submit-button";
import { STAR_ANSWER_MAX_CHARS, STAR_QUESTION_MAX_CHARS } from "@/lib/scoring/star-limits";
import { useStarScorer, type Allowance } from "./use-star-scorer";

type StarScorerProps = { limitPerHour: number; initialAllowance: Allowance | null };

/** The public STAR scorer: paste an answer, see a live estimate, then the full score from the server. */
export function StarScorer({ limitPerHour, initialAllowance }: StarScorerProps) {
  const { answer, setAnswer, question, setQuestion, live, tooLong, submit, result, allowance, pending, error, limited } = useStarScorer(
    limitPerHour,
    initialAllowance,
  );

  return (
    <div className="space-y-6">
      <form onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6" aria-busy={pending}>
        <div>
          <label htmlFor="question" className="block font-medium">
            Question <span className="font-normal text-slate-500">(optional)</span>
          </label>
          <input
            id="question"
            value={question}
            onChange={(event) => setQuestion(event.target.value)}
            maxLength={STAR_QUESTION_MAX_CHARS}
            placeholder="Tell me about a time you handled a conflict."
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="answer" className="block font-medium">
            Your answer
          </label>
          <textarea
            id="answer"
            rows={10}
            value={answer}
            onChange={(event) => setAnswer(event.target.value)}
            aria-describedby="answer-count answer-live"
            aria-invalid={tooLong}
            className={`mt-1 w-full rounded-md border px-3 py-2 ${tooLong ? "border-red-600" : "border-slate-300"}`}
          />
          <div className="flex flex-wrap justify-between gap-2 text-xs">
            <p id="answer-live" className="text-slate-600" data-testid="live-estimate">
              {live
                ? `Live rubric estimate: ${live.insufficientEvidence ? "not enough to score yet" : `${live.overall}/100`} · ${live.wordCount} words`
                : "Start typing for a live estimate."}
            </p>
            <p id="answer-count" className={tooLong ? "text-red-700" : "text-slate-500"}>
              {answer.length.toLocaleString("en-GB")} / {STAR_ANSWER_MAX_CHARS.toLocaleString("en-GB")}
            </p>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton pending={pending} pendingLabel="Scoring…">
            Score my answer
          </SubmitButton>
          <p className="text-sm text-slate-600" data-testid="remaining" aria-live="polite">
            {allowance
              ? `${allowance.remaining} of ${allowance.limit} scores left this hour.`
              : `${limitPerHour} free scores per hour.`}
          </p>
        </div>
        {pending ? (
          // Indeterminate (no aria-valuenow): the server answers in well under a second on the rubric engine, longer with
          // AI. Native elements here and above rather than Radix's, which would add about 5 kB to the page for no behaviour.
          <div role="progressbar" aria-label="Scoring your answer" className="h-1 overflow-hidden rounded bg-slate-200">
            <div className="h-1 w-1/3 animate-pulse rounded bg-brand" />
          </div>
        ) : null}
        <FormAlerts error={error} limited={limited} />
      </form>
      {result ? <StarResult score={result} /> : null}
    </div>
  );
}
