/** Plain words for the builder's stored values, shared by its components. Pure. */
import type { AllowedAnswerModes, AssessmentStatus, TimeLimitMode } from "@/db/schema/assessments";

export const STATUS_LABELS: Record<AssessmentStatus, string> = { draft: "Draft", open: "Open", closed: "Closed" };
export const KIND_LABELS: Record<string, string> = { behavioural: "Behavioural", role_specific: "Role-specific" };
export const MODE_LABELS: Record<AllowedAnswerModes, string> = { typed: "Typed only", voice: "Voice only", both: "Typed or voice" };
export const TIME_MODE_LABELS: Record<TimeLimitMode, string> = {
  soft: "Soft: a countdown they may overrun (shown to reviewers)",
  hard: "Hard: the answer closes at the limit",
};
export const SOURCE_LABELS: Record<string, string> = { bank: "From the bank", custom: "Written by hand", generated: "Generated" };
export const ENGINE_LABELS: Record<string, string> = { ai: "written by the AI", offline: "ranked from the question bank" };

/** "3 min", "90 s", "2 min 30 s". */
export function durationLabel(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

export const OFFLINE_MESSAGE = "We could not reach the server. Check your connection and try again.";
