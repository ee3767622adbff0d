/**
 * The organisation routes end to end: signed-in cookies through the real proxy and the route handlers. The
 * permission table runs every organisation route for an owner, a manager, a reviewer and a non-member (404), each in
 * a fresh organisation so no row depends on another; then the flows whose effect shows on the next request.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as auditRoute from "@/app/api/orgs/[slug]/audit/route";
import * as leaveRoute from "@/app/api/orgs/[slug]/leave/route";
import * as memberRoute from "@/app/api/orgs/[slug]/members/[memberId]/route";
import * as membersRoute from "@/app/api/orgs/[slug]/members/route";
import * as organisationRoute from "@/app/api/orgs/[slug]/route";
import * as transferRoute from "@/app/api/orgs/[slug]/transfer-ownership/route";
import * as organisationsRoute from "@/app/api/orgs/route";
import { getDb } from "@/db/client";
import { auditEvents, type Organisation, organisationInvites, organisationMembers, organisations, type User } from "@/db/schema";
import { signedInTestUser } from "@/tests/helpers/context";
import { seedOrganisation } from "@/tests/helpers/organisations";
import { callThroughProxy } from "@/tests/helpers/through-proxy";

/** Any of the routes below, whatever its params (each case passes the params its route reads). */
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
type AnyParamsHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Role = "owner" | "manager" | "reviewer" | "outsider";
type Person = { user: User; cookie: string };

/** An organisation with one signed-in person per role, a second reviewer to act on, and a signed-in outsider. */
async function fixture() {
  const [owner, manager, reviewer, target, outsider] = await Promise.all(
    Array.from({ length: 5 }, () => signedInTestUser(`org-${randomUUID()}@example.test`)),
  ) as [Person, Person, Person, Person, Person];
  const organisation = await seedOrganisation([
    { user: owner.user, role: "owner" },
    { user: manager.user, role: "manager" },
    { user: reviewer.user, role: "reviewer" },
    { user: target.user, role: "reviewer" },
  ]);
  const people: Record<Role, Person> = { owner, manager, reviewer, outsider };
  return { organisation, people, target, targetId: await memberIdOf(organisation, target.user.id) };
}

async function memberIdOf(organisation: Organisation, userId: string): Promise<string> {
  const raw = await getDb();
  const [row] = await raw.select().from(organisationMembers).where(eq(organisationMembers.userId, userId));
  if (!row || row.orgId !== organisation.id) throw new Error("not a member");
  return row.id;
}

function call(handler: Handler, method: string, path: string, options: { cookie?: string; body?: unknown; params?: Record<string, string> } = {}) {
  const headers: Record<string, string> = options.cookie ? { cookie: options.cookie } : {};
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  if (body !== undefined) headers["content-type"] = "application/json";
  return callThroughProxy(handler as AnyParamsHandler, new Request(`http://localhost:3000/api/orgs${path}`, { method, headers, body }), options.params);
}

type Fixture = Awaited<ReturnType<typeof fixture>>;
type RouteCase = {
  name: string;
  handler: Handler;
  method: string;
  path: (f: Fixture) => string;
  params: (f: Fixture) => Record<string, string>;
  body?: (f: Fixture) => unknown;
  expected: Record<Exclude<Role, "outsider">, number>;
};

const slugOf = (f: Fixture) => ({ slug: f.organisation.slug });
const memberParams = (f: Fixture) => ({ slug: f.organisation.slug, memberId: f.targetId });

const ROUTE_CASES: RouteCase[] = [
  { name: "GET overview", handler: organisationRoute.GET, method: "GET", path: (f) => `/${f.organisation.slug}`, params: slugOf, expected: { owner: 200, manager: 200, reviewer: 200 } },
  { name: "PATCH rename", handler: organisationRoute.PATCH, method: "PATCH", path: (f) => `/${f.organisation.slug}`, params: slugOf, body: () => ({ name: "Renamed" }), expected: { owner: 200, manager: 403, reviewer: 403 } },
  { name: "DELETE organisation", handler: organisationRoute.DELETE, method: "DELETE", path: (f) => `/${f.organisation.slug}`, params: slugOf, body: (f) => ({ confirmName: f.organisation.name }), expected: { owner: 204, manager: 403, reviewer: 403 } },
  { name: "GET members", handler: membersRoute.GET, method: "GET", path: (f) => `/${f.organisation.slug}/members`, params: slugOf, expected: { owner: 200, manager: 200, reviewer: 200 } },
  { name: "PATCH member to manager", handler: memberRoute.PATCH, method: "PATCH", path: (f) => `/${f.organisation.slug}/members/${f.targetId}`, params: memberParams, body: () => ({ role: "manager" }), expected: { owner: 200, manager: 403, reviewer: 403 } },
  { name: "PATCH member to reviewer", handler: memberRoute.PATCH, method: "PATCH", path: (f) => `/${f.organisation.slug}/members/${f.targetId}`, params: memberParams, body: () => ({ role: "reviewer" }), expected: { owner: 200, manager: 200, reviewer: 403 } },
  { name: "DELETE member", handler: memberRoute.DELETE, method: "DELETE", path: (f) => `/${f.organisation.slug}/members/${f.targetId}`, params: memberParams, expected: { owner: 204, manager: 204, reviewer: 403 } },
  { name: "POST leave", handler: leaveRoute.POST, method: "POST", path: (f) => `/${f.organisation.slug}/leave`, params: slugOf, expected: { owner: 409, manager: 204, reviewer: 204 } },
  { name: "POST transfer-ownership", handler: transferRoute.POST, method: "POST", path: (f) => `/${f.organisation.slug}/transfer-ownership`, params: slugOf, body: (f) => ({ memberId: f.targetId }), expected: { owner: 204, manager: 403, reviewer: 403 } },
  { name: "GET audit", handler: auditRoute.GET, method: "GET", path: (f) => `/${f.organisation.slug}/audit`, params: slugOf, expected: { owner: 200, manager: 403, reviewer: 403 } },
];

const ROLES: Role[] = ["owner", "manager", "reviewer", "outsider"];
const TABLE = ROUTE_CASES.flatMap((route) => ROLES.map((role) => [route.name, role, role === "outsider" ? 404 : route.expected[role], route] as const));

describe("the organisation permission table", () => {
  it.each(TABLE)("%s as %s answers %i", async (_name, role, status, route) => {
    const f = await fixture();
    const response = await call(route.handler, route.method, route.path(f), { cookie: f.people[role].cookie, body: route.body?.(f), params: route.params(f) });
    expect(response.status).toBe(status);
    if (status >= 400) {
      const code = { 403: "forbidden", 404: "not_found", 409: "conflict" }[status as 403 | 404 | 409];
      expect((await response.json()).error).toMatchObject({ code, message: expect.any(String) });
    }
  });

  it.each(ROUTE_CASES.filter((route) => route.params === memberParams))(
    "$name answers 404 for a member id of another organisation, as its owner",
    async (route) => {
      const f = await fixture();
      const other = await fixture();
      const params = { slug: f.organisation.slug, memberId: other.targetId };
      const response = await call(route.handler, route.method, `/${f.organisation.slug}/members/${other.targetId}`, { cookie: f.people.owner.cookie, body: route.body?.(f), params });
      expect(response.status).toBe(404);
      expect(await (await getDb()).select().from(organisationMembers).where(eq(organisationMembers.id, other.targetId))).toHaveLength(1);
    },
  );

  it("answers 404 to a transfer naming another organisation's member", async () => {
    const f = await fixture();
    const other = await fixture();
    const response = await call(transferRoute.POST, "POST", `/${f.organisation.slug}/transfer-ownership`, { cookie: f.people.owner.cookie, body: { memberId: other.targetId }, params: slugOf(f) });
    expect(response.status).toBe(404);
  });

  it("answers 404 for an unknown slug", async () => {
    const f = await fixture();
    const response = await call(membersRoute.GET, "GET", "/no-such-organisation/members", { cookie: f.people.owner.cookie, params: { slug: "no-such-organisation" } });
    expect(response.status).toBe(404);
  });
});

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
    const moved = await call(organisationRoute.PATCH, "PATCH", `/${f.organisation.slug}`, { cookie: f.people.owner.cookie, body: { slug: (await fixture()).organisation.slug }, params: slugOf(f) });
    expect(moved.status).toBe(409);
    expect((await moved.json()).error.fields).toHaveProperty("slug");
  });

  it("ends a removed member's access on their next request", async () => {
    const f = await fixture();
    const params = memberParams(f);
    expect((await call(membersRoute.GET, "GET", `/${f.organisation.slug}/members`, { cookie: f.target.cookie, params: slugOf(f) })).status).toBe(200);

    const removed = await call(memberRoute.DELETE, "DELETE", `/${f.organisation.slug}/members/${f.targetId}`, { cookie: f.people.manager.cookie, params });
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

    const wrong = await call(organisationRoute.DELETE, "DELETE", `/${f.organisation.slug}`, { cookie, body: { confirmName: f.organisation.name.toUpperCase() }, params });
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).error.fields).toHaveProperty("confirmName");

    const deleted = await call(organisationRoute.DELETE, "DELETE", `/${f.organisation.slug}`, { cookie, body: { confirmName: f.organisation.name }, params });
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
