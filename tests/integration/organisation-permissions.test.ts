/**
 * The permission table over every organisation route, through the route handlers with signed-in cookies and the real
 * proxy: an owner, a manager, a reviewer and a non-member each call every route in a fresh organisation (so no row
 * depends on another). A member whose role lacks the permission gets 403, a non-member 404, and so does a member id
 * of another organisation.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as auditRoute from "@/app/api/orgs/[slug]/audit/route";
import * as leaveRoute from "@/app/api/orgs/[slug]/leave/route";
import * as memberRoute from "@/app/api/orgs/[slug]/members/[memberId]/route";
import * as membersRoute from "@/app/api/orgs/[slug]/members/route";
import * as organisationRoute from "@/app/api/orgs/[slug]/route";
import * as transferRoute from "@/app/api/orgs/[slug]/transfer-ownership/route";
import { getDb } from "@/db/client";
import { organisationMembers } from "@/db/schema";
import { call, type Fixture, fixture, type Handler, memberParams, type Role, slugOf } from "@/tests/helpers/organisation-requests";

type RouteCase = {
  name: string;
  handler: Handler;
  method: string;
  path: (f: Fixture) => string;
  params: (f: Fixture) => Record<string, string>;
  body?: (f: Fixture) => unknown;
  expected: Record<Exclude<Role, "outsider">, number>;
};

const ROUTE_CASES: RouteCase[] = [
  {
    name: "GET overview",
    handler: organisationRoute.GET,
    method: "GET",
    path: (f) => `/${f.organisation.slug}`,
    params: slugOf,
    expected: { owner: 200, manager: 200, reviewer: 200 },
  },
  {
    name: "PATCH rename",
    handler: organisationRoute.PATCH,
    method: "PATCH",
    path: (f) => `/${f.organisation.slug}`,
    params: slugOf,
    body: () => ({ name: "Renamed" }),
    expected: { owner: 200, manager: 403, reviewer: 403 },
  },
  {
    name: "DELETE organisation",
    handler: organisationRoute.DELETE,
    method: "DELETE",
    path: (f) => `/${f.organisation.slug}`,
    params: slugOf,
    body: (f) => ({ confirmName: f.organisation.name }),
    expected: { owner: 204, manager: 403, reviewer: 403 },
  },
  {
    name: "GET members",
    handler: membersRoute.GET,
    method: "GET",
    path: (f) => `/${f.organisation.slug}/members`,
    params: slugOf,
    expected: { owner: 200, manager: 200, reviewer: 200 },
  },
  {
    name: "PATCH member to manager",
    handler: memberRoute.PATCH,
    method: "PATCH",
    path: (f) => `/${f.organisation.slug}/members/${f.targetId}`,
    params: memberParams,
    body: () => ({ role: "manager" }),
    expected: { owner: 200, manager: 403, reviewer: 403 },
  },
  {
    name: "PATCH member to reviewer",
    handler: memberRoute.PATCH,
    method: "PATCH",
    path: (f) => `/${f.organisation.slug}/members/${f.targetId}`,
    params: memberParams,
    body: () => ({ role: "reviewer" }),
    expected: { owner: 200, manager: 200, reviewer: 403 },
  },
  {
    name: "DELETE member",
    handler: memberRoute.DELETE,
    method: "DELETE",
    path: (f) => `/${f.organisation.slug}/members/${f.targetId}`,
    params: memberParams,
    expected: { owner: 204, manager: 204, reviewer: 403 },
  },
  {
    name: "POST leave",
    handler: leaveRoute.POST,
    method: "POST",
    path: (f) => `/${f.organisation.slug}/leave`,
    params: slugOf,
    expected: { owner: 409, manager: 204, reviewer: 204 },
  },
  {
    name: "POST transfer-ownership",
    handler: transferRoute.POST,
    method: "POST",
    path: (f) => `/${f.organisation.slug}/transfer-ownership`,
    params: slugOf,
    body: (f) => ({ memberId: f.targetId }),
    expected: { owner: 204, manager: 403, reviewer: 403 },
  },
  {
    name: "GET audit",
    handler: auditRoute.GET,
    method: "GET",
    path: (f) => `/${f.organisation.slug}/audit`,
    params: slugOf,
    expected: { owner: 200, manager: 403, reviewer: 403 },
  },
];

const ROLES: Role[] = ["owner", "manager", "reviewer", "outsider"];
const TABLE = ROUTE_CASES.flatMap((route) =>
  ROLES.map((role) => [route.name, role, role === "outsider" ? 404 : route.expected[role], route] as const),
);

describe("the organisation permission table", () => {
  it.each(TABLE)("%s as %s answers %i", async (_name, role, status, route) => {
    const f = await fixture();
    const response = await call(route.handler, route.method, route.path(f), {
      cookie: f.people[role].cookie,
      body: route.body?.(f),
      params: route.params(f),
    });
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
      const response = await call(route.handler, route.method, `/${f.organisation.slug}/members/${other.targetId}`, {
        cookie: f.people.owner.cookie,
        body: route.body?.(f),
        params,
      });
      expect(response.status).toBe(404);
      expect(await (await getDb()).select().from(organisationMembers).where(eq(organisationMembers.id, other.targetId))).toHaveLength(1);
    },
  );

  it("answers 404 to a transfer naming another organisation's member", async () => {
    const f = await fixture();
    const other = await fixture();
    const response = await call(transferRoute.POST, "POST", `/${f.organisation.slug}/transfer-ownership`, {
      cookie: f.people.owner.cookie,
      body: { memberId: other.targetId },
      params: slugOf(f),
    });
    expect(response.status).toBe(404);
  });

  it("answers 404 for an unknown slug", async () => {
    const f = await fixture();
    const response = await call(membersRoute.GET, "GET", "/no-such-organisation/members", {
      cookie: f.people.owner.cookie,
      params: { slug: "no-such-organisation" },
    });
    expect(response.status).toBe(404);
  });
});
