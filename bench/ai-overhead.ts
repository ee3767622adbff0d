/**
 * What the app adds on top of the AI provider's own latency when it streams feedback for an answer.
 *   npm run bench:ai-overhead            (BENCH_SKIP_BUILD=1 reuses the last `next build`)
 *
 * The project's local OpenAI-compatible server runs as its own process with a fixed artificial latency before every
 * reply (BENCH_AI_LATENCY_MS, default 200) and a fixed pause per streamed chunk (BENCH_AI_CHUNK_DELAY_MS, default 2).
 * For each sample, one after another (latency, not throughput):
 *   - through the app: POST /api/practice/sessions/:id/answers/:position with Accept: text/event-stream, from the
 *     request to the first `model-answer` event (the first streamed byte of feedback) and to the `result` event;
 *   - direct: the same calls the app makes, with the app's own prompts and client, straight to the same server:
 *     moderation, then the scoring completion and the model-answer stream together; to the first streamed delta and
 *     to the end of both.
 * The difference of the medians is the app's overhead: auth, validation, rate limiting, the rubric, database writes,
 * SSE framing and the HTTP hop. Direct and app samples alternate so both see the same machine. Target: ≤ 15 ms at p50,
 * printed beside the figures, never enforced; the exit code is non-zero only when the bench itself is broken.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { randomBytes } from "node:crypto";
import { chromium } from "@playwright/test";
import pg from "pg";
// @ts-expect-error: a plain ES module shared with the other benches
import { portTaken, startApp } from "./app-server.mjs";

const root = path.resolve(__dirname, "..");
const port = Number(process.env.BENCH_PORT ?? 3210);
const origin = `http://localhost:${port}`;
const latencyMs = Number(process.env.BENCH_AI_LATENCY_MS ?? 200);
const chunkDelayMs = Number(process.env.BENCH_AI_CHUNK_DELAY_MS ?? 2);
const samples = Number(process.env.BENCH_SAMPLES ?? 100);
const WARM_UP = 10;
const TARGET_P50_MS = 15;
/** Each user may send 60 answers an hour; the bench spreads its samples so none is refused. */
const ANSWERS_PER_USER = 50;
const ANSWER =
  "Last spring our checkout service failed twice a week and customers were abandoning carts. As the on-call lead I had " +
  "to find the cause within a sprint. I traced the failures to a connection pool limit, wrote a load test that " +
  "reproduced it, and rolled out a fix behind a feature flag. Failures dropped from eight a month to none, and " +
  "conversion rose by 3%.";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-bench-ai-"));
// lib/env (imported below, through the app's AI client) must not touch the repository's own data folder.
process.env.DATA_DIR = dataDir;

type Timing = { firstMs: number; totalMs: number };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function startLocalOpenAI() {
  const child = spawn(
    "npx",
    ["tsx", "scripts/local-openai-server.ts", "--latency-ms", String(latencyMs), "--chunk-delay-ms", String(chunkDelayMs)],
    { cwd: root, stdio: ["ignore", "pipe", "inherit"], detached: true },
  );
  const line = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`the local OpenAI server exited with ${code}`)));
  });
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  return { baseURL: (JSON.parse(line) as { baseURL: string }).baseURL, stop };
}

/** Signs a user in through the real sign-in page and returns the session cookie header. */
async function signInUsers(count: number): Promise<string[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking"],
  });
  try {
    const cookies: string[] = [];
    for (let i = 0; i < count; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/sign-in?redirect_url=%2Fpractice`);
      await page.getByLabel("Email").fill(`bench-${Date.now()}-${i}@example.test`);
      await page.getByLabel("Display name").fill(`Bench ${i}`);
      await page.getByLabel("I accept the terms of use and the privacy notice").check();
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL(/\/practice$/);
      const jar = await context.cookies(origin);
      cookies.push(jar.map((c) => `${c.name}=${c.value}`).join("; "));
      await context.close();
    }
    return cookies;
  } finally {
    await browser.close();
  }
}

type Session = { cookie: string; id: string; questions: { position: number; text: string; competencies: string[] }[] };

async function startSession(cookie: string): Promise<Session> {
  const response = await fetch(`${origin}/api/practice/sessions`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ type: "behavioural", count: 3 }),
  });
  const body = (await response.json()) as { session?: { id: string; questionEngine: string; questions: Session["questions"] } };
  if (response.status !== 201 || !body.session) throw new Error(`starting a session answered ${response.status}`);
  if (body.session.questionEngine !== "ai") throw new Error("the app did not use the AI question engine: is it pointed at the local server?");
  return { cookie, id: body.session.id, questions: body.session.questions };
}

/** One answer through the app's feedback stream. */
async function throughApp(session: Session, position: number, payload: unknown): Promise<Timing> {
  const started = performance.now();
  const response = await fetch(`${origin}/api/practice/sessions/${session.id}/answers/${position}`, {
    method: "POST",
    headers: { cookie: session.cookie, "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify(payload),
  });
  if (response.status !== 200 || !response.body) throw new Error(`the answer route answered ${response.status}`);
  const { createEventParser } = await import("@/lib/practice/stream/events");
  const parser = createEventParser();
  const decoder = new TextDecoder();
  let firstMs = -1;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    for (const event of parser.push(decoder.decode(chunk, { stream: true }))) {
      if (event.event === "model-answer" && firstMs < 0) firstMs = performance.now() - started;
      if (event.event === "result") {
        if (event.data.engine !== "ai") throw new Error(`the rubric answered instead of the AI: ${event.data.notice ?? ""}`);
        return { firstMs, totalMs: performance.now() - started };
      }
      if (event.event === "flagged" || event.event === "error") throw new Error(`the stream ended with ${event.event}`);
    }
  }
  throw new Error("the stream ended without a result");
}

/** With DATABASE_URL: a fresh database for this run, migrated, and a function that drops it. */
async function freshDatabase(adminUrl: string, env: NodeJS.ProcessEnv) {
  const name = `rehearse_bench_${randomBytes(6).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const migrate = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/migrate.ts"], { cwd: root, env: { ...env, DATABASE_URL: url.toString() }, stdio: "inherit" });
  if (migrate.status !== 0) throw new Error("migrating the bench database failed");
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function main() {
  if (await portTaken(port)) throw new Error(`port ${port} is taken; set BENCH_PORT`);
  const { createOpenAIClient } = await import("@/lib/ai/openai-client");
  const { buildFeedbackPrompts } = await import("@/lib/ai/feedback-prompt");
  const { COMPETENCY_LABELS } = await import("@/lib/practice/questions");
  const { buildAnswerPayload } = await import("@/lib/practice/session/answer-payload");

  const ai = await startLocalOpenAI();
  const passed = ["PATH", "HOME", "USER", "TMPDIR", "LANG", "TERM", "DATABASE_URL", "REDIS_URL"];
  const appEnv: NodeJS.ProcessEnv = {
    ...Object.fromEntries(passed.filter((name) => process.env[name]).map((name) => [name, process.env[name]!])),
    NODE_ENV: "production",
    APP_URL: origin,
    DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: "1",
    OPENAI_API_KEY: "local-bench-key",
    OPENAI_BASE_URL: ai.baseURL,
  };
  const database = process.env.DATABASE_URL ? await freshDatabase(process.env.DATABASE_URL, appEnv) : null;
  if (database) appEnv.DATABASE_URL = database.url;
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    const build = spawnSync("npx", ["next", "build"], { cwd: root, env: appEnv, stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const app = startApp({ root, port, env: appEnv });
  try {
    await app.ready();
    const total = WARM_UP + samples;
    const cookies = await signInUsers(Math.ceil(total / ANSWERS_PER_USER));
    const sessions = await Promise.all(cookies.map(startSession));
    const direct = createOpenAIClient({ apiKey: "local-bench-key", baseURL: ai.baseURL, model: "gpt-4o-mini" });
    const payload = buildAnswerPayload({ answer: ANSWER, mode: "typed", durationMs: 90_000 });

    async function directly(question: Session["questions"][number]): Promise<Timing> {
      const skill = COMPETENCY_LABELS[question.competencies[0] as keyof typeof COMPETENCY_LABELS] ?? "this skill";
      const prompts = buildFeedbackPrompts({ question: question.text, skill, answer: ANSWER, profile: null });
      const started = performance.now();
      await direct.moderate([ANSWER]);
      let firstMs = -1;
      // In the app's order: the stream's request first, then the scores.
      const stream = direct.streamText(prompts.modelAnswer)[Symbol.asyncIterator]();
      const firstStep = stream.next();
      const scoring = direct.completeStructured(prompts.scoring);
      for (let step = await firstStep; !step.done; step = await stream.next()) {
        if (firstMs < 0) firstMs = performance.now() - started;
      }
      await scoring;
      return { firstMs, totalMs: performance.now() - started };
    }

    /** The fixed cost of any signed-in API request here (proxy, Clerk, user lookup, one session read, JSON). */
    async function signedInRead(session: Session): Promise<number> {
      const started = performance.now();
      const response = await fetch(`${origin}/api/practice/sessions/${session.id}`, { headers: { cookie: session.cookie } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`the session read answered ${response.status}`);
      return performance.now() - started;
    }

    const appTimes: Timing[] = [];
    const directTimes: Timing[] = [];
    const readTimes: number[] = [];
    for (let i = 0; i < total; i++) {
      const session = sessions[Math.floor(i / ANSWERS_PER_USER)]!;
      const question = session.questions[i % session.questions.length]!;
      const [viaApp, viaDirect, read] = [await throughApp(session, question.position, payload), await directly(question), await signedInRead(session)];
      if (i >= WARM_UP) {
        appTimes.push(viaApp);
        directTimes.push(viaDirect);
        readTimes.push(read);
      }
    }

    const row = (label: string, key: keyof Timing) => {
      const a = appTimes.map((t) => t[key]);
      const d = directTimes.map((t) => t[key]);
      const [a50, a95, d50, d95] = [percentile(a, 50), percentile(a, 95), percentile(d, 50), percentile(d, 95)];
      console.log(
        `${label.padEnd(22)} app p50 ${a50.toFixed(1)} ms  p95 ${a95.toFixed(1)} ms | AI alone p50 ${d50.toFixed(1)} ms  p95 ${d95.toFixed(1)} ms | ` +
          `added p50 ${(a50 - d50).toFixed(1)} ms (target ≤ ${TARGET_P50_MS})  p95 ${(a95 - d95).toFixed(1)} ms`,
      );
    };
    console.log(
      `ai-overhead: ${samples} sequential answers (after ${WARM_UP} warm-up), local AI latency ${latencyMs} ms per call, ` +
        `${chunkDelayMs} ms per streamed chunk, database ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}, ` +
        `rate limiter ${process.env.REDIS_URL ? "Redis" : "memory"}, ${os.cpus().length} cores`,
    );
    row("first streamed byte", "firstMs");
    row("total", "totalMs");
    console.log(
      `context: a signed-in read of the same session (GET /api/practice/sessions/:id) p50 ${percentile(readTimes, 50).toFixed(1)} ms ` +
        `p95 ${percentile(readTimes, 95).toFixed(1)} ms, the per-request floor any route pays here`,
    );
  } finally {
    await app.stop();
    ai.stop();
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
