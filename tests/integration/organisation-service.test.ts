/**
 * Organisations through their services: creation (the derived slug, its suffix on a clash, the owner membership and
 * the audit event written under row-level security), renaming with its audit values, and the owners' audit log:
 * newest first, paged by keyset, with "A former member" for an actor who has left.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, organisationMembers } from "@/db/schema";
import { decodeAuditCursor } from "@/lib/orgs/audit-cursor";
import { FORMER_MEMBER, organisationAuditLog } from "@/lib/orgs/audit-log-service";
import { leaveOrganisation } from "@/lib/orgs/members-service";
import { createOrganisation, listMyOrganisations, updateOrganisation } from "@/lib/orgs/organisation-service";
import { contextFor, createTestUser } from "@/tests/helpers/context";
import { expectAppError } from "@/tests/helpers/expect-app-error";
import { memberContextFor, organisationWithEveryRole } from "@/tests/helpers/organisations";

describe("creating an organisation", () => {
  it("derives the slug from the name, makes the creator its owner and audits it in the organisation", async () => {
    const user = await createTestUser();
    const name = `Northwind ${randomUUID().slice(0, 8)}`;

    const organisation = await createOrganisation(contextFor(user), { name });

    expect(organisation.slug).toBe(name.toLowerCase().replace(" ", "-"));
    expect(await listMyOrganisations(contextFor(user))).toEqual([{ organisation, role: "owner" }]);
    const raw = await getDb();
    const [event] = await raw.select().from(auditEvents).where(eq(auditEvents.orgId, organisation.id));
    expect(event).toMatchObject({
      action: "organisation.create",
      actorUserId: user.id,
      targetId: organisation.id,
      newValues: { name, slug: organisation.slug },
    });
  });

  it("adds a random suffix when the derived slug is taken, and refuses a taken explicit slug with 409", async () => {
    const name = `Contoso ${randomUUID().slice(0, 8)}`;
    const first = await createOrganisation(contextFor(await createTestUser()), { name });
    const second = await createOrganisation(contextFor(await createTestUser()), { name });

    expect(second.slug).toMatch(new RegExp(`^${first.slug}-[0-9a-f]{6}$`));
    const error = await expectAppError(createOrganisation(contextFor(await createTestUser()), { name, slug: first.slug }), "conflict", 409);
    expect(error.fields).toHaveProperty("slug");
  });
});

describe("renaming an organisation", () => {
  it("audits the old and new name and slug, and nothing when nothing changed", async () => {
    const { organisation, owner, ownerCtx } = await organisationWithEveryRole();
    const slug = `renamed-${randomUUID().slice(0, 8)}`;

    expect(await updateOrganisation(ownerCtx, { name: "Renamed", slug })).toMatchObject({ name: "Renamed", slug });
    await updateOrganisation(memberContextFor(owner, { ...organisation, name: "Renamed", slug }, "owner"), { name: "Renamed" });

    const raw = await getDb();
    const events = await raw.select().from(auditEvents).where(eq(auditEvents.orgId, organisation.id));
    expect(events.filter((event) => event.action === "organisation.update")).toEqual([
      expect.objectContaining({
        actorUserId: owner.id,
        oldValues: { name: organisation.name, slug: organisation.slug },
        newValues: { name: "Renamed", slug },
      }),
    ]);
  });
});

describe("the organisation's audit log", () => {
  it("lists events newest first, a page at a time, with each actor's name and no other organisation's events", async () => {
    const { organisation, owner, ownerCtx } = await organisationWithEveryRole();
    const other = await organisationWithEveryRole();
    const raw = await getDb();
    // Five events written in one instant: the sequence orders them.
    const at = new Date("2026-01-01T10:00:00.000Z");
    for (let i = 1; i <= 5; i++) {
      await raw
        .insert(auditEvents)
        .values({ actorUserId: owner.id, orgId: organisation.id, action: `test.event_${i}`, targetType: "test", createdAt: at });
    }
    await raw.insert(auditEvents).values({ actorUserId: other.owner.id, orgId: other.organisation.id, action: "test.elsewhere", targetType: "test" });

    const first = await organisationAuditLog(ownerCtx, undefined, 2);
    const second = await organisationAuditLog(ownerCtx, decodeAuditCursor(first.nextCursor!)!, 2);
    const third = await organisationAuditLog(ownerCtx, decodeAuditCursor(second.nextCursor!)!, 2);

    expect([...first.events, ...second.events, ...third.events].map((event) => event.action)).toEqual([
      "test.event_5",
      "test.event_4",
      "test.event_3",
      "test.event_2",
      "test.event_1",
    ]);
    expect(third.nextCursor).toBeNull();
    expect(first.events[0]?.actor).toBe(owner.displayName ?? owner.email);
  });

  it("shows an actor who has left as a former member", async () => {
    const { organisation, reviewer, ownerCtx, reviewerCtx } = await organisationWithEveryRole();

    await leaveOrganisation(reviewerCtx);

    const { events } = await organisationAuditLog(ownerCtx);
    expect(events.find((event) => event.action === "organisation.member_leave")?.actor).toBe(FORMER_MEMBER);
    expect(JSON.stringify(events)).not.toContain(reviewer.email);
    const raw = await getDb();
    expect(await raw.select().from(organisationMembers).where(eq(organisationMembers.userId, reviewer.id))).toEqual([]);
    expect(organisation.id).toBe(ownerCtx.principal.organisation.id);
  });
});
