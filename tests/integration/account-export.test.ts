import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/account/export/route";
import { getDb } from "@/db/client";
import { listAuditEventsForUser } from "@/db/queries/audit";
import { recordConsent } from "@/db/queries/consents";
import { saveProfile } from "@/db/queries/profiles";
import { accountSettings, organisationInvites, organisationMembers, signInEvents, type User } from "@/db/schema";
import { parseInput } from "@/lib/api/validation";
import { answerInputSchema, answerQuestion, finishSession, saveSession, startSession } from "@/lib/practice/session";
import { answerBody, STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { EXPORT_PAGE_SIZE, exportAccount } from "@/lib/privacy/export/account-export";
import { ACCOUNT_EXPORT_RULE } from "@/lib/privacy/export/export-allowance";
import { seedCandidateLink } from "@/tests/helpers/candidate-flow";
import { contextFor, createTestUser, signedInTestUser } from "@/tests/helpers/context";
import { readZip } from "@/tests/helpers/read-zip";
import { callThroughProxy } from "@/tests/helpers/through-proxy";

const url = "http://localhost:3000/api/account/export";
type Row = Record<string, unknown>;

/** A saved practice session of `user` with one answer whose text carries `marker`. */
async function savedSessionWithAnswer(user: User, marker: string) {
  const ctx = contextFor(user);
  const session = await startSession(ctx, { type: "behavioural", count: 3 });
  await answerQuestion(ctx, session.id, 1, parseInput(answerInputSchema, answerBody(`${STRONG_ANSWER} Marker ${marker}.`)));
  await finishSession(ctx, session.id);
  await saveSession(ctx, session.id);
  return session;
}

/** Alice with something in every table the export covers, Bob beside her in her organisation, and its candidate. */
async function seedAccounts() {
  const raw = await getDb();
  const alice = await signedInTestUser();
  const bob = await createTestUser({ displayName: "Bob Neighbour" });
  const marker = randomUUID();
  const session = await savedSessionWithAnswer(alice.user, marker);
  await savedSessionWithAnswer(bob, `bob-${marker}`);
  await saveProfile(contextFor(alice.user).db, alice.user.id, { cvText: `Alice CV ${marker}` });
  await recordConsent(contextFor(alice.user).db, alice.user.id, { kind: "ai_processing", version: "2026-12", granted: false });
  await recordConsent(contextFor(bob).db, bob.id, { kind: "terms", version: "bob-version", granted: true });
  await raw.insert(signInEvents).values([
    { userId: alice.user.id, method: "local", device: "Mac", browser: "Firefox" },
    { userId: bob.id, method: "local", device: "Bobphone", browser: "Bobzilla" },
  ]);
  await raw.insert(accountSettings).values({ userId: alice.user.id, practiceRetention: "90d" });
  const link = await seedCandidateLink({ organisationName: `Acme ${marker}`, candidateName: "Casey Private" });
  const orgId = link.organisation.id;
  await raw.insert(organisationMembers).values([
    { orgId, userId: bob.id, role: "owner" },
    { orgId, userId: alice.user.id, role: "manager" },
  ]);
  const week = new Date(Date.now() + 7 * 86_400_000);
  const invitee = `invitee-${marker}@example.test`;
  const [sent, received, bobs] = await raw
    .insert(organisationInvites)
    .values([
      { orgId, email: invitee, role: "reviewer", tokenHash: `sent-${marker}`, invitedByUserId: alice.user.id, expiresAt: week },
      { orgId, email: alice.user.email, role: "manager", tokenHash: `received-${marker}`, invitedByUserId: bob.id, expiresAt: week, status: "accepted" },
      { orgId, email: `other-${marker}@example.test`, role: "reviewer", tokenHash: `bobs-${marker}`, invitedByUserId: bob.id, expiresAt: week },
    ])
    .returning();
  // A pending invite from a team Alice has not joined: hers to see, though no organisation scope of hers holds it.
  const elsewhere = await seedCandidateLink({ organisationName: `Elsewhere ${marker}`, candidateName: "Other Candidate" });
  const [pending] = await raw
    .insert(organisationInvites)
    .values({ orgId: elsewhere.organisation.id, email: alice.user.email, role: "reviewer", tokenHash: `pending-${marker}`, expiresAt: week })
    .returning();
  return { alice, bob, marker, session, link, invitee, invites: { sent: sent!, received: received!, bobs: bobs!, pending: pending! } };
}

async function download(cookie?: string): Promise<Response> {
  return callThroughProxy(exportRoute, new Request(url, { headers: cookie ? { cookie } : {} }));
}

async function filesOf(response: Response) {
  return readZip(Buffer.from(await response.arrayBuffer()));
}

const json = (files: Map<string, { text: string }>, name: string) => JSON.parse(files.get(name)!.text) as Row[];

describe("GET /api/account/export", () => {
  it("answers 401 when signed out", async () => {
    const response = await download();
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("unauthorized");
  });

  it("downloads a ZIP of the user's answers, consents, sign-ins, settings, memberships and invites, with a README", async () => {
    const seeded = await seedAccounts();
    const response = await download(seeded.alice.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="rehearse-export-\d{4}-\d{2}-\d{2}\.zip"$/);
    const files = await filesOf(response);

    expect(files.get("README.txt")!.text).toContain("practice_answers.json");
    expect(json(files, "users.json")).toEqual([expect.objectContaining({ id: seeded.alice.user.id, email: seeded.alice.user.email })]);
    expect(json(files, "candidate_profiles.json")[0]).toMatchObject({ cv_text: `Alice CV ${seeded.marker}` });
    expect(json(files, "practice_sessions.json")).toEqual([expect.objectContaining({ id: seeded.session.id, status: "saved" })]);
    const [answer] = json(files, "practice_answers.json");
    expect(answer).toMatchObject({ session_id: seeded.session.id, position: 1, feedback: expect.any(Object), scores: expect.any(Object) });
    expect(answer!.answer_text).toContain(`Marker ${seeded.marker}.`);
    expect(json(files, "consents.json")).toEqual([expect.objectContaining({ kind: "ai_processing", granted: false })]);
    expect(json(files, "sign_in_events.json")).toEqual([expect.objectContaining({ device: "Mac", browser: "Firefox", method: "local" })]);
    expect(json(files, "account_settings.json")).toEqual([expect.objectContaining({ practice_retention: "90d" })]);
    expect(json(files, "organisation_members.json")).toEqual([
      expect.objectContaining({ user_id: seeded.alice.user.id, role: "manager", exported_as: "your membership", organisation_name: `Acme ${seeded.marker}` }),
    ]);
    const invites = json(files, "organisation_invites.json");
    expect(invites.map((i) => [i.id, i.exported_as]).sort()).toEqual(
      [
        [seeded.invites.sent.id, "sent by you"],
        [seeded.invites.received.id, "sent to you"],
        [seeded.invites.pending.id, "sent to you"],
      ].sort(),
    );
    // The name of a team she belongs to; not of one she has only been invited to.
    expect(invites.find((i) => i.id === seeded.invites.received.id)!.organisation_name).toBe(`Acme ${seeded.marker}`);
    expect(invites.find((i) => i.id === seeded.invites.pending.id)!.organisation_name).toBeNull();
    for (const invite of invites) expect(Object.keys(invite)).not.toEqual(expect.arrayContaining(["email"]));
    // Timestamps come out as ISO 8601 in UTC.
    expect(json(files, "users.json")[0]!.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$/);
  });

  it("holds no other person's rows: not a fellow member's, not an invitee's email, not the organisation's candidates", async () => {
    const seeded = await seedAccounts();
    const files = await filesOf(await download(seeded.alice.cookie));
    const everything = [...files.values()].map((f) => f.text).join("\n");
    for (const foreign of [
      seeded.bob.id,
      seeded.bob.email,
      "Bob Neighbour",
      `bob-${seeded.marker}`,
      "bob-version",
      "Bobzilla",
      seeded.invitee,
      seeded.invites.bobs.id,
      seeded.invites.sent.tokenHash,
      seeded.link.invite.id,
      seeded.link.invite.candidateEmail,
      "Casey Private",
      seeded.link.assessment.id,
    ]) {
      expect(everything, foreign).not.toContain(foreign);
    }
    expect([...files.keys()].filter((name) => /candidate_invites|assessment|proctoring|answer_reviews/.test(name))).toEqual([]);
  });

  it("records an account.export audit event without personal data, and refuses past the hourly limit with a 429", async () => {
    const { user, cookie } = await signedInTestUser();
    for (let i = 0; i < ACCOUNT_EXPORT_RULE.limit; i++) {
      const response = await download(cookie);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    const refused = await download(cookie);
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.code).toBe("rate_limited");
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);

    const events = (await listAuditEventsForUser(contextFor(user).db, user.id)).filter((e) => e.action === "account.export");
    expect(events).toHaveLength(ACCOUNT_EXPORT_RULE.limit);
    expect(events[0]).toMatchObject({ targetType: "user", targetId: user.id, oldValues: null, newValues: { files: expect.any(Number) } });
    expect(JSON.stringify(events[0]!.newValues)).not.toContain(user.email);
  });
});

describe("exportAccount", () => {
  it("streams every row of a history longer than one page, each once, in key order", async () => {
    const user = await createTestUser();
    const raw = await getDb();
    const count = EXPORT_PAGE_SIZE * 2 + 7;
    await raw.execute(sql`
      insert into practice_sessions (user_id, interview_type, status, question_count, started_at)
      select ${user.id}::uuid, 'mixed', 'saved', 3, now() - g * interval '1 hour' from generate_series(1, ${count}::int) g`);
    const { body } = await exportAccount(contextFor(user));
    const files = readZip(Buffer.from(await new Response(body).arrayBuffer()));
    const ids = json(files, "practice_sessions.json").map((row) => row.id as string);
    expect(ids).toHaveLength(count);
    expect(new Set(ids).size).toBe(count);
    expect(ids).toEqual([...ids].sort());
  });
});
