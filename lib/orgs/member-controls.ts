/**
 * Which controls the members page shows beside each member, from the permission table. Pure, so the page and its
 * tests agree; the services check the same rules again (and the last-owner rule, which needs the database).
 */
import type { OrganisationRole } from "@/db/schema/organisations";
import { can, grantableRoles, mayManageRole } from "./permissions";

export type MemberControls = {
  /** The roles the role picker offers (empty: no picker). */
  roleChoices: OrganisationRole[];
  canRemove: boolean;
  canLeave: boolean;
};

export function memberControls(actor: OrganisationRole, member: { role: OrganisationRole; isYou: boolean }): MemberControls {
  const manageable = mayManageRole(actor, member.role);
  const choices = grantableRoles(actor);
  return {
    roleChoices: manageable && choices.length > 1 ? choices : [],
    canRemove: manageable && !member.isYou,
    canLeave: member.isYou,
  };
}

/** Only owners hand ownership on. */
export function mayTransferOwnership(actor: OrganisationRole): boolean {
  return can(actor, "organisation.manage");
}

export const ROLE_LABELS: Record<OrganisationRole, string> = { owner: "Owner", manager: "Manager", reviewer: "Reviewer" };
