/**
 * A candidate invite's state as everyone shows it: the stored status, except that a deadline passed before the
 * candidate submitted makes it "expired" (nothing rewrites the row when the deadline passes). Pure, for tests.
 */
import type { CandidateInviteStatus } from "@/db/schema";

export const CANDIDATE_INVITE_STATES = ["invited", "opened", "in_progress", "submitted", "expired", "revoked"] as const;
export type CandidateInviteState = (typeof CANDIDATE_INVITE_STATES)[number];

export function candidateInviteState(invite: { status: CandidateInviteStatus; deadlineAt: Date }, now: Date): CandidateInviteState {
  if (invite.status === "revoked" || invite.status === "submitted") return invite.status;
  return invite.deadlineAt.getTime() <= now.getTime() ? "expired" : invite.status;
}

/** When a new invite closes: the assessment's fixed deadline, or so many days after it is sent. */
export function inviteDeadline(assessment: { deadlineAt: Date | null; deadlineDays: number | null }, now: Date): Date {
  if (assessment.deadlineAt) return assessment.deadlineAt;
  return new Date(now.getTime() + (assessment.deadlineDays ?? 7) * 24 * 60 * 60 * 1000);
}

/** How long before its deadline an unopened invite gets its one reminder. */
export const REMINDER_BEFORE_DEADLINE_MS = 24 * 60 * 60 * 1000;
/** The furthest a deadline may be extended to, from now. */
export const MAX_EXTENSION_DAYS = 180;
