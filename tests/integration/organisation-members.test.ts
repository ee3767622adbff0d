/**
 * The member rules through the services, as the route wrappers call them with a member context: role changes by
 * role, removal and leaving, the last-owner rule (also under two concurrent demotions), ownership transfer, and the
 * audit events each change leaves.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { lockOwners } from "@/db/queries/organisation-members";
import { scopedDb } from "@/db/scoped";
import { auditEvents, type Organisation, type OrganisationRole, organisationMembers } from "@/db/schema";
import { changeMemberRole, LAST_OWNER, leaveOrganisation, listMembers, removeMember, transferOwnership } from "@/lib/orgs/members-service";
import { createTestUser } from "@/tests/helpers/context";
import { expectAppError } from "@/tests/helpers/expect-app-error";
import { waitForLockWaiters } from "@/tests/helpers/lock-waiters";
import { memberContextFor, organisationWithEveryRole, seedOrganisation } from "@/tests/helpers/organisations";

async function memberId(organisation: Organisation, userId: string): Promise<string> {
  const raw = await getDb();
  const [row] = await raw
    .select({ id: organisationMembers.id })
    .from(organisationMembers)
    .where(and(eq(organisationMembers.orgId, organisation.id), eq(organisationMembers.userId, userId)));
  if (!row) throw new Error("not a member");
  return row.id;
}

async function roles(organisation: Organisation): Promise<Record<string, OrganisationRole>> {
  const raw = await getDb();
  const rows = await raw.select().from(organisationMembers).where(eq(organisationMembers.orgId, organisation.id));
  return Object.fromEntries(rows.map((row) => [row.userId, row.role]));
}

async function eventsOf(organisation: Organisation) {
  const raw = await getDb();
  return raw.select().from(auditEvents).where(eq(auditEvents.orgId, organisation.id)).orderBy(auditEvents.seq);
}

/** An organisation with two owners and their contexts. */
async function twoOwners() {
  const first = await createTestUser();
  const second = await createTestUser();
  const organisation = await seedOrganisation([
    { user: first, role: "owner" },
    { user: second, role: "owner" },
  ]);
  return {
    organisation,
    first,
    second,
    firstCtx: memberContextFor(first, organisation, "owner"),
    secondCtx: memberContextFor(second, organisation, "owner"),
  };
}

describe("changing a member's role", () => {
  // [actor, the member's role, the new role, allowed]
  const cases: [OrganisationRole, OrganisationRole, OrganisationRole, boolean][] = [
    ["owner", "reviewer", "manager", true],
    ["owner", "manager", "owner", true],
    ["owner", "manager", "reviewer", true],
    ["manager", "reviewer", "reviewer", true],
    ["manager", "reviewer", "manager", false],
    ["manager", "reviewer", "owner", false],
    ["manager", "owner", "reviewer", false],
    ["reviewer", "reviewer", "manager", false],
  ];

  it.each(cases)("lets a %s move a %s to %s: %s", async (actorRole, targetRole, newRole, allowed) => {
    const actor = await createTestUser();
    const target = await createTestUser();
    const owner = await createTestUser();
    const organisation = await seedOrganisation([
      { user: owner, role: "owner" },
      { user: actor, role: actorRole },
      { user: target, role: targetRole },
    ]);
    const ctx = memberContextFor(actor, organisation, actorRole);
    const id = await memberId(organisation, target.id);

    if (allowed) {
      await changeMemberRole(ctx, id, { role: newRole });
      expect((await roles(organisation))[target.id]).toBe(newRole);
    } else {
      await expectAppError(changeMemberRole(ctx, id, { role: newRole }), "forbidden", 403);
      expect((await roles(organisation))[target.id]).toBe(targetRole);
    }
  });

  it("audits the old and new role with the actor and the organisation, and no personal text", async () => {
    const { organisation, owner, reviewer, ownerCtx } = await organisationWithEveryRole();
    const id = await memberId(organisation, reviewer.id);

    await changeMemberRole(ownerCtx, id, { role: "manager" });

    const [event] = (await eventsOf(organisation)).filter((row) => row.action === "organisation.member_role_change");
    expect(event).toMatchObject({
      actorUserId: owner.id,
      targetType: "organisation_member",
      targetId: id,
      oldValues: { role: "reviewer" },
      newValues: { role: "manager" },
    });
    expect(JSON.stringify(event)).not.toContain(reviewer.email);
  });

  it("answers 404 for a member of another organisation, and changes nothing there", async () => {
    const { ownerCtx } = await organisationWithEveryRole();
    const other = await organisationWithEveryRole();
    const id = await memberId(other.organisation, other.reviewer.id);

    await expectAppError(changeMemberRole(ownerCtx, id, { role: "manager" }), "not_found", 404);
    await expectAppError(changeMemberRole(ownerCtx, "not-a-uuid", { role: "manager" }), "not_found", 404);
    expect((await roles(other.organisation))[other.reviewer.id]).toBe("reviewer");
  });

  it("refuses to demote the last owner with 409, and lets one of two owners step down", async () => {
    const { organisation, owner, ownerCtx } = await organisationWithEveryRole();
    const error = await expectAppError(changeMemberRole(ownerCtx, await memberId(organisation, owner.id), { role: "manager" }), "conflict", 409);
    expect(error.message).toBe(LAST_OWNER);
    expect((await roles(organisation))[owner.id]).toBe("owner");

    const pair = await twoOwners();
    await changeMemberRole(pair.firstCtx, await memberId(pair.organisation, pair.first.id), { role: "manager" });
    expect(await roles(pair.organisation)).toEqual({ [pair.first.id]: "manager", [pair.second.id]: "owner" });
  });

  it("never leaves zero owners when two owners demote each other at once", async () => {
    const { organisation, first, second, firstCtx, secondCtx } = await twoOwners();
    const firstId = await memberId(organisation, first.id);
    const secondId = await memberId(organisation, second.id);
    // Hold the owner rows' locks so both demotions read "two owners" and then queue on the lock (PostgreSQL).
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockHeld = new Promise<void>((resolve) => (locked = resolve));
    const holder = scopedDb(getDb, { role: "system", job: "test" }).transaction(async (tx) => {
      await lockOwners(tx, organisation.id);
      locked();
      await released;
    });
    await lockHeld;
    const demotions = Promise.allSettled([
      changeMemberRole(firstCtx, secondId, { role: "manager" }),
      changeMemberRole(secondCtx, firstId, { role: "manager" }),
    ]);
    await waitForLockWaiters(2);
    release();
    await holder;
    const outcomes = await demotions;

    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === "rejected");
    expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: "conflict", message: LAST_OWNER });
    expect(Object.values(await roles(organisation)).filter((role) => role === "owner")).toHaveLength(1);
  });
});

describe("removing and leaving", () => {
  it("lets a manager remove a reviewer but not a manager or an owner", async () => {
    const { organisation, owner, manager, reviewer, managerCtx } = await organisationWithEveryRole();
    const otherManager = await createTestUser();
    const raw = await getDb();
    await raw.insert(organisationMembers).values({ orgId: organisation.id, userId: otherManager.id, role: "manager" });

    await expectAppError(removeMember(managerCtx, await memberId(organisation, owner.id)), "forbidden", 403);
    await expectAppError(removeMember(managerCtx, await memberId(organisation, otherManager.id)), "forbidden", 403);
    await removeMember(managerCtx, await memberId(organisation, reviewer.id));

    expect(await roles(organisation)).toEqual({ [owner.id]: "owner", [manager.id]: "manager", [otherManager.id]: "manager" });
    const [event] = (await eventsOf(organisation)).filter((row) => row.action === "organisation.member_remove");
    expect(event).toMatchObject({ actorUserId: manager.id, oldValues: { role: "reviewer", userId: reviewer.id } });
  });

  it("refuses removing or leaving as the last owner, and lets anyone else leave", async () => {
    const { organisation, owner, reviewer, ownerCtx, reviewerCtx } = await organisationWithEveryRole();

    expect((await expectAppError(leaveOrganisation(ownerCtx), "conflict", 409)).message).toBe(LAST_OWNER);
    await expectAppError(removeMember(ownerCtx, await memberId(organisation, owner.id)), "conflict", 409);
    await leaveOrganisation(reviewerCtx);

    expect(await roles(organisation)).not.toHaveProperty(reviewer.id);
    expect((await roles(organisation))[owner.id]).toBe("owner");
    expect((await eventsOf(organisation)).map((row) => row.action)).toContain("organisation.member_leave");
  });

  it("lets one of two owners leave", async () => {
    const { organisation, first, second, firstCtx } = await twoOwners();
    await leaveOrganisation(firstCtx);
    expect(await roles(organisation)).toEqual({ [second.id]: "owner" });
  });
});

describe("transferring ownership", () => {
  it("makes the member the owner and the actor a manager, and audits both roles", async () => {
    const { organisation, owner, reviewer, ownerCtx } = await organisationWithEveryRole();
    const target = await memberId(organisation, reviewer.id);

    await transferOwnership(ownerCtx, { memberId: target });

    expect(await roles(organisation)).toMatchObject({ [owner.id]: "manager", [reviewer.id]: "owner" });
    const [event] = (await eventsOf(organisation)).filter((row) => row.action === "organisation.ownership_transfer");
    expect(event).toMatchObject({ targetId: target, oldValues: { role: "reviewer" }, newValues: { role: "owner", previousOwnerRole: "manager" } });
  });

  it("refuses a member of another organisation (404), yourself (422) and an owner (409)", async () => {
    const { organisation, owner, ownerCtx } = await organisationWithEveryRole();
    const other = await organisationWithEveryRole();
    const pair = await twoOwners();

    await expectAppError(transferOwnership(ownerCtx, { memberId: await memberId(other.organisation, other.reviewer.id) }), "not_found", 404);
    await expectAppError(transferOwnership(ownerCtx, { memberId: await memberId(organisation, owner.id) }), "unprocessable", 422);
    await expectAppError(transferOwnership(pair.firstCtx, { memberId: await memberId(pair.organisation, pair.second.id) }), "conflict", 409);
    expect((await roles(organisation))[owner.id]).toBe("owner");
    expect((await roles(other.organisation))[other.reviewer.id]).toBe("reviewer");
  });
});

describe("listing members", () => {
  it("lists every member with name, email, role and joined date, owners first, and nobody from elsewhere", async () => {
    const { owner, manager, reviewer, reviewerCtx } = await organisationWithEveryRole();
    await organisationWithEveryRole();

    const members = await listMembers(reviewerCtx);

    expect(members.map((member) => [member.email, member.role, member.isYou])).toEqual([
      [owner.email, "owner", false],
      [manager.email, "manager", false],
      [reviewer.email, "reviewer", true],
    ]);
    expect(members.every((member) => member.joinedAt instanceof Date)).toBe(true);
  });
});
