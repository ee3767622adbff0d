import type { ReviewAnswer } from "@/lib/assessments/review/review-detail";
import { clock } from "./review-labels";

/** How the answer was given: mode, time taken (and an overrun of a soft limit), retakes and the delivery numbers. */
export function AnswerFacts({ answer }: { answer: ReviewAnswer }) {
  const delivery = answer.delivery;
  const facts = [
    answer.mode === "voice" ? "Spoken" : "Typed",
    answer.durationMs === null ? null : `took ${clock(answer.durationMs)}`,
    answer.overran ? "over the time limit" : null,
    answer.retakesUsed ? `${answer.retakesUsed} retake${answer.retakesUsed === 1 ? "" : "s"}` : null,
    delivery?.wordCount === null || delivery?.wordCount === undefined ? null : `${delivery.wordCount} words`,
    delivery?.wordsPerMinute ? `${Math.round(delivery.wordsPerMinute)} words a minute${delivery.paceBand ? ` (${delivery.paceBand})` : ""}` : null,
    delivery?.longestPauseMs ? `longest pause ${(delivery.longestPauseMs / 1000).toFixed(1)} s` : null,
    delivery?.fillers === null || delivery?.fillers === undefined ? null : `${delivery.fillers} filler word${delivery.fillers === 1 ? "" : "s"}`,
  ].filter(Boolean);
  return <p className="text-sm text-slate-600">{facts.join(" · ")}</p>;
}
