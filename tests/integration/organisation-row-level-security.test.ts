/**
 * The proof that one organisation cannot see or write another's rows, whatever a query forgets. Two organisations,
 * each with members, an invite and audit events; then bare SQL with NO where clause, as the app role scoped to
 * organisation A, must return only A's rows from every organisation table. Writes that name B are refused by the
 * policies. Without an organisation in scope a user sees only their own memberships, and a token's holder only the
 * invite whose hash is in scope.
 *
 * The raw `getDb()` handle (a superuser that never switched role) arranges and counts rows, as an admin would.
 */
import { randomUUID } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { type Database, getDb } from "@/db/client";
import { dataMap, type TableName } from "@/db/data-map";
import { type DbScope, runScoped, type ScopedDb, scopedDb } from "@/db/scoped";
import type { User } from "@/db/schema";
import { hashOf, seedTwo } from "@/tests/helpers/organisation-isolation-seed";

type OrganisationTable =
  | "organisations"
  | "organisation_members"
  | "organisation_invites"
  | "assessments"
  | "assessment_questions"
  | "candidate_invites"
  | "assessment_attempts"
  | "assessment_answers"
  | "proctoring_events"
  | "answer_reviews"
  | "candidate_decisions"
  | "organisation_billing"
  | "organisation_usage";

/** The assessment tables a candidate's link opens (its own invite's rows only). */
const CANDIDATE_TABLES = [
  "assessments",
  "assessment_questions",
  "candidate_invites",
  "assessment_attempts",
  "assessment_answers",
  "proctoring_events",
] as const;

/** The tables the data map says an organisation owns; a new one fails the first test until it is seeded here. */
const organisationTables = (): OrganisationTable[] =>
  (Object.keys(dataMap) as TableName[]).filter((table): table is OrganisationTable => dataMap[table].owner.kind === "organisation").sort();

function orgColumn(table: OrganisationTable): string {
  const owner = dataMap[table].owner;
  if (owner.kind !== "organisation") throw new Error(`${table} is not owned by an organisation`);
  return owner.column;
}


const handleFor = (scope: DbScope): ScopedDb => scopedDb(getDb, scope);
const inOrganisation = (user: User, orgId: string) => handleFor({ role: "app", userId: user.id, orgId });

async function rowsOf<T>(conn: Database, query: SQL): Promise<T[]> {
  return ((await conn.execute(query)) as unknown as { rows: T[] }).rows;
}

function run<T>(db: ScopedDb | Database, query: SQL): Promise<T[]> {
  return "scope" in db ? runScoped(db, (tx) => rowsOf<T>(tx, query)) : rowsOf<T>(db, query);
}

/** Every row of `table`, with no where clause, and the organisation each belongs to. */
async function everyRow(db: ScopedDb | Database, table: OrganisationTable): Promise<{ org: string }[]> {
  return run(db, sql`select ${sql.identifier(orgColumn(table))}::text as org, * from ${sql.identifier(table)}`);
}

async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, "the statement was not refused").toBeInstanceOf(Error);
  const found: string[] = [];
  for (let current = error, depth = 0; current instanceof Error && depth < 8; current = current.cause, depth++) found.push(current.message);
  return found.join(" <- ");
}

describe("organisation row-level security", () => {
  it("covers every table the data map says an organisation owns", () => {
    expect(organisationTables()).toEqual([
      "answer_reviews",
      "assessment_answers",
      "assessment_attempts",
      "assessment_questions",
      "assessments",
      "candidate_decisions",
      "candidate_invites",
      "organisation_billing",
      "organisation_invites",
      "organisation_members",
      "organisation_usage",
      "organisations",
      "proctoring_events",
    ]);
  });

  it.each(CANDIDATE_TABLES)("shows a candidate's link only its own invite's rows of %s, and its organisation's name", async (table) => {
    const { a, b } = await seedTwo();
    const candidate = handleFor({ role: "app", tokenHash: a.candidateTokenHash });

    const seen = await everyRow(candidate, table);

    expect(seen.length).toBe(1);
    expect(seen[0]?.org).toBe(a.id);
    expect(seen.map((row) => row.org)).not.toContain(b.id);
    const orgs = await run<{ id: string }>(candidate, sql`select id from organisations`);
    expect(orgs.map((row) => row.id)).toEqual([a.id]);
    // Nothing of the organisation's members, member invites or audit log.
    for (const other of ["organisation_members", "organisation_invites", "answer_reviews", "candidate_decisions", "organisation_billing", "organisation_usage"] as const) {
      expect(await everyRow(candidate, other)).toEqual([]);
    }
    expect(await run(candidate, sql`select * from audit_events`)).toEqual([]);
  });

  it("refuses a candidate's writes into another invite's attempt, and any change to the assessment", async () => {
    const { a, b } = await seedTwo();
    const candidate = handleFor({ role: "app", tokenHash: a.candidateTokenHash });
    const raw = await getDb();
    const [otherAssessment] = await rowsOf<{ assessment_id: string }>(raw, sql`select assessment_id from candidate_invites where id = ${b.candidateInviteId}`);

    const forged = sql`insert into assessment_attempts (org_id, assessment_id, invite_id, device_hash, consent_version)
      values (${b.id}, ${otherAssessment!.assessment_id}, ${b.candidateInviteId}, 'x', 'v1')`;
    expect(await refusal(run(candidate, forged))).toMatch(/row-level security|duplicate key/);
    // The candidate can read the assessment, so the update reaches the policy's WITH CHECK, which refuses it.
    expect(await refusal(run(candidate, sql`update assessments set title = 'Hacked'`))).toMatch(/row-level security/);
    const titles = await rowsOf<{ title: string }>(raw, sql`select title from assessments where org_id in (${a.id}, ${b.id})`);
    expect(titles.map((row) => row.title)).toEqual(["Backend", "Backend"]);
  });

  it.each(organisationTables())("returns only organisation A's rows of %s to a bare select scoped to A", async (table) => {
    const { a, b, shared } = await seedTwo();
    const raw = await getDb();
    expect((await everyRow(raw, table)).map((row) => row.org)).toEqual(expect.arrayContaining([a.id, b.id]));
    const expected = (await everyRow(raw, table)).filter((row) => row.org === a.id).length;
    expect(expected).toBeGreaterThan(0);

    // The user in both organisations, scoped to A, sees nothing of B: not even their own membership there.
    for (const viewer of [a.owner, shared]) {
      const seen = await everyRow(inOrganisation(viewer, a.id), table);
      expect(seen).toHaveLength(expected);
      expect(new Set(seen.map((row) => row.org))).toEqual(new Set([a.id]));
    }
  });

  it("returns only organisation A's audit events to a bare select scoped to A", async () => {
    const { a, b, shared } = await seedTwo();
    const raw = await getDb();
    expect((await run<{ org_id: string }>(raw, sql`select * from audit_events where org_id in (${a.id}, ${b.id})`)).length).toBe(2);

    const seen = await run<{ org_id: string | null }>(inOrganisation(a.owner, a.id), sql`select * from audit_events`);

    // A's owner wrote only A's event; B's owner's event in B stays out of sight.
    expect(seen.map((row) => row.org_id)).toEqual([a.id]);
    // The member of both organisations, who wrote nothing, sees A's event only.
    const seenByShared = await run<{ org_id: string | null }>(inOrganisation(shared, a.id), sql`select * from audit_events`);
    expect(seenByShared.map((row) => row.org_id)).toEqual([a.id]);
  });

  it("refuses inserts into every organisation table that name organisation B", async () => {
    const { a, b, shared } = await seedTwo();
    const db = inOrganisation(a.owner, a.id);
    const attempts = [
      sql`insert into organisations (id, name, slug) values (${b.id}, 'Hijack', ${`x-${randomUUID().slice(0, 8)}`})`,
      sql`insert into organisations (id, name, slug) values (${randomUUID()}, 'Elsewhere', ${`x-${randomUUID().slice(0, 8)}`})`,
      sql`insert into organisation_members (org_id, user_id, role) values (${b.id}, ${a.owner.id}, 'owner')`,
      sql`insert into organisation_invites (org_id, email, role, token_hash, expires_at) values (${b.id}, 'x@example.test', 'owner', ${hashOf(randomUUID())}, now() + interval '1 day')`,
    ];
    for (const statement of attempts) {
      expect(await refusal(run(db, statement))).toMatch(/new row violates row-level security policy/);
    }
    const raw = await getDb();
    const membersOfB = await rowsOf<{ user_id: string }>(raw, sql`select user_id from organisation_members where org_id = ${b.id}`);
    expect(membersOfB.map((row) => row.user_id).sort()).toEqual([b.owner.id, shared.id].sort());
  });

  it("refuses an audit event naming organisation B, from A's scope and from no organisation's", async () => {
    const { a, b } = await seedTwo();
    const insertInto = (orgId: string) =>
      sql`insert into audit_events (actor_user_id, org_id, action, target_type) values (${a.owner.id}, ${orgId}, 'test.forged', 'organisation')`;

    for (const db of [inOrganisation(a.owner, a.id), scopedDb(getDb, { role: "app", userId: a.owner.id })]) {
      expect(await refusal(run(db, insertInto(b.id)))).toMatch(/new row violates row-level security policy/);
    }
    // The same actor may still log in their own organisation's scope.
    await run(inOrganisation(a.owner, a.id), insertInto(a.id));
    const raw = await getDb();
    const forged = await rowsOf<{ n: number }>(raw, sql`select count(*)::int as n from audit_events where org_id = ${b.id} and action = 'test.forged'`);
    expect(forged[0]?.n).toBe(0);
  });

  it("refuses moving A's rows into organisation B, and changes none of B's rows", async () => {
    const { a, b } = await seedTwo();
    const db = inOrganisation(a.owner, a.id);
    for (const table of ["organisation_members", "organisation_invites"] as const) {
      const message = await refusal(run(db, sql`update ${sql.identifier(table)} set org_id = ${b.id} where org_id = ${a.id}`));
      expect(message).toMatch(/new row violates row-level security policy/);
    }
    const touched = [
      await run(db, sql`update organisations set name = 'Taken over' where id = ${b.id} returning id`),
      await run(db, sql`update organisation_members set role = 'reviewer' where org_id = ${b.id} returning id`),
      await run(db, sql`delete from organisation_invites where org_id = ${b.id} returning id`),
      await run(db, sql`delete from organisations where id = ${b.id} returning id`),
    ];
    expect(touched).toEqual([[], [], [], []]);
    const raw = await getDb();
    const [row] = await rowsOf<{ name: string }>(raw, sql`select name from organisations where id = ${b.id}`);
    expect(row?.name).toBe("Team");
  });

  it("shows a user with no organisation in scope only their own memberships and organisations", async () => {
    const { a, b, shared } = await seedTwo();
    const db = handleFor({ role: "app", userId: a.owner.id });

    const members = await run<{ user_id: string; org_id: string }>(db, sql`select * from organisation_members`);
    const orgs = await run<{ id: string }>(db, sql`select * from organisations`);
    const invites = await run<{ org_id: string; invited_by_user_id: string }>(db, sql`select * from organisation_invites`);

    expect(members.map((row) => [row.user_id, row.org_id])).toEqual([[a.owner.id, a.id]]);
    expect(orgs.map((row) => row.id)).toEqual([a.id]);
    // Only the invite this user sent (migration 0016), not organisation B's.
    expect(invites.map((row) => [row.org_id, row.invited_by_user_id])).toEqual([[a.id, a.owner.id]]);
    const sharedSees = await run<{ org_id: string }>(handleFor({ role: "app", userId: shared.id }), sql`select * from organisation_members`);
    expect(sharedSees.map((row) => row.org_id).sort()).toEqual([a.id, b.id].sort());
  });

  it("shows a user the invites sent to their email from any organisation, only where the export set that email", async () => {
    const { a, b } = await seedTwo();
    const raw = await getDb();
    const [invite] = await rowsOf<{ email: string }>(raw, sql`select email from organisation_invites where org_id = ${b.id}`);
    const outsider = handleFor({ role: "app", userId: randomUUID() });

    const unset = await run(outsider, sql`select * from organisation_invites`);
    const asInvitee = await runScoped(outsider, async (tx) => {
      await tx.execute(sql`select set_config('app.user_email', ${invite!.email.toUpperCase()}, true)`);
      return (await tx.execute(sql`select org_id from organisation_invites`)) as unknown as { rows: { org_id: string }[] };
    });
    const inOrganisationA = handleFor({ role: "app", userId: a.owner.id, orgId: a.id });
    const fromA = await runScoped(inOrganisationA, async (tx) => {
      await tx.execute(sql`select set_config('app.user_email', ${invite!.email}, true)`);
      return (await tx.execute(sql`select org_id from organisation_invites`)) as unknown as { rows: { org_id: string }[] };
    });

    expect(unset).toEqual([]);
    expect(asInvitee.rows.map((row) => row.org_id)).toEqual([b.id]);
    // An organisation's scope still sees that organisation's invites only.
    expect(fromA.rows.map((row) => row.org_id)).toEqual([a.id]);
  });

  it("shows the holder of a token only its invite and that invite's organisation", async () => {
    const { a } = await seedTwo();
    const db = handleFor({ role: "app", tokenHash: a.tokenHash });

    const invites = await run<{ token_hash: string; org_id: string }>(db, sql`select * from organisation_invites`);
    const orgs = await run<{ id: string }>(db, sql`select * from organisations`);

    expect(invites.map((row) => [row.org_id, row.token_hash])).toEqual([[a.id, a.tokenHash]]);
    expect(orgs.map((row) => row.id)).toEqual([a.id]);
    expect(await run(db, sql`select * from organisation_members`)).toEqual([]);
    expect(await run(handleFor({ role: "app", tokenHash: hashOf("not a token") }), sql`select * from organisation_invites`)).toEqual([]);
  });
});
