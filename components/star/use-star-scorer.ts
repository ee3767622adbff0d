"use client";

import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { jsonBody } from "@/lib/practice/client/api-request";
import { describeWait } from "@/lib/practice/client/timer";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import type { StarScore } from "@/lib/scoring/star-schema";
import { STAR_ANSWER_MAX_CHARS } from "@/lib/scoring/star-limits";

export type Allowance = { limit: number; remaining: number; resetSeconds: number };

type Rubric = typeof import("@/lib/scoring/star-rubric").scoreStarAnswer;

/** The RateLimit-* headers the route sends with every answer, or null when it sent none. */
function readAllowance(headers: Headers): Allowance | null {
  const limit = Number(headers.get("RateLimit-Limit"));
  const remaining = Number(headers.get("RateLimit-Remaining"));
  const resetSeconds = Number(headers.get("RateLimit-Reset"));
  return Number.isFinite(limit) && limit > 0 ? { limit, remaining, resetSeconds } : null;
}

function limitMessage(limit: number, waitSeconds: number): string {
  return `You have used all ${limit} free scores this hour. Try again in ${describeWait(waitSeconds)}.`;
}

/**
 * The scorer's inputs, its live rubric estimate (pure and fast, so no request while typing), and the scoring request
 * with the allowance it reports back.
 */
export function useStarScorer(limitPerHour: number, initialAllowance: Allowance | null) {
  const [answer, setAnswer] = useState("");
  const [question, setQuestion] = useState("");
  const [result, setResult] = useState<StarScore | null>(null);
  const [allowance, setAllowance] = useState<Allowance | null>(initialAllowance);
  // Already used up when the page loaded: say so before the visitor tries, until they do.
  const [exhaustedOnLoad, setExhaustedOnLoad] = useState(initialAllowance?.remaining === 0 ? limitMessage(limitPerHour, initialAllowance.resetSeconds) : null);
  const scoring = useApiMutation<StarScore>({
    failed: "We could not score that answer. Please try again.",
    offline: "We could not reach the scorer. Check your connection; your answer is still here.",
    rateLimited: (wait) => limitMessage(limitPerHour, wait ?? 3600),
    onHeaders: (headers) => {
      const next = readAllowance(headers);
      if (next) setAllowance(next);
    },
  });

  const deferredAnswer = useDeferredValue(answer);
  // The rubric engine loads with the first keystroke, not with the page: it is most of the page's own JavaScript, and
  // a visitor who only reads the page never needs it.
  const [rubric, setRubric] = useState<Rubric | null>(null);
  const wantsEstimate = answer.trim() !== "";
  useEffect(() => {
    if (!wantsEstimate || rubric) return;
    let cancelled = false;
    // A chunk that fails to load (offline) leaves the estimate off; scoring on the server still works.
    import("@/lib/scoring/star-rubric")
      .then((engine) => {
        if (!cancelled) setRubric(() => engine.scoreStarAnswer);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [wantsEstimate, rubric]);
  const live = useMemo(() => (rubric && deferredAnswer.trim() ? rubric(deferredAnswer) : null), [rubric, deferredAnswer]);
  const tooLong = answer.length > STAR_ANSWER_MAX_CHARS;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!answer.trim() || tooLong) {
      scoring.fail(tooLong ? `Your answer is over ${STAR_ANSWER_MAX_CHARS.toLocaleString("en-GB")} characters.` : "Paste an answer to score.");
      return;
    }
    setExhaustedOnLoad(null);
    const response = await scoring.mutate("/api/star-score", { method: "POST", ...jsonBody({ answer, ...(question.trim() ? { question } : {}) }) });
    if (response?.ok && response.body) setResult(response.body);
  }

  return {
    answer,
    setAnswer,
    question,
    setQuestion,
    live,
    tooLong,
    submit,
    result,
    allowance,
    pending: scoring.pending,
    error: scoring.error,
    limited: scoring.limited ?? exhaustedOnLoad,
  };
}
