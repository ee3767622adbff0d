/**
 * Local sessions end when the user signs out, not when the token expires: a token verifies only while its row in
 * auth_sessions is open. Signing out of all devices ends every session of that user and no one else's.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as getProfile } from "@/app/api/profile/route";
import { getDb } from "@/db/client";
import { findUserByAuthProviderId } from "@/db/queries/users";
import { scopedDb } from "@/db/scoped";
import { localSubjectForEmail } from "@/lib/auth/local-token";
import { signOut, signOutEverywhere } from "@/lib/auth/sign-in-service";
import { createContext, type UserContext } from "@/lib/context/request-context";
import { callThroughProxy, sessionCookieFor } from "@/tests/helpers/through-proxy";

const profile = (cookie: string) =>
  callThroughProxy(getProfile, new Request("http://localhost:3000/api/profile", { headers: { cookie } }));

/** The `sid` claim of the session token inside a cookie header. */
function sessionIdOf(cookie: string): string {
  const token = /__session=([^;]+)/.exec(cookie)![1]!;
  return JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).sid;
}

/** The context a request carrying `cookie` gets, as the route wrapper would build it. */
async function contextOf(email: string, cookie: string): Promise<UserContext> {
  const subject = localSubjectForEmail(email);
  const user = (await findUserByAuthProviderId(scopedDb(getDb, { role: "app", subject }), subject))!;
  return createContext({ kind: "user", user, sessionId: sessionIdOf(cookie) });
}

describe("local sign-in sessions", () => {
  it("stops a token working on the very next request once its session is signed out", async () => {
    const email = `signout-${randomUUID()}@example.test`;
    const cookie = await sessionCookieFor(email);
    expect((await profile(cookie)).status).toBe(200);
    await signOut(await contextOf(email, cookie));
    const after = await profile(cookie);
    expect(after.status).toBe(401);
    expect((await after.json()).error.code).toBe("unauthorized");
  });

  it("signs out of every device of the user and of no one else's", async () => {
    const email = `everywhere-${randomUUID()}@example.test`;
    const laptop = await sessionCookieFor(email);
    const phone = await sessionCookieFor(email);
    const someoneElse = await sessionCookieFor(`bystander-${randomUUID()}@example.test`);
    expect(sessionIdOf(laptop)).not.toBe(sessionIdOf(phone));
    expect((await profile(phone)).status).toBe(200);

    expect(await signOutEverywhere(await contextOf(email, laptop))).toBe(2);

    expect((await profile(laptop)).status).toBe(401);
    expect((await profile(phone)).status).toBe(401);
    expect((await profile(someoneElse)).status).toBe(200);
  });

  it("refuses a correctly signed token whose session was never opened", async () => {
    const email = `forged-${randomUUID()}@example.test`;
    await sessionCookieFor(email); // the user exists, with one open session
    const { issueLocalSession } = await import("@/lib/auth/local-session");
    const orphan = issueLocalSession(email); // signed with the server's key, but no row was opened for it
    expect((await profile(`__session=${orphan.token}; __client_uat=${orphan.issuedAt}`)).status).toBe(401);
  });

  it("records sign-out in the user's audit log", async () => {
    const email = `audited-${randomUUID()}@example.test`;
    const cookie = await sessionCookieFor(email);
    const ctx = await contextOf(email, cookie);
    await signOut(ctx);
    const { listAuditEventsForUser } = await import("@/db/queries/audit");
    const events = await listAuditEventsForUser(ctx.db, ctx.principal.user.id);
    expect(events.map((event) => event.action)).toContain("auth.sign_out");
  });
});
