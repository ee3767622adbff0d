/**
 * The header's organisation menu: the organisations the visitor belongs to, or none for a visitor who is signed out
 * (or a candidate with no organisation, who then sees no menu at all).
 */
import "server-only";
import { listMemberships } from "@/db/queries/organisation-membership";
import type { AnonymousPrincipal, UserPrincipal } from "@/lib/context/principal";
import type { RequestContext } from "@/lib/context/request-context";

export type MenuOrganisation = { name: string; slug: string };

export async function organisationMenu(ctx: RequestContext<UserPrincipal | AnonymousPrincipal>): Promise<MenuOrganisation[]> {
  if (ctx.principal.kind !== "user") return [];
  const memberships = await listMemberships(ctx.db, ctx.principal.user.id);
  return memberships.map(({ organisation }) => ({ name: organisation.name, slug: organisation.slug }));
}
