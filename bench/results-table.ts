/**
 * The results table at scale: one assessment with 1,000 submitted attempts of 5 answers each, on PostgreSQL.
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432 npm run bench:results-table
 *   (BENCH_QUERY_RUNS, default 100, timed calls per measurement)
 *
 * DATABASE_URL names a server and a role that may create databases: the bench creates its own fresh database there,
 * migrates it, seeds it with a few INSERT … SELECT statements (1,000 invites, attempts and their integrity totals,
 * 50 reset attempts kept beside the live ones, 5,000 scored answers of which about every 13th is "insufficient
 * evidence", about 2,000 proctoring events with camera confidences, plus a neighbouring assessment of the same size so
 * the indexes must pick one), runs VACUUM ANALYZE, and
 * drops the database at the end. It prints p50/p95 of the results service as a reviewer (scoped handle, row-level
 * security on) for the first page (default sort), for a sort by overall score, and of the CSV export (all 1,000 rows,
 * its audit event included), with the load average. Target (printed, never enforced): the table under 200 ms.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freshDatabase, loadAverage as load, percentile, withAdmin } from "./bench-database";

const ATTEMPTS = 1_000;
const QUERY_RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 100);
const WARM_UP = 5;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-bench-results-"));
process.env.DATA_DIR = dataDir;





/** One assessment of `orgId` with 5 questions and `ATTEMPTS` submitted attempts; returns its id. */
async function seedAssessment(client: pg.Client, orgId: string, label: string): Promise<string> {
  const assessment = await client.query<{ id: string }>(
    `INSERT INTO assessments (org_id, title, role_title, status, proctoring, deadline_days) VALUES ($1, $2, 'Support engineer', 'open', true, 7) RETURNING id`,
    [orgId, `Screen ${label}`],
  );
  const id = assessment.rows[0]!.id;
  await client.query(
    `INSERT INTO assessment_questions (org_id, assessment_id, position, text, kind, source)
     SELECT $1, $2, p, 'Tell me about a time you handled a difficult customer (' || p || ').', 'behavioural', 'custom' FROM generate_series(1, 5) p`,
    [orgId, id],
  );
  await client.query(
    `INSERT INTO candidate_invites (org_id, assessment_id, candidate_name, candidate_email, token_hash, status, deadline_at)
     SELECT $1, $2, 'Candidate ' || $3 || ' ' || g, 'candidate-' || $3 || '-' || g || '@example.test', md5($3 || g::text), 'submitted', now() + interval '7 days'
     FROM generate_series(1, $4::int) g`,
    [orgId, id, label, ATTEMPTS],
  );
  await client.query(
    `INSERT INTO assessment_attempts (org_id, assessment_id, invite_id, device_hash, status, consent_version, started_at, submitted_at, integrity)
     SELECT org_id, assessment_id, id, md5(id::text), 'submitted', 'v1', now() - interval '2 hours', now() - (row_number() over ()) * interval '1 minute',
       jsonb_build_object('totals', jsonb_build_object('tab_switch', 1, 'window_blur', 1, 'look_away', 0, 'multiple_faces', 0, 'face_lost', 0))
     FROM candidate_invites WHERE assessment_id = $1`,
    [id],
  );
  // Every 20th invite was reset once: its earlier attempt stays (superseded) beside the live one.
  await client.query(
    `INSERT INTO assessment_attempts (org_id, assessment_id, invite_id, device_hash, status, consent_version, started_at, submitted_at, superseded_at)
     SELECT org_id, assessment_id, id, md5('earlier' || id::text), 'submitted', 'v1', now() - interval '3 days', now() - interval '3 days', now() - interval '2 days'
     FROM (SELECT *, row_number() over () AS n FROM candidate_invites WHERE assessment_id = $1) i WHERE n % 20 = 0`,
    [id],
  );
  await client.query(
    `INSERT INTO assessment_answers (org_id, invite_id, attempt_id, question_id, position, answer_text, mode, duration_ms, overall_score, evaluation, engine, rubric_version)
     SELECT a.org_id, a.invite_id, a.id, q.id, q.position, repeat('I owned the fix and measured the result. ', 12), 'typed', 60000 + q.position * 1000,
       CASE WHEN (hashtext(a.id::text) + q.position) % 13 = 0 THEN NULL ELSE 30 + abs(hashtext(a.id::text || q.position)) % 70 END,
       CASE WHEN (hashtext(a.id::text) + q.position) % 13 = 0 THEN '{"version":"candidate-evaluation-1","insufficientEvidence":{"reason":"too_short"}}'::jsonb
         ELSE '{"version":"candidate-evaluation-1","dimensions":{"structure":{"score":60,"quotes":["I owned the fix."]}}}'::jsonb END,
       'rubric', 'star-1'
     FROM assessment_attempts a JOIN assessment_questions q ON q.assessment_id = a.assessment_id WHERE a.assessment_id = $1 AND a.superseded_at IS NULL`,
    [id],
  );
  await client.query(
    `INSERT INTO proctoring_events (org_id, invite_id, attempt_id, position, kind, at_ms, duration_ms, confidence)
     SELECT a.org_id, a.invite_id, a.id, 1 + e % 5, (ARRAY['tab_switch','window_blur','look_away','face_lost'])[1 + e % 4], e * 1000,
       CASE WHEN e % 4 = 3 THEN 4000 END, CASE WHEN e % 4 >= 2 THEN (abs(hashtext(a.id::text || e)) % 100) / 100.0 END
     FROM assessment_attempts a, generate_series(0, abs(hashtext(a.id::text)) % 5) e WHERE a.assessment_id = $1 AND a.superseded_at IS NULL`,
    [id],
  );
  return id;
}

async function timeCalls(label: string, work: () => Promise<unknown>) {
  for (let i = 0; i < WARM_UP; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < QUERY_RUNS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  console.log(`  ${label.padEnd(52)} p50 ${percentile(times, 50).toFixed(2).padStart(7)} ms  p95 ${percentile(times, 95).toFixed(2).padStart(7)} ms`);
}

async function main() {
  console.log(`results-table: ${ATTEMPTS} submitted attempts of 5 answers, load average ${load()} (${os.cpus().length} cores)`);
  const database = await freshDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    const { getDb, closeDb } = await import("@/db/client");
    const { scopedDb } = await import("@/db/scoped");
    const { upsertUserByAuthProviderId } = await import("@/db/queries/users");
    const { createContext } = await import("@/lib/context/request-context");
    const { assessmentResults, exportAssessmentResults } = await import("@/lib/assessments/results/results-service");
    const { resultsQuerySchema } = await import("@/lib/assessments/results/schemas");
    const user = await upsertUserByAuthProviderId(scopedDb(getDb, { role: "app", subject: "bench_reviewer" }), {
      authProviderId: "bench_reviewer",
      email: "reviewer@example.test",
      displayName: "Bench reviewer",
    });
    const seeding = performance.now();
    const { assessmentId, organisation } = await withAdmin(database.url, async (client) => {
      const orgs = await client.query<{ id: string; name: string; slug: string }>("INSERT INTO organisations (name, slug) VALUES ('Bench team', 'bench-team') RETURNING id, name, slug");
      const org = orgs.rows[0]!;
      await client.query("INSERT INTO organisation_members (org_id, user_id, role) VALUES ($1, $2, 'reviewer')", [org.id, user.id]);
      const measured = await seedAssessment(client, org.id, "a");
      await seedAssessment(client, org.id, "b");
      await client.query("VACUUM ANALYZE");
      return { assessmentId: measured, organisation: org };
    });
    console.log(`seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

    const ctx = createContext({ kind: "member", user, sessionId: null, organisation, role: "reviewer" });
    const first = await assessmentResults(ctx, assessmentId, resultsQuerySchema.parse({}));
    if (first.total !== ATTEMPTS || first.rows.length !== 50) throw new Error(`expected ${ATTEMPTS} rows, 50 on the page; got ${first.total}, ${first.rows.length}`);
    console.log(`reviewer's scoped handle (row-level security on), ${QUERY_RUNS} calls each after ${WARM_UP} warm-up:`);
    await timeCalls("results table, first page (submitted, newest first)", () => assessmentResults(ctx, assessmentId, resultsQuerySchema.parse({})));
    await timeCalls("results table, sorted by overall score", () => assessmentResults(ctx, assessmentId, resultsQuerySchema.parse({ sort: "score", dir: "desc" })));
    let bytes = 0;
    await timeCalls("CSV export, all 1,000 rows (audited)", async () => {
      bytes = (await exportAssessmentResults(ctx, assessmentId, resultsQuerySchema.parse({}))).csv.length;
    });
    console.log(`CSV size ${(bytes / 1024).toFixed(0)} kB. Target: the table under 200 ms. Load average at the end ${load()}`);
    await closeDb();
  } finally {
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
