import { describe, expect, it } from "vitest";
import { GET as getProfileRoute } from "@/app/api/profile/route";
import { GET as getHealthRoute } from "@/app/api/health/route";
import { getDb } from "@/db/client";
import { deleteUser, findUserByAuthProviderId } from "@/db/queries/users";
import { scopedDb } from "@/db/scoped";
import { issueLocalSession } from "@/lib/auth/local-session";
import { localSubjectForEmail } from "@/lib/auth/local-token";
import { updateProfile } from "@/lib/profile/profile-service";
import { contextFor, createTestUser } from "@/tests/helpers/context";
import { callThroughProxy, sessionCookieFor } from "@/tests/helpers/through-proxy";

const url = "http://localhost:3000/api/profile";
// An administrator's view, for arranging what no request could (removing an account behind a live token).
const system = scopedDb(getDb, { role: "system", job: "test" });

/** The user row local sign-in creates for `email` (sessionCookieFor then finds it), made before any sign-in. */
async function createUser(email: string) {
  return createTestUser({ subject: localSubjectForEmail(email), email, displayName: email });
}

describe("GET /api/profile", () => {
  it("answers 401 with the JSON error shape when signed out", async () => {
    const response = await callThroughProxy(getProfileRoute, new Request(url));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });

  it("returns the signed-in user's own profile and nobody else's", async () => {
    const alice = await createUser("alice-api@example.test");
    await createUser("bob-api@example.test");
    await updateProfile(contextFor(alice), { cvText: "Alice built the ledger.", targetRole: "Staff engineer", goals: null });

    const asAlice = await callThroughProxy(
      getProfileRoute,
      new Request(url, { headers: { cookie: await sessionCookieFor("alice-api@example.test") } }),
    );
    expect(asAlice.status).toBe(200);
    expect((await asAlice.json()).profile).toMatchObject({ cvText: "Alice built the ledger.", targetRole: "Staff engineer" });

    const asBob = await callThroughProxy(
      getProfileRoute,
      new Request(url, { headers: { cookie: await sessionCookieFor("bob-api@example.test") } }),
    );
    expect(asBob.status).toBe(200);
    expect((await asBob.json()).profile).toMatchObject({ cvText: null, targetRole: null, goals: null });
  });

  it("rejects an expired session token", async () => {
    await createUser("late-api@example.test");
    const issuedAt = Math.floor(Date.now() / 1000) - 7200;
    const cookie = await sessionCookieFor("late-api@example.test", { issuedAt, ttlSeconds: 60 });
    const response = await callThroughProxy(getProfileRoute, new Request(url, { headers: { cookie } }));
    expect(response.status).toBe(401);
  });

  it("answers 401, not 500, when a request reaches the handler without the proxy", async () => {
    const response = await getProfileRoute(new Request(url), { params: Promise.resolve({}) });
    expect(response.status).toBe(401);
  });

  it("answers 401 for a valid token whose user row does not exist", async () => {
    // Minted without sign-in's writes (sessionCookieFor would create the user): a well-signed token for nobody.
    const session = issueLocalSession("ghost-api@example.test");
    const cookie = `__session=${session.token}; __client_uat=${session.issuedAt}`;
    const response = await callThroughProxy(getProfileRoute, new Request(url, { headers: { cookie } }));
    expect(response.status).toBe(401);
  });

  it("answers 401 for a valid token whose user was deleted after signing in", async () => {
    const cookie = await sessionCookieFor("deleted-api@example.test");
    const user = await findUserByAuthProviderId(system, localSubjectForEmail("deleted-api@example.test"));
    expect(await deleteUser(system, user!.id)).toBe(true);

    const response = await callThroughProxy(getProfileRoute, new Request(url, { headers: { cookie } }));
    expect(response.status).toBe(401);
  });
});

describe("GET /api/health", () => {
  it("reports a reachable database and the adapters, without secrets", async () => {
    const response = await callThroughProxy(getHealthRoute, new Request("http://localhost:3000/api/health"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.database.reachable).toBe(true);
    expect(body.adapters).toMatchObject({ auth: "local", ai: "offline" });
    expect(["pglite", "postgres"]).toContain(body.adapters.database);
    expect(JSON.stringify(body)).not.toMatch(/sk_live|PRIVATE KEY|postgres:\/\//);
  });
});
