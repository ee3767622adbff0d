/**
 * The organisation routes end to end, through the real proxy with signed-in cookies: creating and listing, slug
 * conflicts, a removed member's next request, and deletion with its cascade. The permission table is in
 * organisation-permissions.test.ts.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as memberRoute from "@/app/api/orgs/[slug]/members/[memberId]/route";
import * as membersRoute from "@/app/api/orgs/[slug]/members/route";
import * as organisationRoute from "@/app/api/orgs/[slug]/route";
import * as organisationsRoute from "@/app/api/orgs/route";
import { getDb } from "@/db/client";
import { auditEvents, organisationInvites, organisationMembers, organisations } from "@/db/schema";
import { signedInTestUser } from "@/tests/helpers/context";
import { call, fixture, memberParams, slugOf } from "@/tests/helpers/organisation-requests";

describe("organisations through the API", () => {
  it("creates an organisation with the caller as owner, and lists it as theirs", async () => {
    const { cookie } = await signedInTestUser(`org-${randomUUID()}@example.test`);
    const name = `Acme ${randomUUID().slice(0, 6)}`;
    const created = await call(organisationsRoute.POST, "POST", "", { cookie, body: { name } });
    expect(created.status).toBe(201);
    const { organisation } = await created.json();
    expect(organisation.slug).toBe(name.toLowerCase().replace(" ", "-"));

    const listed = await (await call(organisationsRoute.GET, "GET", "", { cookie })).json();
    expect(listed.organisations).toEqual([{ organisation: { id: organisation.id, name, slug: organisation.slug }, role: "owner" }]);
    const overview = await call(organisationRoute.GET, "GET", `/${organisation.slug}`, { cookie, params: { slug: organisation.slug } });
    expect((await overview.json()).organisation).toMatchObject({ name, slug: organisation.slug, role: "owner" });
  });

  it("answers 409 naming the slug when an explicit slug is taken, and 422 for a reserved one", async () => {
    const f = await fixture();
    const { cookie } = await signedInTestUser(`org-${randomUUID()}@example.test`);
    const taken = await call(organisationsRoute.POST, "POST", "", { cookie, body: { name: "Copycat", slug: f.organisation.slug } });
    expect(taken.status).toBe(409);
    expect((await taken.json()).error.fields).toHaveProperty("slug");
    const reserved = await call(organisationsRoute.POST, "POST", "", { cookie, body: { name: "Copycat", slug: "new" } });
    expect(reserved.status).toBe(422);
    expect((await reserved.json()).error.fields).toHaveProperty("slug");
    const moved = await call(organisationRoute.PATCH, "PATCH", `/${f.organisation.slug}`, {
      cookie: f.people.owner.cookie,
      body: { slug: (await fixture()).organisation.slug },
      params: slugOf(f),
    });
    expect(moved.status).toBe(409);
    expect((await moved.json()).error.fields).toHaveProperty("slug");
  });

  it("ends a removed member's access on their next request", async () => {
    const f = await fixture();
    const params = memberParams(f);
    expect((await call(membersRoute.GET, "GET", `/${f.organisation.slug}/members`, { cookie: f.target.cookie, params: slugOf(f) })).status).toBe(200);

    const removed = await call(memberRoute.DELETE, "DELETE", `/${f.organisation.slug}/members/${f.targetId}`, {
      cookie: f.people.manager.cookie,
      params,
    });
    expect(removed.status).toBe(204);

    expect((await call(membersRoute.GET, "GET", `/${f.organisation.slug}/members`, { cookie: f.target.cookie, params: slugOf(f) })).status).toBe(404);
  });

  it("deletes only with the exact name, cascades members and invites, and keeps the audit event", async () => {
    const f = await fixture();
    const raw = await getDb();
    await raw.insert(organisationInvites).values({
      orgId: f.organisation.id,
      email: `invitee-${randomUUID()}@example.test`,
      role: "reviewer",
      tokenHash: randomUUID(),
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const { cookie } = f.people.owner;
    const params = slugOf(f);

    const wrong = await call(organisationRoute.DELETE, "DELETE", `/${f.organisation.slug}`, {
      cookie,
      body: { confirmName: f.organisation.name.toUpperCase() },
      params,
    });
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).error.fields).toHaveProperty("confirmName");

    const deleted = await call(organisationRoute.DELETE, "DELETE", `/${f.organisation.slug}`, {
      cookie,
      body: { confirmName: f.organisation.name },
      params,
    });
    expect(deleted.status).toBe(204);

    expect(await raw.select().from(organisations).where(eq(organisations.id, f.organisation.id))).toEqual([]);
    expect(await raw.select().from(organisationMembers).where(eq(organisationMembers.orgId, f.organisation.id))).toEqual([]);
    expect(await raw.select().from(organisationInvites).where(eq(organisationInvites.orgId, f.organisation.id))).toEqual([]);
    const events = await raw.select().from(auditEvents).where(eq(auditEvents.orgId, f.organisation.id));
    expect(events.map((event) => event.action)).toEqual(["organisation.delete"]);
    expect(events[0]).toMatchObject({ actorUserId: f.people.owner.user.id, oldValues: { memberCount: 4 } });
    expect(JSON.stringify(events[0])).not.toContain(f.organisation.name);
    expect((await call(organisationRoute.GET, "GET", `/${f.organisation.slug}`, { cookie, params })).status).toBe(404);
  });
});
