/**
 * Reading a candidate's link and their attempt, with the refusals every candidate service shares: an unknown link
 * (or one whose assessment was never opened) is a 404, an expired or withdrawn one a 410; neither message names the
 * organisation. The attempt belongs to the browser whose cookie started it; any other browser is refused with the
 * same 409 everywhere.
 */
import "server-only";
import { findLiveAttempt } from "@/db/queries/candidate-attempts";
import { type CandidateLink, findCandidateLink } from "@/db/queries/candidate-links";
import type { AssessmentAttempt, CandidateInvite } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import type { CandidateContext } from "@/lib/context/request-context";
import type { ScopedDb } from "@/db/scoped";
import { UNKNOWN_LINK } from "@/lib/security/candidate-principal";
import { hashDeviceSecret } from "./device-cookie";

export const EXPIRED_LINK = "This link has expired. If you still want to take part, ask the person who invited you for a new link.";
export const REVOKED_LINK = "This link has been withdrawn and no longer works.";
export const CLOSED_ASSESSMENT = "This assessment is closed and no longer accepts new starts.";
export const OTHER_DEVICE = "This link is already in use on another device.";
export const NOT_STARTED = "Start the assessment first.";
export const ALREADY_SUBMITTED = "You have already submitted this assessment, so nothing more can be changed.";

export type InviteState = CandidateInvite["status"] | "expired";

/** The state a candidate sees: the stored status, or "expired" once the deadline has passed before a submit. */
export function inviteState(invite: CandidateInvite, now: Date): InviteState {
  if (invite.status === "revoked" || invite.status === "submitted") return invite.status;
  return invite.deadlineAt.getTime() <= now.getTime() ? "expired" : invite.status;
}

/**
 * The link's invite, assessment and organisation, or a refusal: 404 unknown (or a draft assessment), 410 withdrawn,
 * 410 expired. A submitted invite never expires (its receipt stays); each service refuses writes to it, after the
 * device check, so another browser learns nothing about the attempt.
 */
export async function loadLink(ctx: CandidateContext, options: { db?: ScopedDb } = {}): Promise<CandidateLink> {
  const link = await findCandidateLink(options.db ?? ctx.db, ctx.principal.tokenHash);
  if (!link || link.assessment.status === "draft") throw new AppError("not_found", UNKNOWN_LINK);
  const state = inviteState(link.invite, ctx.now());
  if (state === "revoked") throw new AppError("gone", REVOKED_LINK);
  if (state === "expired") throw new AppError("gone", EXPIRED_LINK);
  return link;
}

/** Which browser holds the link's attempt, as the view reports it. */
export function deviceOf(attempt: AssessmentAttempt | null, deviceSecret: string | null): "this" | "other" | "none" {
  if (!attempt) return "none";
  return deviceSecret && hashDeviceSecret(deviceSecret) === attempt.deviceHash ? "this" : "other";
}

/**
 * The link's live attempt when this browser started it: 409 when none was started, or another browser holds it.
 * `lock` holds the attempt's row for the caller's transaction, so a racing submit waits.
 */
export async function requireOwnAttempt(
  ctx: CandidateContext,
  link: CandidateLink,
  deviceSecret: string | null,
  options: { db?: ScopedDb; lock?: boolean; inProgress?: boolean } = {},
): Promise<AssessmentAttempt> {
  const attempt = await findLiveAttempt(options.db ?? ctx.db, link.invite.id, { lock: options.lock });
  const device = deviceOf(attempt, deviceSecret);
  if (!attempt || device === "none") throw new AppError("conflict", NOT_STARTED);
  if (device === "other") throw new AppError("conflict", OTHER_DEVICE);
  if (options.inProgress && attempt.status !== "in_progress") throw new AppError("conflict", ALREADY_SUBMITTED);
  return attempt;
}
