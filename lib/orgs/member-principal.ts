/**
 * Turning a signed-in user into a member of the organisation a request names. The wrappers call this with the slug
 * from the URL (or an action's input) and the permission the entry point needs: not a member, or no such
 * organisation, is a 404 (an outsider cannot tell the two apart); a member whose role lacks the permission, a 403.
 */
import "server-only";
import { findMembershipBySlug } from "@/db/queries/organisation-membership";
import { scopedDb } from "@/db/scoped";
import { AppError } from "@/lib/api/app-error";
import type { MemberPrincipal, UserPrincipal } from "@/lib/context/principal";
import type { Services } from "@/lib/context/services";
import { can, type Permission } from "./permissions";

export const ORGANISATION_NOT_FOUND = "No such organisation, or you are not a member of it.";

export async function memberPrincipalFor(
  principal: UserPrincipal,
  slug: string | undefined,
  permission: Permission,
  services: Pick<Services, "database">,
): Promise<MemberPrincipal> {
  if (!slug) throw new AppError("not_found", ORGANISATION_NOT_FOUND);
  const db = scopedDb(services.database, { role: "app", userId: principal.user.id });
  const membership = await findMembershipBySlug(db, principal.user.id, slug);
  if (!membership) throw new AppError("not_found", ORGANISATION_NOT_FOUND);
  if (!can(membership.role, permission)) {
    throw new AppError("forbidden", "Your role in this organisation does not allow that.");
  }
  const { acceptedTermsVersion, aiProcessing } = principal;
  return { kind: "member", user: principal.user, sessionId: principal.sessionId, acceptedTermsVersion, aiProcessing, ...membership };
}
