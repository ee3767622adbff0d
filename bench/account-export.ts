/**
 * "Export my data" at scale: one user with 10,000 saved sessions and their answers, exported through the service the
 * route calls (the scoped handle, row-level security on), the ZIP read to its last byte.
 *   npm run bench:account-export                     (the embedded default: PGlite in a temporary folder)
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432 npm run bench:account-export   (a fresh database on that server)
 *   (BENCH_SESSIONS, default 10,000; BENCH_RUNS, default 3, timed exports after one warm-up; BENCH_NEIGHBOUR_SESSIONS,
 *   default 1,000, to see the plans when the user is a small part of the tables)
 *
 * Seeds with one INSERT … SELECT per table: each session has five stored questions, a summary and a 1.2 kB job
 * description; 1 to 5 answers (3 on average) of about 900 characters with feedback, scores, delivery and presence
 * numbers; a neighbour has 1,000 sessions (BENCH_NEIGHBOUR_SESSIONS) the export must not read. Prints the time to stream the whole export, the
 * time to its first byte, its size, the rows in it, and the process's peak memory (the export must stream, not build).
 * Target (printed, never enforced): the full export in under 10 s.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type SQL, sql } from "drizzle-orm";
import { freshDatabase, loadAverage, percentile } from "./bench-database";

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const NEIGHBOUR_SESSIONS = Number(process.env.BENCH_NEIGHBOUR_SESSIONS ?? 1_000);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-bench-export-"));
process.env.DATA_DIR = dataDir;

const sessionsSql = (userId: string, count: number): SQL => sql`
  INSERT INTO practice_sessions (user_id, interview_type, status, question_count, job_description, started_at, ended_at,
    summary, overall_score, questions, question_engine, bank_version, expires_at, completed_at)
  SELECT ${userId}::uuid, (ARRAY['behavioural','role_specific','mixed'])[1 + g % 3], 'saved', 5,
    repeat('We are hiring a senior engineer to own our payments platform end to end. ', 16),
    now() - g * interval '5 hours', now() - g * interval '5 hours' + interval '20 minutes',
    jsonb_build_object('version', 'summary-1', 'overallScore', 40 + g % 60, 'answeredCount', 1 + g % 5, 'questionCount', 5,
      'dimensions', jsonb_build_object('structure', 30 + (g * 7) % 70, 'relevance', 30 + (g * 11) % 70,
        'specificity', 30 + (g * 13) % 70, 'impact', 30 + (g * 17) % 70),
      'strengths', (SELECT jsonb_agg('Strength ' || p || ': you set the scene briefly and said what you did (' || g || ').') FROM generate_series(1, 3) p),
      'improvements', (SELECT jsonb_agg('Improvement ' || p || ': say what changed, with a number (' || g || ').') FROM generate_series(1, 3) p)),
    40 + g % 60,
    (SELECT jsonb_agg(jsonb_build_object('position', p, 'id', 'bank-q-' || p, 'kind', 'behavioural',
      'text', 'Tell me about a time you had to deliver a difficult message to a stakeholder (' || g || ').',
      'competencies', jsonb_build_array('communication', 'ownership'), 'reason', 'Your CV mentions a platform migration.'))
      FROM generate_series(1, 5) p),
    'offline', 'bank-2026-1', now() - g * interval '5 hours' + interval '60 minutes', now() - g * interval '5 hours' + interval '20 minutes'
  FROM generate_series(1, ${count}::int) g`;

const answersSql = (userId: string): SQL => sql`
  INSERT INTO practice_answers (session_id, user_id, position, question, answer_text, mode, feedback, scores,
    delivery_metrics, presence_metrics)
  SELECT s.id, s.user_id, p, 'Tell me about a time you had to deliver a difficult message to a stakeholder.',
    -- Half prose, half hashes: real answers differ from each other, and identical ones would flatter the compressor.
    repeat('At Acme our checkout failed for 5% of customers; I traced it, fixed it and added alerts. ', 5) ||
      (SELECT string_agg(md5(s.id::text || p || k), ' ') FROM generate_series(1, 14) k),
    'typed',
    jsonb_build_object('engine', 'offline', 'strengths', jsonb_build_array('Clear situation and task.', 'A measured result.'),
      'improvements', jsonb_build_array('Say what you learned.', 'Name who you worked with.'),
      'modelAnswer', repeat('A stronger answer names the goal, the actions you took and the result. ', 6)),
    jsonb_build_object('structure', 70, 'relevance', 65, 'specificity', 60, 'impact', 55),
    jsonb_build_object('wordsPerMinute', 140, 'fillerWords', 3, 'pauses', 2, 'durationSeconds', 95),
    jsonb_build_object('faceVisibleRatio', 0.97, 'centredRatio', 0.9, 'lookingAwayEvents', 1)
  FROM practice_sessions s, generate_series(1, 5) p
  WHERE s.user_id = ${userId}::uuid AND p <= 1 + (extract(epoch from s.started_at)::bigint / 18000) % 5`;

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** The uncompressed size of every entry, summed from the central directory (the writer's second-to-last chunk). */
function unzippedSize(directory: Uint8Array): number {
  const view = Buffer.from(directory.buffer, directory.byteOffset, directory.byteLength);
  let total = 0;
  for (let at = 0; at + 46 <= view.length && view.readUInt32LE(at) === 0x02014b50; at += 46 + view.readUInt16LE(at + 28)) {
    total += view.readUInt32LE(at + 24);
  }
  return total;
}

async function main() {
  const postgres = Boolean(process.env.DATABASE_URL);
  const database = postgres ? await freshDatabase() : null;
  if (database) process.env.DATABASE_URL = database.url;
  console.log(`account-export: ${SESSIONS} saved sessions on ${postgres ? "PostgreSQL" : "PGlite (embedded default)"}, load average ${loadAverage()} (${os.cpus().length} cores)`);
  try {
    const { getDb, closeDb } = await import("@/db/client");
    const { upsertUserByAuthProviderId } = await import("@/db/queries/users");
    const { scopedDb } = await import("@/db/scoped");
    const { createContext } = await import("@/lib/context/request-context");
    const { exportAccount } = await import("@/lib/privacy/export/account-export");
    const newUser = (subject: string) =>
      upsertUserByAuthProviderId(scopedDb(getDb, { role: "app", subject }), { authProviderId: subject, email: `${subject}@example.test`, displayName: "Bench" });
    const user = await newUser("bench_export");
    const neighbour = await newUser("bench_export_neighbour");

    const seeding = performance.now();
    const raw = await getDb();
    await raw.execute(sessionsSql(user.id, SESSIONS));
    await raw.execute(sessionsSql(neighbour.id, NEIGHBOUR_SESSIONS));
    await raw.execute(answersSql(user.id));
    await raw.execute(answersSql(neighbour.id));
    await raw.execute(sql`ANALYZE`);
    console.log(`seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

    const baseline = process.memoryUsage().rss;
    let peakRss = baseline;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    const times: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const started = performance.now();
      const { body } = await exportAccount(createContext({ kind: "user", user, sessionId: null }));
      let bytes = 0;
      let firstByte = 0;
      let directory: Uint8Array = new Uint8Array();
      let last: Uint8Array = new Uint8Array();
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        if (bytes === 0) firstByte = performance.now() - started;
        bytes += chunk.byteLength;
        [directory, last] = [last, chunk];
      }
      const elapsed = performance.now() - started;
      if (i > 0) times.push(elapsed);
      console.log(
        `  ${i === 0 ? "warm-up" : `run ${i}`.padEnd(7)}  ${(elapsed / 1000).toFixed(2)} s  first byte ${firstByte.toFixed(0)} ms  ` +
          `${(bytes / 1024 / 1024).toFixed(1)} MB zipped, ${(unzippedSize(directory) / 1024 / 1024).toFixed(1)} MB of JSON`,
      );
    }
    clearInterval(sampler);
    console.log(
      `full export: p50 ${(percentile(times, 50) / 1000).toFixed(2)} s, worst ${(Math.max(...times) / 1000).toFixed(2)} s; ` +
        `RSS ${mb(baseline)} MB before the exports${postgres ? "" : " (PGlite's database is in-process)"}, peak ${mb(peakRss)} MB; target < 10 s. Load average at the end ${loadAverage()}`,
    );
    await closeDb();
  } finally {
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
  console.error(`bench failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}${cause}`);
  process.exit(1);
});
