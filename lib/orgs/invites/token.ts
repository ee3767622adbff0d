/**
 * Invite link tokens and the rules of an invite's life, pure so they are tested without a database.
 *
 * A token is 32 random bytes in base64url (43 characters): it travels only in the link. The database keeps its
 * SHA-256 in hex, so a leaked copy of the table cannot be turned back into working links. An invite is valid for
 * 7 days; "expired" is derived from `expires_at` and the request's clock, never stored.
 */
import "server-only";
import type { InviteStatus } from "@/db/schema";
import { hashLinkToken, isWellFormedLinkToken, LINK_TOKEN_BYTES, newLinkToken } from "@/lib/security/link-token";

export const INVITE_TOKEN_BYTES = LINK_TOKEN_BYTES;
export const INVITE_VALID_DAYS = 7;
const INVITE_VALID_MS = INVITE_VALID_DAYS * 24 * 60 * 60 * 1000;

/** SHA-256 of the token, hex: what `organisation_invites.token_hash` holds and the row-level policy compares. */
export const hashInviteToken = hashLinkToken;
/** A fresh token and its hash. The token goes into the link and is never stored. */
export const newInviteToken = newLinkToken;
/** Whether a path segment could be a token at all: anything else is answered 404 without a query. */
export const isWellFormedInviteToken = isWellFormedLinkToken;

/** When an invite made (or resent) at `now` stops working. */
export function inviteExpiresAt(now: Date): Date {
  return new Date(now.getTime() + INVITE_VALID_MS);
}

/** Where an invite stands as the person holding it sees it: a stored status, or "expired" for a pending one past its time. */
export type InviteState = InviteStatus | "expired";

export function inviteState(invite: { status: InviteStatus; expiresAt: Date }, now: Date): InviteState {
  if (invite.status === "pending" && invite.expiresAt.getTime() <= now.getTime()) return "expired";
  return invite.status;
}

/** Emails are compared lower-cased and trimmed: the stored invite email already is. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Whether the signed-in user's address is the one the invite was sent to. */
export function emailMatchesInvite(userEmail: string, inviteEmail: string): boolean {
  return normaliseEmail(userEmail) === normaliseEmail(inviteEmail);
}
