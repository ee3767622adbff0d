/**
 * Looking after one candidate invite, as a manager: revoke it, extend its deadline, resend it (a new link; the old
 * one matches nothing any more; the status stays) or reset it (the attempt so far is marked superseded and stays for
 * reviewers; the same link may start a fresh attempt). Each is one transaction with its audit event (ids, states and
 * deadlines, never the name or email). Another organisation's or assessment's invite id is a 404.
 */
import "server-only";
import { lockCandidateInvite, supersedeLiveAttempt, updateCandidateInvite } from "@/db/queries/candidate-invites";
import type { CandidateInvite } from "@/db/schema";
import type { ScopedDb } from "@/db/scoped";
import { AppError } from "@/lib/api/app-error";
import type { MemberContext } from "@/lib/context/request-context";
import { newLinkToken } from "@/lib/security/link-token";
import { type CandidateInviteState, candidateInviteState, MAX_EXTENSION_DAYS } from "./invite-state";
import { assessmentOr404, deliver } from "./invite-service";
import { candidateIdSchema, type ExtendDeadlineInput } from "./schemas";
import { type CandidateInviteView, candidateInviteView, type SentCandidateInvite } from "./views";

const INVITE_NOT_FOUND = "No such candidate invite for this assessment.";
const DAY_MS = 24 * 60 * 60 * 1000;

type Target = { assessmentId: string; inviteId: string };

async function lockedInvite(tx: ScopedDb, ctx: MemberContext, target: Target): Promise<CandidateInvite> {
  if (!candidateIdSchema.safeParse(target.inviteId).success) throw new AppError("not_found", INVITE_NOT_FOUND);
  const invite = await lockCandidateInvite(tx, ctx.principal.organisation.id, target.assessmentId, target.inviteId);
  if (!invite) throw new AppError("not_found", INVITE_NOT_FOUND);
  return invite;
}

/** Revoked (410) and submitted (409) invites take no further change but a reset of a submitted one. */
function refuseClosed(state: CandidateInviteState, verb: string): void {
  if (state === "revoked") throw new AppError("gone", `This invite was revoked: it cannot ${verb}. Invite the candidate again instead.`);
  if (state === "submitted") throw new AppError("conflict", `The candidate has already submitted: the invite cannot ${verb}.`);
}

async function change(ctx: MemberContext, target: Target, work: (tx: ScopedDb, invite: CandidateInvite, state: CandidateInviteState) => Promise<CandidateInvite>) {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const assessment = await assessmentOr404(tx, ctx, target.assessmentId);
    const invite = await lockedInvite(tx, ctx, target);
    return { assessment, invite: await work(tx, invite, candidateInviteState(invite, now)) };
  });
}

/** Revokes the invite: its link answers 410 from now on. */
export async function revokeCandidateInvite(ctx: MemberContext, target: Target): Promise<CandidateInviteView> {
  const now = ctx.now();
  const { invite } = await change(ctx, target, async (tx, invite, state) => {
    refuseClosed(state, "be revoked");
    const revoked = await updateCandidateInvite(tx, invite.orgId, invite.id, { status: "revoked", revokedAt: now });
    await ctx.audit({ action: "assessment.candidate.revoke", targetType: "candidate_invite", targetId: invite.id, oldValues: { status: state }, newValues: { status: "revoked" } }, tx);
    return revoked;
  });
  return candidateInviteView(invite, now);
}

/** Moves the deadline later (also reviving an expired invite): after now and the current deadline, within 180 days. */
export async function extendCandidateDeadline(ctx: MemberContext, target: Target, input: ExtendDeadlineInput): Promise<CandidateInviteView> {
  const now = ctx.now();
  const { invite } = await change(ctx, target, async (tx, invite, state) => {
    refuseClosed(state, "be extended");
    const refuse = (message: string) => new AppError("unprocessable", message, { fields: { deadlineAt: [message] } });
    if (input.deadlineAt.getTime() <= Math.max(now.getTime(), invite.deadlineAt.getTime())) throw refuse("Choose a deadline later than the current one and in the future.");
    if (input.deadlineAt.getTime() > now.getTime() + MAX_EXTENSION_DAYS * DAY_MS) throw refuse(`Choose a deadline within ${MAX_EXTENSION_DAYS} days.`);
    const extended = await updateCandidateInvite(tx, invite.orgId, invite.id, { deadlineAt: input.deadlineAt });
    await ctx.audit(
      {
        action: "assessment.candidate.extend",
        targetType: "candidate_invite",
        targetId: invite.id,
        oldValues: { status: state, deadlineAt: invite.deadlineAt.toISOString() },
        newValues: { status: candidateInviteState(extended, now), deadlineAt: extended.deadlineAt.toISOString() },
      },
      tx,
    );
    return extended;
  });
  return candidateInviteView(invite, now);
}

/** Sends the invite again with a new link; the old link stops working at once. The status and deadline stay. */
export async function resendCandidateInvite(ctx: MemberContext, target: Target): Promise<SentCandidateInvite> {
  const { token, tokenHash } = newLinkToken();
  const { assessment, invite } = await change(ctx, target, async (tx, invite, state) => {
    refuseClosed(state, "be resent");
    if (state === "expired") throw new AppError("conflict", "The deadline has passed: extend it first, then resend.");
    const renewed = await updateCandidateInvite(tx, invite.orgId, invite.id, { tokenHash });
    await ctx.audit({ action: "assessment.candidate.resend", targetType: "candidate_invite", targetId: invite.id, oldValues: { status: state }, newValues: { status: state } }, tx);
    return renewed;
  });
  return deliver(ctx, invite, token, assessment);
}

/**
 * Lets the candidate start again: the live attempt (in progress or submitted) is marked superseded, kept for
 * reviewers, and the invite is "invited" again on the same link. 409 when nothing was started.
 */
export async function resetCandidateInvite(ctx: MemberContext, target: Target): Promise<CandidateInviteView> {
  const now = ctx.now();
  const { invite } = await change(ctx, target, async (tx, invite, state) => {
    if (state === "revoked") throw new AppError("gone", "This invite was revoked: it cannot be reset. Invite the candidate again instead.");
    const attemptId = await supersedeLiveAttempt(tx, invite.orgId, invite.id, now);
    if (!attemptId) throw new AppError("conflict", "The candidate has not started an attempt: there is nothing to reset.");
    const reset = await updateCandidateInvite(tx, invite.orgId, invite.id, { status: "invited", openedAt: null });
    await ctx.audit(
      { action: "assessment.candidate.reset", targetType: "candidate_invite", targetId: invite.id, oldValues: { status: state, attemptId }, newValues: { status: candidateInviteState(reset, now) } },
      tx,
    );
    return reset;
  });
  return candidateInviteView(invite, now, true);
}
