/**
 * Deleting an account through DELETE /api/account: a user with data in every table is deleted, then every text, jsonb
 * and uuid column of every table in the schema is scanned for their id, email and display name (zero rows); what
 * organisations keep stays, anonymised. Also: 401 signed out, 422 for the wrong phrase and 409 for a sole owner with
 * members (nothing deleted either way), the same email signing in again to a new empty account, and the Clerk path
 * through an injected identity deleter.
 */
import { eq, sql } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { DELETE as deleteAccountRoute } from "@/app/api/account/route";
import { GET as getProfileRoute } from "@/app/api/profile/route";
import { getDb } from "@/db/client";
import { dataMap, listSchemaTables, type TableName } from "@/db/data-map";
import { listMemberships } from "@/db/queries/organisation-membership";
import { assessments, auditEvents, candidateDecisions, candidateInvites, organisationMembers, organisations, users } from "@/db/schema";
import { loadProfile } from "@/lib/profile/profile-service";
import { listSavedSessions } from "@/lib/practice/session";
import { previewAccountDeletion } from "@/lib/privacy/account-deletion/account-deletion-service";
import { signInAs, seedFullAccount } from "@/tests/helpers/account-deletion-seed";
import { contextFor } from "@/tests/helpers/context";
import { seedOrganisation } from "@/tests/helpers/organisations";
import { callThroughProxy } from "@/tests/helpers/through-proxy";

const url = "http://localhost:3000/api/account";
const PHRASE = { confirm: "delete my account" };

function deleteRequest(cookie: string | null, body: unknown = PHRASE): Request {
  const headers: Record<string, string> = { "content-type": "application/json", ...(cookie ? { cookie } : {}) };
  return new Request(url, { method: "DELETE", headers, body: JSON.stringify(body) });
}

const callDelete = (cookie: string | null, body?: unknown) => callThroughProxy(deleteAccountRoute, deleteRequest(cookie, body));

/** Every row of every table whose text, jsonb or uuid columns mention one of `needles`, as "table.column". */
async function rowsMentioning(needles: string[]): Promise<string[]> {
  const raw = await getDb();
  const found: string[] = [];
  for (const { name, table } of listSchemaTables()) {
    for (const column of getTableConfig(table).columns) {
      if (!/^(text|jsonb|uuid|varchar)/.test(column.getSQLType())) continue;
      const value = sql`lower(${sql.identifier(column.name)}::text)`;
      const mentions = sql.join(needles.map((needle) => sql`strpos(${value}, ${needle.toLowerCase()}) > 0`), sql` or `);
      const result = await raw.execute(sql`select count(*)::int as n from ${sql.identifier(name)} where ${mentions}`);
      if (Number((result as unknown as { rows: { n: number }[] }).rows[0]!.n) > 0) found.push(`${name}.${column.name}`);
    }
  }
  return found;
}

async function userExists(id: string): Promise<boolean> {
  const raw = await getDb();
  return (await raw.select({ id: users.id }).from(users).where(eq(users.id, id))).length === 1;
}

describe("DELETE /api/account", () => {
  it("deletes every row of the user and leaves no trace of their id, email or name in any table", async () => {
    const account = await seedFullAccount("leaving");
    const { user } = account;
    const needles = [user.id, user.email, user.displayName!];
    // The seed reaches every table the data map says account deletion changes, so the scan below proves each one.
    const changed = (Object.keys(dataMap) as TableName[]).filter((table) => dataMap[table].onAccountDeletion.action !== "keep");
    const before = new Set((await rowsMentioning(needles)).map((found) => found.split(".")[0]));
    expect(changed.filter((table) => !before.has(table))).toEqual([]);
    expect(before.has("email_outbox")).toBe(true);

    const response = await callDelete(account.cookie);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: true, organisationsDeleted: 1, membershipsRemoved: 1 });
    const cookies = response.headers.getSetCookie();
    expect(cookies).toContainEqual(expect.stringMatching(/^__session=; .*Max-Age=0/));
    expect(cookies).toContainEqual(expect.stringMatching(/^__client_uat=0; /));

    expect(await rowsMentioning(needles)).toEqual([]);
    // The session is over: the old cookie no longer signs anyone in.
    expect((await callThroughProxy(getProfileRoute, new Request("http://localhost:3000/api/profile", { headers: { cookie: account.cookie } }))).status).toBe(401);
  });

  it("keeps what the organisations own, anonymised, and one anonymous account.delete event", async () => {
    const account = await seedFullAccount("anonymised");
    const raw = await getDb();
    const before = await raw.select({ n: sql<number>`count(*)::int` }).from(auditEvents).where(eq(auditEvents.action, "account.delete"));

    expect((await callDelete(account.cookie)).status).toBe(200);

    expect(await raw.select().from(organisations).where(eq(organisations.id, account.ownOrganisation.id))).toEqual([]);
    const shared = await raw.select().from(organisationMembers).where(eq(organisationMembers.orgId, account.sharedOrganisation.id));
    expect(shared.map((member) => [member.userId, member.role])).toEqual([[account.otherOwner.id, "owner"]]);
    const [assessment] = await raw.select().from(assessments).where(eq(assessments.id, account.assessmentId));
    expect(assessment).toMatchObject({ title: "Support screen", createdByUserId: null });
    const [invite] = await raw.select().from(candidateInvites).where(eq(candidateInvites.id, account.candidateInviteId));
    expect(invite).toMatchObject({ candidateName: "Cara Candidate", invitedByUserId: null });
    const [decision] = await raw.select().from(candidateDecisions).where(eq(candidateDecisions.inviteId, account.candidateInviteId));
    expect(decision).toMatchObject({ decision: "advance", decidedByUserId: null });

    // The events the user acted in keep their action and time; the other owner's note keeps its facts, not the user.
    const decided = await raw.select().from(auditEvents).where(eq(auditEvents.action, "assessment.review.decide"));
    expect(decided.find((event) => event.targetId === account.candidateInviteId)).toMatchObject({ actorUserId: null, ipHash: null, newValues: { decision: "advance" } });
    const [note] = await raw.select().from(auditEvents).where(eq(auditEvents.orgId, account.sharedOrganisation.id)).then((rows) => rows.filter((row) => row.action === "organisation.note"));
    expect(note).toMatchObject({ actorUserId: account.otherOwner.id, targetId: null, newValues: { member: { role: "manager" } } });

    const after = await raw.select().from(auditEvents).where(eq(auditEvents.action, "account.delete"));
    expect(after.length).toBe(before[0]!.n + 1);
    const latest = after.sort((a, b) => b.seq - a.seq)[0]!;
    expect(latest).toMatchObject({ actorUserId: null, targetType: "user", targetId: null, ipHash: null, oldValues: null });
    expect(latest.newValues).toEqual({ organisationsDeleted: 1, membershipsRemoved: 1 });
  });

  it("answers 401 when signed out", async () => {
    const response = await callDelete(null);
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("unauthorized");
  });

  it("refuses the wrong phrase with 422 and deletes nothing", async () => {
    const { user, cookie } = await signInAs(`phrase-${crypto.randomUUID()}@example.test`, "Phrase Tester");
    for (const body of [{ confirm: "Delete my account" }, { confirm: "delete" }, {}]) {
      const response = await callDelete(cookie, body);
      expect(response.status).toBe(422);
      expect((await response.json()).error.fields).toHaveProperty("confirm");
    }
    expect(await userExists(user.id)).toBe(true);
    expect((await callThroughProxy(getProfileRoute, new Request("http://localhost:3000/api/profile", { headers: { cookie } }))).status).toBe(200);
  });

  it("refuses a sole owner whose organisation has other members with 409 naming it, and deletes nothing", async () => {
    const { user, cookie } = await signInAs(`owner-${crypto.randomUUID()}@example.test`, "Sole Owner");
    const colleague = (await signInAs(`colleague-${crypto.randomUUID()}@example.test`, "Colleague")).user;
    const team = await seedOrganisation([{ user, role: "owner" }, { user: colleague, role: "reviewer" }], { name: "Blocking team" });
    expect(await previewAccountDeletion(contextFor(user))).toEqual({ blocking: [{ name: "Blocking team", slug: team.slug }], deletedWithAccount: [] });

    const response = await callDelete(cookie);
    expect(response.status).toBe(409);
    expect((await response.json()).error.message).toContain('"Blocking team"');
    expect(await userExists(user.id)).toBe(true);
    expect((await listMemberships(contextFor(user).db, user.id)).map((m) => m.organisation.id)).toEqual([team.id]);
  });

  it("lets the same email sign in again to a new, empty account", async () => {
    const account = await seedFullAccount("returning");
    expect((await callDelete(account.cookie)).status).toBe(200);

    const { user: fresh } = await signInAs(account.user.email, "Returning User");
    expect(fresh.id).not.toBe(account.user.id);
    const ctx = contextFor(fresh);
    expect(await loadProfile(ctx)).toMatchObject({ cvText: null, targetRole: null, goals: null });
    expect((await listSavedSessions(ctx, { limit: 50 })).sessions).toEqual([]);
    expect(await listMemberships(ctx.db, fresh.id)).toEqual([]);
    expect(await previewAccountDeletion(ctx)).toEqual({ blocking: [], deletedWithAccount: [] });
  });
});
