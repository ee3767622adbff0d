/** What the candidate-invite routes answer and the page shows: the stored rows minus the token hash. */
import "server-only";
import type { CandidateInvite } from "@/db/schema";
import { type CandidateInviteState, candidateInviteState } from "./invite-state";

export type CandidateInviteView = {
  id: string;
  name: string;
  email: string;
  state: CandidateInviteState;
  deadlineAt: string;
  createdAt: string;
  openedAt: string | null;
  reminderSentAt: string | null;
  /** Whether a manager reset it: an earlier attempt is kept for reviewers. */
  wasReset: boolean;
};

export function candidateInviteView(invite: CandidateInvite, now: Date, wasReset = false): CandidateInviteView {
  return {
    id: invite.id,
    name: invite.candidateName,
    email: invite.candidateEmail,
    state: candidateInviteState(invite, now),
    deadlineAt: invite.deadlineAt.toISOString(),
    createdAt: invite.createdAt.toISOString(),
    openedAt: invite.openedAt?.toISOString() ?? null,
    reminderSentAt: invite.reminderSentAt?.toISOString() ?? null,
    wasReset,
  };
}

/** One invite just made or resent: its link (to copy) and whether its email went out. */
export type SentCandidateInvite = { invite: CandidateInviteView; link: string; emailSent: boolean };
