/**
 * Inviting candidates to an assessment, as one of its organisation's managers: one `{ name, email }` or a pasted
 * list / CSV text of up to 100. The whole list is one transaction: a bad line (422) or an email already invited
 * (409) refuses all of it, each named by its line, and so does a list longer than what is left of the organisation's
 * monthly invite allowance (402). Inviting needs the assessment OPEN: a draft may still change its
 * questions and a closed one takes no more candidates (409 for both).
 *
 * Each invite gets its own token; only the hash is stored, and the token leaves in the email and in the answer (for
 * the manager to copy). Emails go after the commit, so a provider outage costs the email (`emailSent: false` per
 * row), never the invites.
 */
import "server-only";
import { findAssessmentForInvites, insertCandidateInvites, type InviteAssessment, invitesWithSupersededAttempts, listCandidateInvites } from "@/db/queries/candidate-invites";
import type { CandidateInvite } from "@/db/schema";
import type { ScopedDb } from "@/db/scoped";
import { AppError } from "@/lib/api/app-error";
import { consumeAllowance } from "@/lib/billing/entitlements";
import type { MemberContext } from "@/lib/context/request-context";
import { newLinkToken } from "@/lib/security/link-token";
import { type CandidateRow, lineErrorFields, parseCandidateList } from "./candidate-list";
import { inviteDeadline } from "./invite-state";
import { candidateLink, sendCandidateEmail } from "./invite-email";
import { candidateIdSchema, type InviteCandidatesInput } from "./schemas";
import { type CandidateInviteView, candidateInviteView, type SentCandidateInvite } from "./views";

export const ASSESSMENT_NOT_FOUND = "No such assessment in this organisation.";

/** The organisation's assessment, or 404 (also for an id that is not a UUID, which matches nothing). */
export async function assessmentOr404(db: ScopedDb, ctx: MemberContext, assessmentId: string, lock = false): Promise<InviteAssessment> {
  if (!candidateIdSchema.safeParse(assessmentId).success) throw new AppError("not_found", ASSESSMENT_NOT_FOUND);
  const assessment = await findAssessmentForInvites(db, ctx.principal.organisation.id, assessmentId, { lock });
  if (!assessment) throw new AppError("not_found", ASSESSMENT_NOT_FOUND);
  return assessment;
}

/** The assessment's invites, newest first, each with its state as of now. */
export async function listCandidates(ctx: MemberContext, assessmentId: string): Promise<CandidateInviteView[]> {
  const orgId = ctx.principal.organisation.id;
  await assessmentOr404(ctx.db, ctx, assessmentId);
  const invites = await listCandidateInvites(ctx.db, orgId, assessmentId);
  const reset = await invitesWithSupersededAttempts(ctx.db, orgId, invites.map((invite) => invite.id));
  const now = ctx.now();
  return invites.map((invite) => candidateInviteView(invite, now, reset.has(invite.id)));
}

function rowsOf(input: InviteCandidatesInput): { rows: CandidateRow[]; fromList: boolean } {
  if (!("csv" in input)) return { rows: [{ line: 1, name: input.name, email: input.email }], fromList: false };
  const parsed = parseCandidateList(input.csv);
  if (!parsed.ok) {
    const count = parsed.errors.length;
    throw new AppError("unprocessable", `Nothing was imported: fix ${count === 1 ? "the line" : `the ${count} lines`} below and try again.`, {
      fields: lineErrorFields(parsed.errors),
    });
  }
  return { rows: parsed.rows, fromList: true };
}

function refuseUnlessOpen(assessment: InviteAssessment, now: Date): Date {
  if (assessment.status === "draft") throw new AppError("conflict", "Open the assessment before inviting candidates.");
  if (assessment.status === "closed") throw new AppError("conflict", "This assessment is closed: it takes no more candidates.");
  const deadline = inviteDeadline(assessment, now);
  if (deadline.getTime() <= now.getTime()) throw new AppError("conflict", "The assessment's deadline has passed: change it before inviting.");
  return deadline;
}

/** Invites one candidate or a list: 201 with every invite, its link and whether its email went out; nothing on refusal. */
export async function inviteCandidates(ctx: MemberContext, assessmentId: string, input: InviteCandidatesInput): Promise<SentCandidateInvite[]> {
  const { rows, fromList } = rowsOf(input);
  const orgId = ctx.principal.organisation.id;
  const now = ctx.now();
  const tokens = new Map(rows.map((row) => [row.email, newLinkToken()]));
  const { assessment, created } = await ctx.db.transaction(async (tx) => {
    const assessment = await assessmentOr404(tx, ctx, assessmentId, true);
    const deadlineAt = refuseUnlessOpen(assessment, now);
    const invites = rows.map((row) => ({ name: row.name, email: row.email, tokenHash: tokens.get(row.email)!.tokenHash }));
    const created = await insertCandidateInvites(tx, { orgId, assessmentId, invitedByUserId: ctx.principal.user.id, deadlineAt, createdAt: now, invites });
    if (created.length < rows.length) refuseAlreadyInvited(rows, created, fromList);
    // The whole list against what is left this month: all of it fits, or the transaction rolls every invite back.
    await consumeAllowance(ctx, "assessment_invites", { amount: created.length, db: tx });
    for (const invite of created) {
      await ctx.audit(
        {
          action: "assessment.candidate.invite",
          targetType: "candidate_invite",
          targetId: invite.id,
          newValues: { assessmentId, status: "invited", deadlineAt: invite.deadlineAt.toISOString(), viaList: fromList },
        },
        tx,
      );
    }
    return { assessment, created };
  });
  const byEmail = new Map(created.map((invite) => [invite.candidateEmail, invite]));
  const sent: SentCandidateInvite[] = [];
  // One after another, in the list's order: a list is at most 100, and the sender may limit its own rate.
  for (const row of rows) {
    const invite = byEmail.get(row.email)!;
    const token = tokens.get(row.email)!.token;
    sent.push(await deliver(ctx, invite, token, assessment));
  }
  return sent;
}

/** Rolls the import back, naming each line (or the email field) already invited to this assessment. */
function refuseAlreadyInvited(rows: CandidateRow[], created: CandidateInvite[], fromList: boolean): never {
  const inserted = new Set(created.map((invite) => invite.candidateEmail));
  const taken = rows.filter((row) => !inserted.has(row.email));
  const message = "Already invited to this assessment: resend or reset that invite instead.";
  const fields = fromList ? Object.fromEntries(taken.map((row) => [`line ${row.line}`, [message]])) : { email: [message] };
  const lines = taken.map((row) => row.line).join(", ");
  throw new AppError("conflict", fromList ? `Nothing was imported: line${taken.length === 1 ? "" : "s"} ${lines} already invited.` : message, { fields });
}

/** Emails an invite (new or resent) and answers with its view and link. */
export async function deliver(ctx: MemberContext, invite: CandidateInvite, token: string, assessment: InviteAssessment): Promise<SentCandidateInvite> {
  const emailSent = await sendCandidateEmail(ctx, "invite", {
    invite,
    token,
    organisationName: ctx.principal.organisation.name,
    roleTitle: assessment.roleTitle,
    proctoring: assessment.proctoring,
  });
  return { invite: candidateInviteView(invite, ctx.now()), link: candidateLink(token), emailSent };
}

export type CandidatesOverview = {
  assessment: Pick<InviteAssessment, "id" | "title" | "roleTitle" | "status">;
  candidates: CandidateInviteView[];
};

/** What the candidates page shows: the assessment's title and status, and its invites. */
export async function candidatesOverview(ctx: MemberContext, assessmentId: string): Promise<CandidatesOverview> {
  const assessment = await assessmentOr404(ctx.db, ctx, assessmentId);
  const candidates = await listCandidates(ctx, assessmentId);
  return { assessment: { id: assessment.id, title: assessment.title, roleTitle: assessment.roleTitle, status: assessment.status }, candidates };
}
