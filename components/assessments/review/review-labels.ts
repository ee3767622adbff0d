/** Words for what a reviewer reads on a candidate's page: signal kinds, "insufficient evidence" reasons, decisions, times. */
import type { ProctoringEventKind, ReviewDecision } from "@/db/schema";

export const SIGNAL_LABELS: Record<ProctoringEventKind, string> = {
  tab_switch: "Tab switch",
  window_blur: "Left the window",
  look_away: "Looked away",
  multiple_faces: "More than one face",
  face_lost: "Face not seen",
};

const INSUFFICIENT_REASONS: Record<string, string> = {
  empty: "there is no answer",
  too_short: "the answer is too short to judge",
  non_answer: "the answer declines the question",
  unintelligible: "the answer could not be read as words",
  off_topic: "the answer is off the question's topic",
  flagged: "the answer was held back by moderation",
  ai_declined: "the AI assessor found too little in the answer to judge",
};

export function insufficientReason(reason: string): string {
  return INSUFFICIENT_REASONS[reason] ?? "the answer gave nothing to score";
}

export const DECISION_LABELS: Record<ReviewDecision, string> = { advance: "Advance", hold: "Hold", reject: "Reject" };

/** "1:05" from milliseconds (minutes and seconds). */
export function clock(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

export function dimensionLabel(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
