"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { Label, Progress } from "radix-ui";
import { StarResult } from "@/components/star/star-result";
import { FormAlerts } from "@/components/ui/form-alerts";
import { SubmitButton } from "@/components/ui/submit-button";
import { describeWait, parseRetryAfter } from "@/lib/practice/client/timer";
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";
import type { StarScore } from "@/lib/scoring/star-schema";
import { STAR_ANSWER_MAX_CHARS, STAR_QUESTION_MAX_CHARS } from "@/lib/scoring/star-request";

type Allowance = { limit: number; remaining: number; resetSeconds: number };

function readAllowance(response: Response): Allowance | null {
  const limit = Number(response.headers.get("RateLimit-Limit"));
  const remaining = Number(response.headers.get("RateLimit-Remaining"));
  const resetSeconds = Number(response.headers.get("RateLimit-Reset"));
  return Number.isFinite(limit) && limit > 0 ? { limit, remaining, resetSeconds } : null;
}

function limitMessage(limit: number, waitSeconds: number): string {
  return `You have used all ${limit} free scores this hour. Try again in ${describeWait(waitSeconds)}.`;
}

type StarScorerProps = { limitPerHour: number; initialAllowance: Allowance | null };

export function StarScorer({ limitPerHour, initialAllowance }: StarScorerProps) {
  const [answer, setAnswer] = useState("");
  const [question, setQuestion] = useState("");
  const [result, setResult] = useState<StarScore | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [limited, setLimited] = useState<string | null>(
    initialAllowance?.remaining === 0 ? limitMessage(limitPerHour, initialAllowance.resetSeconds) : null,
  );
  const [pending, setPending] = useState(false);
  const [allowance, setAllowance] = useState<Allowance | null>(initialAllowance);

  // The rubric engine is pure and fast, so the visitor sees an estimate as they type, with no request.
  const deferredAnswer = useDeferredValue(answer);
  const live = useMemo(() => (deferredAnswer.trim() ? scoreStarAnswer(deferredAnswer) : null), [deferredAnswer]);
  const tooLong = answer.length > STAR_ANSWER_MAX_CHARS;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!answer.trim() || tooLong) {
      setError(tooLong ? `Your answer is over ${STAR_ANSWER_MAX_CHARS.toLocaleString("en-GB")} characters.` : "Paste an answer to score.");
      return;
    }
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/api/star-score", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ answer, ...(question.trim() ? { question } : {}) }),
      });
      const nextAllowance = readAllowance(response);
      if (nextAllowance) setAllowance(nextAllowance);
      const body = await response.json().catch(() => null);
      if (response.status === 429) {
        setLimited(limitMessage(limitPerHour, parseRetryAfter(response.headers.get("Retry-After")) ?? 3600));
        return;
      }
      if (!response.ok) {
        setError(body?.error?.message ?? "We could not score that answer. Please try again.");
        return;
      }
      setLimited(null);
      setResult(body as StarScore);
    } catch {
      setError("We could not reach the scorer. Check your connection; your answer is still here.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-6">
      <form onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6" aria-busy={pending}>
        <div>
          <Label.Root htmlFor="question" className="block font-medium">
            Question <span className="font-normal text-slate-500">(optional)</span>
          </Label.Root>
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
          <Label.Root htmlFor="answer" className="block font-medium">
            Your answer
          </Label.Root>
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
              {live ? `Live rubric estimate: ${live.overall}/100 · ${live.wordCount} words` : "Start typing for a live estimate."}
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
          // Indeterminate: the server answers in well under a second on the rubric engine, longer with AI.
          <Progress.Root value={null} aria-label="Scoring your answer" className="h-1 overflow-hidden rounded bg-slate-200">
            <Progress.Indicator className="h-1 w-1/3 animate-pulse rounded bg-brand" />
          </Progress.Root>
        ) : null}
        <FormAlerts error={error} limited={limited} />
      </form>
      {result ? <StarResult score={result} /> : null}
    </div>
  );
}
