/**
 * Organisations for integration tests, seeded as an administrator would (the raw handle, past row-level security),
 * so a test of one service does not depend on another. Contexts are the ones the wrappers build: a member principal
 * with the role, over the test's database.
 */
import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { type Organisation, type OrganisationRole, organisationMembers, organisations, type User } from "@/db/schema";
import type { MemberPrincipal } from "@/lib/context/principal";
import { type ContextOptions, createContext, type MemberContext } from "@/lib/context/request-context";
import { createTestUser } from "./context";

/** A new organisation with a unique slug and the given members (the first listed is usually the owner). */
export async function seedOrganisation(
  members: { user: User; role: OrganisationRole }[],
  input: { name?: string; slug?: string } = {},
): Promise<Organisation> {
  const raw = await getDb();
  const slug = input.slug ?? `org-${randomUUID().slice(0, 8)}`;
  const [organisation] = await raw.insert(organisations).values({ name: input.name ?? `Team ${slug}`, slug }).returning();
  for (const member of members) {
    await raw.insert(organisationMembers).values({ orgId: organisation!.id, userId: member.user.id, role: member.role });
  }
  return organisation!;
}

/** The context a request of `user` acting in `organisation` with `role` gets (the wrapper's member principal). */
export function memberContextFor(
  user: User,
  organisation: Pick<Organisation, "id" | "name" | "slug">,
  role: OrganisationRole,
  options: ContextOptions = {},
): MemberContext {
  const principal: MemberPrincipal = {
    kind: "member",
    user,
    sessionId: null,
    organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug },
    role,
  };
  return createContext(principal, options);
}

/** An organisation with one user in each role, and their contexts. */
export async function organisationWithEveryRole(options: ContextOptions = {}) {
  const owner = await createTestUser();
  const manager = await createTestUser();
  const reviewer = await createTestUser();
  const organisation = await seedOrganisation([
    { user: owner, role: "owner" },
    { user: manager, role: "manager" },
    { user: reviewer, role: "reviewer" },
  ]);
  return {
    organisation,
    owner,
    manager,
    reviewer,
    ownerCtx: memberContextFor(owner, organisation, "owner", options),
    managerCtx: memberContextFor(manager, organisation, "manager", options),
    reviewerCtx: memberContextFor(reviewer, organisation, "reviewer", options),
  };
}
