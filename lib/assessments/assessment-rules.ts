/**
 * The rules of an assessment's life, pure so they are unit-tested and the builder page can ask them too.
 *
 * States: draft → open → closed, and closed → open again. A draft is the only state in which anything is edited
 * (details, options, questions, their order): once open, candidates may be answering these exact questions, so
 * changing them would make answers incomparable. Reopening a closed assessment is allowed because closing only stops
 * new starts (attempts in progress finish until their own deadline) and a team that closed too early should not have
 * to rebuild it; going back to draft is never allowed, because invited candidates may already have answered.
 */
import type { AssessmentStatus } from "@/db/schema/assessments";

/** An assessment opens with at least one question and never holds more than fifteen. */
export const MIN_ASSESSMENT_QUESTIONS = 1;
export const MAX_ASSESSMENT_QUESTIONS = 15;

/** A relative deadline: this many days after each invite is sent. */
export const MIN_DEADLINE_DAYS = 1;
export const MAX_DEADLINE_DAYS = 90;
/** A fixed deadline may be at most a year ahead (a typo guard: no hiring round waits longer). */
export const MAX_FIXED_DEADLINE_DAYS = 365;
export const DEFAULT_DEADLINE_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

const TRANSITIONS: Record<AssessmentStatus, readonly AssessmentStatus[]> = {
  draft: ["open"],
  open: ["closed"],
  closed: ["open"],
};

/** Whether `from` may become `to`. */
export function canTransition(from: AssessmentStatus, to: AssessmentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Why an assessment in `status` cannot be edited, or null for a draft. */
export function editProblem(status: AssessmentStatus): string | null {
  return status === "draft" ? null : "Only a draft can be changed: this assessment has been opened to candidates.";
}

/** A deadline as the builder states it: a fixed moment, or a number of days after each invite. */
export type DeadlineChoice = { kind: "fixed"; at: Date } | { kind: "days"; days: number };

/** Why `deadline` is not acceptable at `now`, or null. */
export function deadlineProblem(deadline: DeadlineChoice, now: Date): string | null {
  if (deadline.kind === "days") {
    const { days } = deadline;
    return Number.isInteger(days) && days >= MIN_DEADLINE_DAYS && days <= MAX_DEADLINE_DAYS
      ? null
      : `Choose from ${MIN_DEADLINE_DAYS} to ${MAX_DEADLINE_DAYS} days.`;
  }
  const at = deadline.at.getTime();
  if (Number.isNaN(at) || at <= now.getTime()) return "Choose a deadline in the future.";
  if (at > now.getTime() + MAX_FIXED_DEADLINE_DAYS * DAY_MS) return `Choose a deadline within ${MAX_FIXED_DEADLINE_DAYS} days.`;
  return null;
}

/** The stored columns' view of the deadline (exactly one of the two is set). */
export function deadlineFromColumns(columns: { deadlineAt: Date | null; deadlineDays: number | null }): DeadlineChoice {
  return columns.deadlineAt ? { kind: "fixed", at: columns.deadlineAt } : { kind: "days", days: columns.deadlineDays ?? DEFAULT_DEADLINE_DAYS };
}

/** The columns that store `deadline`. */
export function deadlineColumns(deadline: DeadlineChoice): { deadlineAt: Date | null; deadlineDays: number | null } {
  return deadline.kind === "fixed" ? { deadlineAt: deadline.at, deadlineDays: null } : { deadlineAt: null, deadlineDays: deadline.days };
}

/**
 * Why the assessment cannot move from `from` to `to`, or null: only the transitions above, and opening needs one to
 * fifteen questions and a fixed deadline still in the future.
 */
export function transitionProblem(
  assessment: { status: AssessmentStatus; questionCount: number; deadline: DeadlineChoice },
  to: AssessmentStatus,
  now: Date,
): string | null {
  if (assessment.status === to) return `The assessment is already ${to}.`;
  if (!canTransition(assessment.status, to)) return `An assessment cannot go from ${assessment.status} to ${to}.`;
  if (to !== "open") return null;
  const count = assessment.questionCount;
  if (count < MIN_ASSESSMENT_QUESTIONS || count > MAX_ASSESSMENT_QUESTIONS) {
    return `An assessment needs ${MIN_ASSESSMENT_QUESTIONS} to ${MAX_ASSESSMENT_QUESTIONS} questions to open; this one has ${count}.`;
  }
  if (assessment.deadline.kind === "fixed" && assessment.deadline.at.getTime() <= now.getTime()) {
    return "The assessment's deadline has passed: choose a new one before opening it.";
  }
  return null;
}

/** How many more questions fit. */
export function remainingQuestionSlots(questionCount: number): number {
  return Math.max(0, MAX_ASSESSMENT_QUESTIONS - questionCount);
}

/** Why `requested` is not a reordering of exactly `current` (every id once, no others), or null. */
export function reorderProblem(current: readonly string[], requested: readonly string[]): string | null {
  const wanted = new Set(requested);
  if (wanted.size !== requested.length) return "Each question may appear only once in the new order.";
  if (requested.length !== current.length || current.some((id) => !wanted.has(id))) {
    return "The new order must list every question of the assessment exactly once.";
  }
  return null;
}
