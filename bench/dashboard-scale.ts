/**
 * The practice dashboard at scale: one user with 10,000 saved sessions, on PostgreSQL.
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432 npm run bench:dashboard-scale
 *   (BENCH_SKIP_BUILD=1 reuses the last build; BENCH_QUERY_RUNS, default 200, timed calls per query; BENCH_PORT;
 *   BENCH_SAVE_HTML=<file> keeps the last /practice HTML, to see what makes it heavy)
 *
 * DATABASE_URL names a server and a role that may create databases (default postgres://postgres@127.0.0.1:5432): the
 * bench creates its own fresh database there, migrates it, seeds it with one INSERT … SELECT per user (10,000 saved
 * sessions with realistic questions, summaries and job descriptions for the measured user, 2,000 for a neighbour, a
 * few unfinished ones), runs VACUUM ANALYZE as autovacuum would on a table at rest, and drops the database at the end.
 * It prints:
 *   - p50/p95 of each query the dashboard and the progress API run, through the scoped handle (role rehearse_app,
 *     app.user_id set, so row-level security applies as in a request), and of the two services that combine them;
 *   - the HTML size and p50/p95 time of GET /practice and the JSON size and time of GET /api/practice/progress, from
 *     the production server (server.mjs) signed in with a locally minted session.
 * Targets (printed, never enforced): each query p95 < 20 ms; the page < 150 kB and < 200 ms.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freshDatabase, loadAverage as load, percentile, withAdmin } from "./bench-database";
// @ts-expect-error: a plain ES module shared with the other benches
import { portTaken, startApp } from "./app-server.mjs";

const root = path.resolve(__dirname, "..");
const port = Number(process.env.BENCH_PORT ?? 3220);
const origin = `http://localhost:${port}`;
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 10_000);
const NEIGHBOUR_SESSIONS = 2_000;
const QUERY_RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 200);
const HTTP_RUNS = 40;
const WARM_UP = 10;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-bench-dashboard-"));
// lib/env (imported below) must sign sessions with the key the app will load, and never touch the repository's data.
process.env.DATA_DIR = dataDir;
process.env.APP_URL = origin;





/**
 * `count` saved sessions for `userId`, two per start time (ties are what keyset pagination must survive), five hours
 * apart going back from now: about three years of history for 10,000. Sizes follow real rows: five stored questions,
 * a summary with strengths and improvements, a 1.2 kB job description.
 */
const SEED_SQL = `
  INSERT INTO practice_sessions (user_id, interview_type, status, question_count, job_description, started_at, ended_at,
    summary, overall_score, questions, question_engine, bank_version, expires_at, completed_at)
  SELECT $1::uuid, (ARRAY['behavioural','role_specific','mixed'])[1 + g % 3], 'saved', 5,
    repeat('We are hiring a senior engineer to own our payments platform end to end. ', 16),
    t.at, t.at + interval '20 minutes',
    jsonb_build_object('version', 'summary-1', 'overallScore', 40 + g % 60, 'answeredCount', 1 + g % 5, 'questionCount', 5,
      'dimensions', jsonb_build_object('structure', 30 + (g * 7) % 70, 'relevance', 30 + (g * 11) % 70,
        'specificity', 30 + (g * 13) % 70, 'impact', 30 + (g * 17) % 70),
      'strengths', (SELECT jsonb_agg(jsonb_build_object('key', 'strength-' || p, 'position', p,
        'text', 'You set the scene briefly and said what you did yourself, with a figure for the result (' || g || ').')) FROM generate_series(1, 3) p),
      'improvements', (SELECT jsonb_agg(jsonb_build_object('key', 'improvement-' || p, 'position', p,
        'text', 'Say what changed because of your work, with a number, and what you learned (' || g || ').')) FROM generate_series(1, 3) p),
      'nextPractice', jsonb_build_object('dimension', 'impact', 'competency', 'ownership', 'questionPosition', 2,
        'text', 'Practise a question about ownership and end with a measured result.')),
    40 + g % 60,
    (SELECT jsonb_agg(jsonb_build_object('position', p, 'id', 'bank-q-' || p, 'kind', 'behavioural',
      'text', 'Tell me about a time you had to deliver a difficult message to a stakeholder who disagreed with you (' || g || ').',
      'competencies', jsonb_build_array('communication', 'ownership'),
      'reason', 'Chosen because your CV mentions leading a platform migration across three teams.')) FROM generate_series(1, 5) p),
    'offline', 'bank-2026-1', t.at + interval '60 minutes', t.at + interval '20 minutes'
  FROM generate_series(1, $2::int) g,
    LATERAL (SELECT date_trunc('second', now()) - (g / 2) * interval '5 hours' AS at) t`;

async function seed(url: string, userId: string) {
  await withAdmin(url, async (client) => {
    const neighbour = await client.query<{ id: string }>(
      "INSERT INTO users (auth_provider_id, email) VALUES ('bench_neighbour', 'neighbour@example.test') RETURNING id",
    );
    await client.query(SEED_SQL, [userId, SESSIONS]);
    await client.query(SEED_SQL, [neighbour.rows[0]!.id, NEIGHBOUR_SESSIONS]);
    await client.query(
      `INSERT INTO practice_sessions (user_id, interview_type, status, question_count, started_at, expires_at)
       SELECT $1::uuid, 'mixed', 'in_progress', 5, now() - g * interval '1 minute', now() + interval '50 minutes' FROM generate_series(1, 3) g`,
      [userId],
    );
    await client.query("VACUUM ANALYZE practice_sessions");
  });
}

async function timeCalls(label: string, work: () => Promise<unknown>, runs = QUERY_RUNS) {
  for (let i = 0; i < WARM_UP; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  console.log(`  ${label.padEnd(58)} p50 ${percentile(times, 50).toFixed(2).padStart(7)} ms  p95 ${percentile(times, 95).toFixed(2).padStart(7)} ms`);
}

async function timeRequests(label: string, url: string, cookie: string, saveTo?: string) {
  let bytes = 0;
  let last: ArrayBuffer | null = null;
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + HTTP_RUNS; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    const body = await response.arrayBuffer();
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`${label} answered ${response.status}`);
    bytes = body.byteLength;
    last = body;
    if (i >= WARM_UP) times.push(elapsed);
  }
  if (saveTo && last) fs.writeFileSync(saveTo, Buffer.from(last));
  console.log(
    `  ${label.padEnd(34)} ${(bytes / 1024).toFixed(1).padStart(7)} kB  p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms  ` +
      `p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms`,
  );
}

/**
 * Each query the dashboard page and the progress API run, and the two services that combine them. The list is timed
 * on its first page and on a page 9,000 sessions deep (keyset: the same cost).
 */
async function dashboardQueries(user: import("@/db/schema").User): Promise<Record<string, () => Promise<unknown>>> {
  const { scopedDb } = await import("@/db/scoped");
  const { getDb } = await import("@/db/client");
  const { createContext } = await import("@/lib/context/request-context");
  const queries = await import("@/db/queries/practice");
  const { getProfile } = await import("@/db/queries/profiles");
  const { HISTORY_PAGE_SIZE, practiceDashboard, progressSeries } = await import("@/lib/practice/session");
  const { WEEKLY_ABOVE_SESSIONS } = await import("@/lib/practice/progress/progress-series");
  const db = scopedDb(getDb, { role: "app", userId: user.id });
  const ctx = createContext({ kind: "user", user, sessionId: null });
  const deep = await withAdmin(process.env.DATABASE_URL!, async (client) => {
    const { rows } = await client.query<{ at: string; id: string }>(
      `SELECT to_char(started_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, id FROM practice_sessions
       WHERE user_id = $1 AND status = 'saved' ORDER BY started_at DESC, id DESC OFFSET 9000 LIMIT 1`,
      [user.id],
    );
    return { startedAt: rows[0]!.at, id: rows[0]!.id };
  });
  const page = { limit: HISTORY_PAGE_SIZE + 1 };
  return {
    [`list: first page (${HISTORY_PAGE_SIZE} + 1 rows, listed columns)`]: () => queries.listSavedPracticeSessionPage(db, user.id, page),
    "list: a page 9,000 sessions deep (keyset)": () => queries.listSavedPracticeSessionPage(db, user.id, { ...page, after: deep }),
    "count of saved sessions": () => queries.countSavedPracticeSessions(db, user.id),
    "progress over the whole history (weekly)": () => queries.listSavedSessionProgress(db, user.id, WEEKLY_ABOVE_SESSIONS),
    "unfinished sessions": () => queries.listUnsavedPracticeSessions(db, user.id, new Date(Date.now() - 75 * 60_000)),
    "profile": () => getProfile(db, user.id),
    "service practiceDashboard (the page's reads)": () => practiceDashboard(ctx),
    "service progressSeries (GET /api/practice/progress)": () => progressSeries(ctx),
  };
}

async function main() {
  if (await portTaken(port)) throw new Error(`port ${port} is taken; set BENCH_PORT`);
  console.log(`dashboard-scale: ${SESSIONS} saved sessions for one user, load average ${load()} (${os.cpus().length} cores)`);
  const database = await freshDatabase();
  process.env.DATABASE_URL = database.url;
  let app: { ready: () => Promise<unknown>; stop: () => Promise<void> } | null = null;
  try {
    const { getDb, closeDb } = await import("@/db/client");
    const { issueLocalSession } = await import("@/lib/auth/local-session");
    const { upsertUserByAuthProviderId } = await import("@/db/queries/users");
    const { openAuthSession } = await import("@/db/queries/auth-sessions");
    const { scopedDb, switchScope } = await import("@/db/scoped");
    // What local sign-in records (lib/auth/sign-in-service.ts, which pulls in Clerk's React code outside Next).
    const email = "bench-dashboard@example.test";
    const session = issueLocalSession(email, new Date());
    const user = await scopedDb(getDb, { role: "app", subject: session.subject }).transaction(async (tx) => {
      const row = await upsertUserByAuthProviderId(tx, { authProviderId: session.subject, email, displayName: "Bench" });
      const asUser = await switchScope(tx, { role: "app", userId: row.id });
      await openAuthSession(asUser, { id: session.sessionId, userId: row.id, expiresAt: new Date(Date.now() + session.maxAgeSeconds * 1000) });
      return row;
    });
    const cookie = `__session=${session.token}; __client_uat=${session.issuedAt}`;

    const seeding = performance.now();
    await seed(database.url, user.id);
    console.log(`seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

    console.log("queries (scoped handle: role rehearse_app, app.user_id set):");
    for (const [label, work] of Object.entries(await dashboardQueries(user))) await timeCalls(label, work);
    await closeDb();

    const appEnv: NodeJS.ProcessEnv = {
      ...Object.fromEntries(["PATH", "HOME", "USER", "TMPDIR", "LANG", "TERM"].filter((n) => process.env[n]).map((n) => [n, process.env[n]!])),
      NODE_ENV: "production",
      APP_URL: origin,
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    if (process.env.BENCH_SKIP_BUILD !== "1") {
      const build = spawnSync("npx", ["next", "build"], { cwd: root, env: appEnv, stdio: "inherit" });
      if (build.status !== 0) throw new Error("next build failed");
    }
    app = startApp({ root, port, env: appEnv }) as { ready: () => Promise<unknown>; stop: () => Promise<void> };
    await app.ready();
    console.log(`through the production server (${HTTP_RUNS} sequential requests after ${WARM_UP} warm-up), load average ${load()}:`);
    await timeRequests("GET /practice (HTML)", `${origin}/practice`, cookie, process.env.BENCH_SAVE_HTML);
    await timeRequests("GET /api/practice/progress (JSON)", `${origin}/api/practice/progress`, cookie);
    console.log(`targets: each query p95 < 20 ms; /practice < 150 kB and < 200 ms. Load average at the end ${load()}`);
  } finally {
    await app?.stop();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
