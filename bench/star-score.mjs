#!/usr/bin/env node
/**
 * Benchmarks the public scorer, POST /api/star-score, against a floor in the same run, and times the rubric engine on
 * its own. The floor is bench/floor-server.mjs: node:http reading the same body, parsing it as JSON and answering
 * `{"ok":true}`, in its own process. The app ships no route for benches, so the gap between the two is everything a
 * request pays in the app: Next, the proxy (Clerk, security headers), the route wrapper, the limiter and the rubric.
 *   node bench/star-score.mjs                  (npm run bench:star-score)
 * BENCH_SKIP_BUILD=1 reuses the last `next build`. DATABASE_URL and REDIS_URL reach the app only when set here
 * (otherwise PGlite and the in-memory limiter). BENCH_DURATION (seconds per route in each phase, default 10) and
 * BENCH_CONNECTIONS (default 10) tune the two phases: maximum throughput, then a fixed 200 req/s. Targets are printed
 * beside the figures, never enforced; the exit code is non-zero only when the bench itself is broken (a failed check,
 * or errors or non-2xx answers during a measured run). The throughput ratio to the floor is printed without a target:
 * a floor with no framework under it sets no bar an app can be held to.
 *
 * The scorer admits 5 requests per hour per client IP. With TRUST_PROXY=1 the app takes that IP from x-forwarded-for,
 * so each request here carries its own 10.x.y.z: the limiter does its full work (a fresh key every time) and admits
 * it. Those addresses are header values only; every byte goes to localhost.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { benchAppEnv, clientIps, portTaken, startApp, startFloor, starScoreBody } from "./app-server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.BENCH_PORT ?? 3200);
const origin = `http://localhost:${port}`;
const seconds = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const FIXED_RATE = 200;
const WARM_UP_REQUESTS = 500;
const SLICES = 5;
const TARGETS = { p99Ms: 50, rubricMs: 5 };
/** The two URLs measured; the floor's port is known once it listens. */
const ROUTES = { floor: "", scoring: `${origin}/api/star-score` };
const LABELS = { floor: "floor (node:http)", scoring: "/api/star-score" };
const autocannonVersion = createRequire(import.meta.url)("autocannon/package.json").version;

const body = starScoreBody(root);
const nextClientIp = clientIps();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-bench-"));
const appEnv = benchAppEnv({ origin, dataDir });

function runSync(command, args, options) {
  const result = spawnSync(command, args, { cwd: root, ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited with ${result.status ?? result.signal}\n${result.stderr ?? ""}`);
  }
  return result;
}

/** The rubric engine alone, in its own process (TypeScript, so through tsx). */
function timeRubric() {
  const { stdout } = runSync("npx", ["tsx", "bench/star-rubric.ts", "--json"], { encoding: "utf8", timeout: 120_000 });
  return JSON.parse(stdout.trim().split("\n").pop());
}

async function post(url, ip) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, json: await response.json().catch(() => null) };
}

/** Refuses to measure a setup that would give meaningless figures. */
async function checkRoutes() {
  const floor = await post(ROUTES.floor, nextClientIp());
  if (floor.status !== 200 || floor.json?.ok !== true) throw new Error(`the floor answered ${floor.status}`);
  // One address, six requests: five admitted and the sixth refused shows the limiter is live and keyed on the header.
  const ip = nextClientIp();
  const replies = [];
  for (let i = 0; i < 6; i++) replies.push(await post(ROUTES.scoring, ip));
  const statuses = replies.map((reply) => reply.status).join(", ");
  if (statuses !== "200, 200, 200, 200, 200, 429") throw new Error(`limiter check got ${statuses}; want five 200s, then 429`);
  if (replies[0].json?.engine !== "rubric") throw new Error(`${LABELS.scoring} did not return a rubric score`);
  return { statuses, overall: replies[0].json.overall };
}

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : Number.NaN;
}

/**
 * One autocannon run against a route: its counts, and every 2xx latency collected here unrounded (autocannon's own
 * histogram keeps whole milliseconds, too coarse to compare two routes a millisecond apart).
 */
function load(url, options) {
  const latencies = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        connections,
        timeout: 10,
        requests: [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, "x-forwarded-for": nextClientIp() } }) }],
        ...options,
      },
      (error, result) => {
        if (error) return reject(error);
        const codes = Object.entries(result.statusCodeStats).filter(([code]) => !code.startsWith("2"));
        resolve({
          ok: result["2xx"],
          seconds: result.duration,
          non2xx: result.non2xx,
          errors: result.errors,
          codes: codes.map(([code, { count }]) => ({ code, count })),
          latencies,
        });
      },
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
}

/** One route's runs added up into the row a table prints. */
function summarise(route, runs) {
  const sum = (key) => runs.reduce((total, run) => total + run[key], 0);
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const codes = new Map();
  for (const { code, count } of runs.flatMap((run) => run.codes)) codes.set(code, (codes.get(code) ?? 0) + count);
  return {
    route,
    rps: sum("ok") / sum("seconds"),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    ok: sum("ok"),
    non2xx: sum("non2xx"),
    errors: sum("errors"),
    nonOkCodes: [...codes].map(([code, count]) => `${code}×${count}`).join(" "),
  };
}

/**
 * A phase: the two routes take turns in short slices, flipping the order each time, so a passing stall on a shared
 * machine lands on both routes instead of skewing their ratio.
 */
async function phase(options) {
  const runs = { floor: [], scoring: [] };
  for (let i = 0; i < SLICES; i++) {
    for (const name of i % 2 ? ["scoring", "floor"] : ["floor", "scoring"]) {
      runs[name].push(await load(ROUTES[name], { duration: seconds / SLICES, ...options }));
    }
  }
  return [summarise(LABELS.floor, runs.floor), summarise(LABELS.scoring, runs.scoring)];
}

const fmt = (n, digits = 0) => n.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (met) => (met ? "met" : "NOT met");

function printRuns(title, runs) {
  const widths = [18, 9, 8, 8, 9, 8, 7];
  const line = (cells) => cells.map((cell, i) => String(cell)[i ? "padStart" : "padEnd"](widths[i])).join("  ");
  console.log(`\n${title}`);
  console.log(line(["route", "req/s", "p50 ms", "p99 ms", "2xx", "non-2xx", "errors"]));
  for (const run of runs) {
    console.log(line([run.route, fmt(run.rps, 1), fmt(run.p50, 2), fmt(run.p99, 2), fmt(run.ok), fmt(run.non2xx), fmt(run.errors)]));
  }
  for (const run of runs.filter((r) => r.non2xx)) console.log(`  non-2xx on ${run.route}: ${run.nonOkCodes}`);
}

let app;
let floorServer;
let exitCode = 1;
let interrupted = false;
async function cleanUp() {
  floorServer?.stop();
  await app?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\nbench: ${signal}, stopping the app`);
    cleanUp().finally(() => process.exit(130));
  });
}

try {
  if (!(seconds > 0) || !(connections > 0)) throw new Error("BENCH_DURATION and BENCH_CONNECTIONS must be positive");
  if (await portTaken(port)) throw new Error(`port ${port} is already in use; set BENCH_PORT or stop what listens there`);

  const rubric = timeRubric();
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    console.log("bench: next build (BENCH_SKIP_BUILD=1 reuses the last build)");
    runSync("npx", ["next", "build"], { env: appEnv, stdio: "inherit", timeout: 10 * 60_000 });
  }

  // Bounded from here on, whatever the app does: start, checks, warm-up and the two phases, with room to spare.
  const watchdog = setTimeout(() => {
    console.error("bench: over its time limit, stopping");
    cleanUp().finally(() => process.exit(1));
  }, 150_000 + 8 * seconds * 1000);
  watchdog.unref();

  floorServer = await startFloor({ root });
  ROUTES.floor = `${floorServer.origin}/`;
  app = startApp({ root, port, env: appEnv });
  const health = await app.ready();
  const check = await checkRoutes();
  const ipsBeforeWarmUp = ipsUsed;

  const warmUp = [];
  for (const name of Object.keys(ROUTES)) warmUp.push(summarise(LABELS[name], [await load(ROUTES[name], { amount: WARM_UP_REQUESTS })]));
  const maxRuns = await phase({});
  const rateRuns = await phase({ overallRate: FIXED_RATE });
  await app.stop();
  floorServer.stop();

  const [floorMax, scoringMax] = maxRuns;
  const ratio = scoringMax.rps / floorMax.rps;
  const [floorRate, scoringRate] = rateRuns;
  const limiter = health.adapters?.rateLimit ?? "?";
  const database = health.adapters?.database ?? "?";

  console.log(`\nRehearse star-score bench · node ${process.version} · autocannon ${autocannonVersion} · ${os.cpus().length} CPUs`);
  console.log(`app: ${origin} (production build) · rate limiter: ${limiter} · database: ${database} · TRUST_PROXY=1`);
  console.log(`floor: ${floorServer.origin}, node:http reading and parsing the same body, answering {"ok":true}`);
  console.log(
    `body: ${JSON.parse(body).answer.split(/\s+/).length}-word STAR answer + question, ${Buffer.byteLength(body)} bytes · ` +
      `each request from its own x-forwarded-for in 10.0.0.0/8`,
  );
  console.log(`checks: floor 200; one IP sent six scoring requests → ${check.statuses}; score ${check.overall}/100`);

  printRuns(`Phase 1: maximum throughput, ${connections} connections, ${seconds} s per route in ${SLICES} turns`, maxRuns);
  console.log(`scoring / floor throughput: ${ratio.toFixed(2)} (everything the app does per request, framework included)`);

  printRuns(`Phase 2: fixed ${FIXED_RATE} req/s (autocannon overallRate), ${connections} connections, same turns`, rateRuns);
  console.log(
    `scoring p99 at ${FIXED_RATE} req/s: ${fmt(scoringRate.p99, 2)} ms   target < ${TARGETS.p99Ms} ms: ` +
      verdict(scoringRate.p99 < TARGETS.p99Ms),
  );
  console.log(
    `added over the floor at ${FIXED_RATE} req/s: p50 ${fmt(scoringRate.p50 - floorRate.p50, 2)} ms, ` +
      `p99 ${fmt(scoringRate.p99 - floorRate.p99, 2)} ms`,
  );
  console.log("  (autocannon meters the rate per connection per second, so requests arrive in bursts: a cautious p99)");

  console.log(
    `\nRubric engine: one ${fmt(rubric.chars)}-character answer, median of ${rubric.runs} runs after ${rubric.warmUpRuns} ` +
      `warm-up runs: ${rubric.medianMs.toFixed(2)} ms (p95 ${rubric.p95Ms.toFixed(2)} ms)   ` +
      `target < ${TARGETS.rubricMs} ms: ${verdict(rubric.medianMs < TARGETS.rubricMs)}`,
  );
  const warmUpNon2xx = warmUp.reduce((sum, run) => sum + run.non2xx + run.errors, 0);
  console.log(
    `client IPs: ${fmt(ipsUsed - ipsBeforeWarmUp)} in the warm-up and timed runs, one request each (limit 5/hour); ` +
      `warm-up: ${fmt(WARM_UP_REQUESTS)} requests per route, ${warmUpNon2xx} non-2xx or errors`,
  );

  const broken = [...warmUp, ...maxRuns, ...rateRuns].filter((run) => run.non2xx || run.errors);
  if (broken.length) {
    console.error("\nbench: some requests failed or were refused (429 means the IP spreading broke); figures are suspect");
  }
  exitCode = broken.length ? 1 : 0;
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (!interrupted) await cleanUp();
}
process.exit(exitCode);
