/**
 * The permission table: what each organisation role may do. Every organisation route, action and page names one of
 * these permissions in its wrapper (`org: "…"`), and services that act on a role (granting, removing) ask
 * `mayManageRole` as well. Pure, so pages use it to decide which controls to show.
 *
 * | permission          | owner | manager | reviewer |
 * |---------------------|-------|---------|----------|
 * | results.view        | yes   | yes     | yes      |  view assessments and results, rate and comment
 * | assessments.manage  | yes   | yes     | no       |  create, edit, close assessments; invite and manage candidates
 * | reviewers.manage    | yes   | yes     | no       |  invite and remove reviewers
 * | managers.manage     | yes   | no      | no       |  invite and remove managers, change roles
 * | organisation.manage | yes   | no      | no       |  settings, retention, billing, audit log, delete the organisation
 */
import type { OrganisationRole } from "@/db/schema";

export const PERMISSIONS = [
  "results.view",
  "assessments.manage",
  "reviewers.manage",
  "managers.manage",
  "organisation.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTED: Record<OrganisationRole, ReadonlySet<Permission>> = {
  owner: new Set(PERMISSIONS),
  manager: new Set(["results.view", "assessments.manage", "reviewers.manage"]),
  reviewer: new Set(["results.view"]),
};

export function can(role: OrganisationRole, permission: Permission): boolean {
  return GRANTED[role].has(permission);
}

/** The permission needed to invite, remove or change someone holding `target` (owners are managed like managers). */
export function permissionToManage(target: OrganisationRole): Permission {
  return target === "reviewer" ? "reviewers.manage" : "managers.manage";
}

/** Whether `actor` may invite someone as `target`, remove a `target`, or give or take away the `target` role. */
export function mayManageRole(actor: OrganisationRole, target: OrganisationRole): boolean {
  return can(actor, permissionToManage(target));
}

/** The roles `actor` may grant, for the invite form's choices. */
export function grantableRoles(actor: OrganisationRole): OrganisationRole[] {
  return (["owner", "manager", "reviewer"] as const).filter((role) => mayManageRole(actor, role));
}
