/**
 * The body of POST /api/assessment/[token]/answers/[position] for a draft, at the moment it is saved. Pure, so the
 * rules are tested: the duration is the time on the question (from its first showing), capped at a hard limit so the
 * moment's lag of saving at the limit is not an overrun, and at the API's hour; a spoken answer carries its timed
 * segments and the delivery numbers computed from them here, which the server recomputes and must match; a
 * voice-only question is always "voice".
 */
import { computeDeliveryMetrics } from "@/lib/scoring/delivery-metrics";
import type { AssessmentDraft } from "./assessment-drafts";
import type { AnswerSubmission, QuestionRules } from "./candidate-types";

/** The API's ceiling on any duration (twice the longest time limit; also the delivery numbers' hour). */
export const MAX_ANSWER_MS = 60 * 60 * 1000;

export function answerSubmission(draft: AssessmentDraft, question: Pick<QuestionRules, "timeLimitSeconds" | "timeLimitMode" | "modes">, now: number): AnswerSubmission {
  const spent = Math.max(0, now - draft.shownAt);
  const capped = question.timeLimitMode === "hard" ? Math.min(spent, question.timeLimitSeconds * 1000) : spent;
  const durationMs = Math.round(Math.min(capped, MAX_ANSWER_MS));
  const answerText = draft.text.trim();
  const segments = draft.segments.filter((s) => s.startMs >= 0 && s.endMs >= s.startMs && s.endMs <= MAX_ANSWER_MS);
  const mode = segments.length > 0 || question.modes === "voice" ? "voice" : "typed";
  const base = { answerText, mode, durationMs, retakesUsed: draft.retakesUsed } as const;
  if (segments.length === 0) return base;
  return { ...base, delivery: { metrics: computeDeliveryMetrics({ transcript: answerText, durationMs, mode, segments }), segments } };
}
