#!/usr/bin/env node
/**
 * The app's API beside a floor, in the same run: throughput and latency of three routes, and idle memory.
 *   node bench/api-floor.mjs                  (npm run bench:api-floor)
 *
 * Rows (app route → floor route it is compared with):
 *   POST /api/star-score (public, rate limited, rubric)      → POST /api/echo (JSON body, zod parse)
 *   GET /api/health (public, database check)                 → GET /api/ping
 *   GET /api/practice/sessions, signed in (token, user, RLS) → GET /api/ping
 * The floor is a bare Next.js 16 app when BENCH_FLOOR_DIR names one that is built (the team's floor, e.g. built with
 * its `setup.sh secure`, has /api/ping and /api/echo; FLOOR_SECURE=1 is passed to it); otherwise bench/floor-server.mjs
 * (node:http, no framework), a floor with nothing of Next's own cost. Routes take turns in short slices so a stall on
 * a shared machine lands on both. Idle RSS is read from ps for each server's whole process group after it is up and
 * has answered one request per route, before any load. Goals are printed, never enforced; the exit code is non-zero
 * only when the bench itself is broken (a failed check, errors or non-2xx answers while measured).
 *
 * BENCH_SKIP_BUILD=1 reuses the last `next build`. DATABASE_URL / REDIS_URL reach the app only when set here
 * (otherwise PGlite and the in-memory limiter). BENCH_DURATION (seconds per route, default 10), BENCH_CONNECTIONS
 * (default 10), BENCH_PORT (default 3220). Each star-score request carries its own x-forwarded-for (TRUST_PROXY=1),
 * so the limiter does its full work and admits it; those are header values only, every byte goes to localhost.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { benchAppEnv, clientIps, groupRssMb, portTaken, signedInCookie, startApp, startFloor, startNextFloor, starScoreBody } from "./app-server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.BENCH_PORT ?? 3220);
const origin = `http://localhost:${port}`;
const seconds = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const floorDir = process.env.BENCH_FLOOR_DIR;
const SLICES = 5;
const starBody = starScoreBody(root);
const echoBody = JSON.stringify({ text: "hello floor" });
const nextClientIp = clientIps();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-bench-api-"));
const appEnv = benchAppEnv({ origin, dataDir });

function runSync(command, args, options) {
  const result = spawnSync(command, args, { cwd: root, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status ?? result.signal}\n${result.stderr ?? ""}`);
  return result;
}

function load(target) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const instance = autocannon(
      {
        url: target.url,
        method: target.method,
        headers: target.headers,
        body: target.body,
        connections,
        duration: target.duration ?? seconds / SLICES,
        timeout: 10,
        requests: target.perRequest ? [{ setupRequest: target.perRequest }] : undefined,
      },
      (error, result) => (error ? reject(error) : resolve({ ok: result["2xx"], seconds: result.duration, bad: result.non2xx + result.errors, latencies })),
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

function summarise(runs) {
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const sum = (key) => runs.reduce((total, run) => total + run[key], 0);
  return { rps: sum("ok") / sum("seconds"), p50: percentile(latencies, 50), p99: percentile(latencies, 99), bad: sum("bad") };
}

async function check(target) {
  const response = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${target.method} ${target.url} answered ${response.status}, not 200`);
}

let app;
let floor;
let exitCode = 1;
const cleanUp = async () => {
  floor?.stop();
  await app?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
};
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => cleanUp().finally(() => process.exit(130)));

try {
  if (await portTaken(port)) throw new Error(`port ${port} is already in use; set BENCH_PORT or stop what listens there`);
  if (process.env.BENCH_SKIP_BUILD !== "1") runSync("npx", ["next", "build"], { env: appEnv, stdio: "inherit", timeout: 15 * 60_000 });
  const cookie = signedInCookie({ root, env: appEnv });
  floor = floorDir ? await startNextFloor({ dir: floorDir, env: { FLOOR_SECURE: "1" } }) : await startFloor({ root });
  app = startApp({ root, port, env: appEnv });
  const health = await app.ready();

  const json = { "content-type": "application/json" };
  const withIp = (req) => ({ ...req, headers: { ...req.headers, "x-forwarded-for": nextClientIp() } });
  const rows = [
    {
      label: "POST /api/star-score",
      goal: 0.8,
      app: { url: `${origin}/api/star-score`, method: "POST", headers: json, body: starBody, perRequest: withIp },
      floor: { url: `${floor.origin}/api/echo`, method: "POST", headers: json, body: echoBody },
    },
    { label: "GET /api/health", goal: 0.8, app: { url: `${origin}/api/health`, method: "GET" }, floor: { url: `${floor.origin}/api/ping`, method: "GET" } },
    {
      label: "GET /api/practice/sessions (signed in)",
      goal: 0.5,
      app: { url: `${origin}/api/practice/sessions`, method: "GET", headers: { cookie } },
      floor: { url: `${floor.origin}/api/ping`, method: "GET" },
    },
  ];
  for (const row of rows) {
    await check(row.floor);
    await check({ ...row.app, headers: { ...row.app.headers, "x-forwarded-for": nextClientIp() } });
  }
  // Idle memory: both servers have loaded every measured route once, and nothing else has run.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const rss = { app: groupRssMb(app.pid), floor: groupRssMb(floor.pid) };

  for (const row of rows) for (const side of ["floor", "app"]) await load({ ...row[side], duration: 1 });
  for (const row of rows) {
    const runs = { floor: [], app: [] };
    for (let i = 0; i < SLICES; i++) for (const side of i % 2 ? ["app", "floor"] : ["floor", "app"]) runs[side].push(await load(row[side]));
    row.result = { floor: summarise(runs.floor), app: summarise(runs.app) };
  }

  const floorName = floorDir ? `bare Next.js (${floorDir}, FLOOR_SECURE=1)` : "node:http (bench/floor-server.mjs)";
  console.log(`\nRehearse API vs floor · node ${process.version} · ${os.cpus().length} CPUs · load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(`app: ${origin} · database ${health.adapters?.database} · rate limiter ${health.adapters?.rateLimit} · floor: ${floorName}`);
  console.log(`${connections} connections, ${seconds} s per route in ${SLICES} alternating turns\n`);
  const widths = [40, 10, 8, 8, 10, 8, 8, 7, 6];
  const line = (cells) => cells.map((cell, i) => String(cell)[i ? "padStart" : "padEnd"](widths[i])).join(" ");
  console.log(line(["route", "floor r/s", "p50", "p99", "app r/s", "p50", "p99", "ratio", "goal"]));
  for (const { label, goal, result: r } of rows) {
    const ms = (v) => v.toFixed(2);
    console.log(line([label, r.floor.rps.toFixed(0), ms(r.floor.p50), ms(r.floor.p99), r.app.rps.toFixed(0), ms(r.app.p50), ms(r.app.p99), `${(r.app.rps / r.floor.rps).toFixed(2)}x`, `≥${goal}x`]));
  }
  console.log(`\nidle RSS: floor ${rss.floor.toFixed(0)} MB, app ${rss.app.toFixed(0)} MB (${(rss.app / rss.floor).toFixed(2)}x)`);
  const bad = rows.filter(({ result }) => result.floor.bad || result.app.bad);
  for (const { label, result } of bad) console.error(`bench: ${label}: ${result.floor.bad} floor / ${result.app.bad} app non-2xx or errors`);
  exitCode = bad.length ? 1 : 0;
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await cleanUp();
}
process.exit(exitCode);
