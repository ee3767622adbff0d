#!/usr/bin/env node
/**
 * Where a signed-in API request's CPU goes: `GET /api/practice/sessions` (Clerk's middleware and auth(), the
 * principal lookup, the route's own query, all under row-level security) beside the floor's `GET /api/ping`.
 *   node bench/signed-in-cost.mjs            (npm run bench:signed-in-cost)
 *
 * 1. CPU per request, no profiler: each server's whole process group (and the local PostgreSQL's processes, when
 *    DATABASE_URL is local) is read from /proc around a load of BENCH_DURATION seconds (default 10).
 * 2. Who spent it: the same load again with the V8 profiler on (through the inspector, for the load alone), split by
 *    layer with bench/cpu-layers.mjs; the shares are applied to step 1's figure (the profiler's own cost is left out).
 *
 * BENCH_PATH measures another route the same way (the cookie is still sent): a GET, except /api/star-score, which
 * is POSTed bench/star-answer.json with its own x-forwarded-for each time (TRUST_PROXY=1) so the limiter admits it.
 * Figures only, never enforced. BENCH_SKIP_BUILD=1 reuses the last build; BENCH_FLOOR_DIR names a built bare Next.js
 * app (the team's floor: its `setup.sh secure`), else bench/floor-server.mjs (node:http) stands in; BENCH_DETAIL=1
 * prints the ten costliest sources of each layer. Every request goes to localhost.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import WebSocket from "ws";
import {
  benchAppEnv,
  clientIps,
  freePort,
  groupCpuSeconds,
  portTaken,
  postgresCpuSeconds,
  signedInCookie,
  startApp,
  startFloor,
  startNextFloor,
  starScoreBody,
} from "./app-server.mjs";
import { cpuByLayer, LAYERS } from "./cpu-layers.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.BENCH_PORT ?? 3225);
const origin = `http://localhost:${port}`;
const seconds = Number(process.env.BENCH_DURATION ?? 10);
const connections = 10;
const floorDir = process.env.BENCH_FLOOR_DIR;
const routePath = process.env.BENCH_PATH ?? "/api/practice/sessions";
const databaseIsLocal = /@(localhost|127\.0\.0\.1)[:/]/.test(process.env.DATABASE_URL ?? "");

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-bench-cost-"));
const appEnv = benchAppEnv({ origin, dataDir, extra: { JOBS_SCHEDULER: "off" } });
const nextClientIp = clientIps();
const withOwnIp = (request) => ({ ...request, headers: { ...request.headers, "x-forwarded-for": nextClientIp() } });

/** The measured request: a GET with the session cookie, or the scorer's POST (each from an address of its own). */
function routeTarget(cookie) {
  const url = `${origin}${routePath}`;
  if (routePath !== "/api/star-score") return { url, method: "GET", headers: { cookie } };
  return { url, method: "POST", headers: { cookie, "content-type": "application/json" }, body: starScoreBody(root), perRequest: withOwnIp };
}

function load({ url, method = "GET", headers, body, perRequest }) {
  return new Promise((resolve, reject) => {
    const requests = perRequest ? [{ setupRequest: perRequest }] : undefined;
    autocannon({ url, method, headers, body, requests, connections, duration: seconds, timeout: 10 }, (error, result) =>
      error ? reject(error) : resolve({ ok: result["2xx"], bad: result.non2xx + result.errors, seconds: result.duration }),
    );
  });
}

/** Loads `url` and reads the CPU `meters` used meanwhile: ms per answered request for each. */
async function costOf(target, meters) {
  const before = Object.fromEntries(Object.entries(meters).map(([name, read]) => [name, read()]));
  const result = await load(target);
  if (result.bad) throw new Error(`${target.url}: ${result.bad} non-2xx answers or errors under load`);
  const perRequest = Object.fromEntries(Object.entries(meters).map(([name, read]) => [name, ((read() - before[name]) * 1000) / result.ok]));
  return { rps: result.ok / result.seconds, perRequest };
}

/** A V8 profile of the app's server for the length of `work`, through its inspector. */
async function profileDuring(inspectPort, work) {
  const [target] = await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json();
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  let id = 0;
  const pending = new Map();
  socket.on("message", (data) => {
    const message = JSON.parse(String(data));
    pending.get(message.id)?.(message.result);
  });
  const send = (method, params = {}) =>
    new Promise((resolve) => {
      pending.set(++id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  try {
    await send("Profiler.enable");
    await send("Profiler.start");
    await work();
    return (await send("Profiler.stop")).profile;
  } finally {
    socket.close();
  }
}

let app;
let floor;
let exitCode = 1;
try {
  if (await portTaken(port)) throw new Error(`port ${port} is already in use; set BENCH_PORT`);
  if (process.env.BENCH_SKIP_BUILD !== "1") spawnSync("npx", ["next", "build"], { cwd: root, env: appEnv, stdio: "inherit" });
  const cookie = signedInCookie({ root, env: appEnv });
  const inspectPort = await freePort();
  floor = floorDir ? await startNextFloor({ dir: floorDir, env: { FLOOR_SECURE: "1" } }) : await startFloor({ root });
  app = startApp({ root, port, env: { ...appEnv, NODE_OPTIONS: `--inspect=127.0.0.1:${inspectPort}` } });
  const health = await app.ready();
  const route = routeTarget(cookie);
  const ping = { url: `${floor.origin}/api/ping`, headers: {} };
  const appMeters = { node: () => groupCpuSeconds(app.pid), ...(databaseIsLocal ? { postgres: postgresCpuSeconds } : {}) };

  await load(ping); // warm-up: both servers compile and cache what the loop uses
  await load(route);
  const floorCost = await costOf(ping, { node: () => groupCpuSeconds(floor.pid) });
  const appCost = await costOf(route, appMeters);
  const profile = await profileDuring(inspectPort, () => load(route));
  const { totalMs, byLayer, bySource } = cpuByLayer(profile);

  const ms = (value) => value.toFixed(2).padStart(6);
  console.log(`\nSigned-in request cost · node ${process.version} · ${os.cpus().length} CPUs · load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(`database ${health.adapters?.database}; floor ${floorDir ? `bare Next.js (${floorDir})` : "node:http"}; ${connections} connections, ${seconds} s per load\n`);
  console.log(`floor GET ${"/api/ping".padEnd(28)}  ${floorCost.rps.toFixed(0).padStart(5)} req/s  ${ms(floorCost.perRequest.node)} ms CPU per request`);
  console.log(`app   ${route.method.padEnd(4)}${routePath.padEnd(28)}  ${appCost.rps.toFixed(0).padStart(5)} req/s  ${ms(appCost.perRequest.node)} ms CPU per request (the app's process)`);
  if (appCost.perRequest.postgres !== undefined) console.log(`      and PostgreSQL                              ${ms(appCost.perRequest.postgres)} ms CPU per request`);
  console.log(`\nthe app's ${appCost.perRequest.node.toFixed(2)} ms by layer (shares of ${(totalMs / 1000).toFixed(1)} s profiled):`);
  for (const layer of LAYERS) {
    const share = byLayer[layer] / totalMs;
    if (share < 0.0005) continue;
    console.log(`  ${layer.padEnd(32)} ${ms(share * appCost.perRequest.node)} ms  ${(share * 100).toFixed(1).padStart(5)}%`);
    if (process.env.BENCH_DETAIL === "1") {
      const top = [...bySource].filter(([key]) => key.startsWith(`${layer} · `)).sort((a, b) => b[1] - a[1]).slice(0, 10);
      for (const [key, value] of top) console.log(`      ${((value / totalMs) * 100).toFixed(1).padStart(5)}%  ${key.slice(layer.length + 3)}`);
    }
  }
  exitCode = 0;
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  floor?.stop();
  await app?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
