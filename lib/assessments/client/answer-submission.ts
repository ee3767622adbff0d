/**
 * The body of POST /api/assessment/[token]/answers/[position] for a draft, at the moment it is saved. Pure, so the
 * rules are tested: the duration is the time on the question (from its first showing), capped at a hard limit so the
 * moment's lag of saving at the limit is not an overrun; a spoken answer carries its timed segments for the delivery
 * numbers; a voice-only question is always "voice".
 */
import type { AssessmentDraft } from "./assessment-drafts";
import type { AnswerSubmission, QuestionRules } from "./candidate-types";

export function answerSubmission(draft: AssessmentDraft, question: Pick<QuestionRules, "timeLimitSeconds" | "timeLimitMode" | "modes">, now: number): AnswerSubmission {
  const spent = Math.max(0, now - draft.shownAt);
  const spoken = draft.segments.length > 0;
  return {
    answerText: draft.text.trim(),
    mode: spoken || question.modes === "voice" ? "voice" : "typed",
    durationMs: Math.round(question.timeLimitMode === "hard" ? Math.min(spent, question.timeLimitSeconds * 1000) : spent),
    retakesUsed: draft.retakesUsed,
    ...(spoken ? { delivery: { segments: draft.segments } } : {}),
  };
}
