/**
 * Organisations as a whole: create one (any signed-in user, who becomes its owner), list mine, read, rename or move
 * it, delete it. Each change and its audit event commit together. The name and slug are the organisation's, not a
 * person's, so the audit log may keep them.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { listMemberships, type MembershipSummary } from "@/db/queries/organisation-membership";
import {
  countMembers,
  deleteOrganisation as deleteOrganisationRow,
  insertOrganisationWithOwner,
  updateOrganisation as updateOrganisationRow,
} from "@/db/queries/organisations";
import { switchScope } from "@/db/scoped";
import type { Organisation, OrganisationRole } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import { deleteOrganisationCustomer, organisationCustomer } from "@/lib/billing/stripe/organisation-customer";
import type { MemberContext, UserContext } from "@/lib/context/request-context";
import type { CreateOrganisationInput, DeleteOrganisationInput, UpdateOrganisationInput } from "./schemas";
import { slugFromName, slugWithSuffix } from "./slug";

const SLUG_TAKEN = "That address is taken. Choose another.";
/** Tries of a derived slug with a fresh random suffix before giving up (each clash is one in 16 million). */
const DERIVED_SLUG_TRIES = 5;

export type OrganisationView = Pick<Organisation, "id" | "name" | "slug">;
export type OrganisationOverview = OrganisationView & { role: OrganisationRole };

/** The organisations the signed-in user belongs to, by name, for the header's switcher and GET /api/orgs. */
export async function listMyOrganisations(ctx: UserContext): Promise<MembershipSummary[]> {
  return listMemberships(ctx.db, ctx.principal.user.id);
}

/**
 * Creates the organisation with the user as its owner. An explicit slug that is taken is a 409 naming the field; a
 * slug derived from the name gets a random suffix instead. The new id is chosen here so the transaction can scope
 * itself to it first: row-level security only lets a row into `organisations` whose id is the one in scope.
 */
export async function createOrganisation(ctx: UserContext, input: CreateOrganisationInput): Promise<OrganisationView> {
  const userId = ctx.principal.user.id;
  const id = randomUUID();
  const derived = input.slug === undefined;
  const first = input.slug ?? slugFromName(input.name);
  return ctx.db.transaction(async (tx) => {
    const scoped = await switchScope(tx, { role: "app", userId, orgId: id });
    for (let attempt = 0; attempt < (derived ? DERIVED_SLUG_TRIES : 1); attempt++) {
      const slug = attempt === 0 ? first : slugWithSuffix(first);
      const created = await insertOrganisationWithOwner(scoped, { id, name: input.name, slug, ownerUserId: userId, role: "owner" });
      if (!created) continue;
      await ctx.audit(
        { action: "organisation.create", targetType: "organisation", targetId: id, orgId: id, newValues: { name: created.name, slug: created.slug } },
        scoped,
      );
      return { id: created.id, name: created.name, slug: created.slug };
    }
    if (!derived) throw new AppError("conflict", SLUG_TAKEN, { fields: { slug: [SLUG_TAKEN] } });
    throw new AppError("conflict", "We could not find a free address for that name. Choose one yourself.", { fields: { slug: [SLUG_TAKEN] } });
  });
}

/** The organisation in the request's scope and the member's role in it. */
export async function organisationOverview(ctx: MemberContext): Promise<OrganisationOverview> {
  return { ...ctx.principal.organisation, role: ctx.principal.role };
}

/** Renames and/or moves the organisation (owners). A slug another organisation holds is a 409 naming the field. */
export async function updateOrganisation(ctx: MemberContext, input: UpdateOrganisationInput): Promise<OrganisationView> {
  const orgId = ctx.principal.organisation.id;
  return ctx.db.transaction(async (tx) => {
    const change = { ...(input.name !== undefined ? { name: input.name } : {}), ...(input.slug !== undefined ? { slug: input.slug } : {}) };
    const result = await updateOrganisationRow(tx, orgId, change, ctx.now());
    if (result === "slug_taken") throw new AppError("conflict", SLUG_TAKEN, { fields: { slug: [SLUG_TAKEN] } });
    if (!result) throw new AppError("not_found", "This organisation no longer exists.");
    const { before, after } = result;
    const changed = (["name", "slug"] as const).filter((field) => before[field] !== after[field]);
    if (changed.length > 0) {
      await ctx.audit(
        {
          action: "organisation.update",
          targetType: "organisation",
          targetId: orgId,
          oldValues: Object.fromEntries(changed.map((field) => [field, before[field]])),
          newValues: Object.fromEntries(changed.map((field) => [field, after[field]])),
        },
        tx,
      );
    }
    return { id: after.id, name: after.name, slug: after.slug };
  });
}

/**
 * Deletes the organisation with its members and invites (owners), once the body repeats its exact name. The audit
 * event records how many members lost access, never who; it outlives the organisation (audit_events.org_id has no
 * foreign key on purpose).
 */
export async function deleteOrganisation(ctx: MemberContext, input: DeleteOrganisationInput): Promise<void> {
  const { id: orgId, name } = ctx.principal.organisation;
  if (input.confirmName.trim() !== name) {
    const message = "Type the organisation's name exactly as it is shown to confirm.";
    throw new AppError("unprocessable", message, { fields: { confirmName: [message] } });
  }
  const billingCustomer = await organisationCustomer(ctx, orgId);
  await ctx.db.transaction(async (tx) => {
    const memberCount = await countMembers(tx, orgId);
    if (!(await deleteOrganisationRow(tx, orgId))) throw new AppError("not_found", "This organisation no longer exists.");
    await ctx.audit({ action: "organisation.delete", targetType: "organisation", targetId: orgId, oldValues: { memberCount } }, tx);
  });
  await deleteOrganisationCustomer(ctx, billingCustomer);
}
