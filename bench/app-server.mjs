/**
 * The processes a bench measures: the app's production server (`node server.mjs`, through scripts/app-process.mjs,
 * which the server tests use too) and the node:http floor (bench/floor-server.mjs). Each runs in its own process group
 * and is stopped with it. The app's output is kept, not shown: its last lines explain a failed start.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";
import { startServer } from "../scripts/app-process.mjs";

/** True when something already accepts connections on localhost:port (a bench must not measure a stranger). */
export function portTaken(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "localhost" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Spawns `node server.mjs --port <port>` in `root` with exactly `env`, in its own process group.
 * @returns {{ pid: number, ready: (timeoutMs?: number) => Promise<any>, stop: () => Promise<void> }} `ready` resolves with the
 *   /api/health report; `stop` sends SIGTERM to the group, then SIGKILL after 15 s (the server's own shutdown
 *   timeout is 10 s).
 */
export function startApp({ root, port, env }) {
  const server = startServer({ root, env, args: ["--port", String(port)] });
  return {
    pid: server.child.pid,
    ready: async (timeoutMs = 90_000) => (await server.ready({ timeoutMs })).health,
    stop: async () => {
      await server.stop();
    },
  };
}

// Not the caller's whole environment: a stray OPENAI_API_KEY or UPSTASH_* would change what is measured.
const BENCH_PASSED_THROUGH = ["PATH", "HOME", "USER", "TMPDIR", "LANG", "TERM", "DATABASE_URL", "REDIS_URL"];

/**
 * The environment a bench's app server gets: the basics and DATABASE_URL / REDIS_URL from ours, production mode,
 * its own origin and data folder, and TRUST_PROXY=1 (the benches set x-forwarded-for to give each request an
 * address of its own), then `extra`.
 */
export function benchAppEnv({ origin, dataDir, extra = {} }) {
  const passed = Object.fromEntries(BENCH_PASSED_THROUGH.filter((name) => process.env[name]).map((name) => [name, process.env[name]]));
  return { ...passed, NODE_ENV: "production", APP_URL: origin, DATA_DIR: dataDir, TRUST_PROXY: "1", NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

/**
 * Client addresses in 10.0.0.0/8, one after another from a random start, so a rerun within the hour (Redis keeps
 * its counts) does not reuse the last run's. Header values only: every request still goes to localhost.
 */
export function clientIps() {
  const space = 2 ** 24;
  let next = Math.floor(Math.random() * space);
  return () => {
    const n = next++ % space;
    return `10.${n >>> 16}.${(n >>> 8) & 255}.${n & 255}`;
  };
}

/** The scorer's request body the benches send: bench/star-answer.json's question and answer. */
export function starScoreBody(root) {
  const fixture = JSON.parse(fs.readFileSync(path.join(root, "bench/star-answer.json"), "utf8"));
  return JSON.stringify({ answer: fixture.answer.join(" "), question: fixture.question });
}

/** Seconds of CPU (user + system) used so far by every process whose command name matches `test`, from /proc. */
function cpuSecondsWhere(test) {
  const ticksPerSecond = 100; // USER_HZ, 100 on every Linux build Node supports
  let ticks = 0;
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid pgrp …": comm may hold spaces, so split after its closing parenthesis.
    const close = stat.lastIndexOf(")");
    const comm = stat.slice(stat.indexOf("(") + 1, close);
    const fields = stat.slice(close + 2).split(" ");
    if (test({ comm, pgrp: Number(fields[2]) })) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / ticksPerSecond;
}

/** CPU seconds used so far by a process group (a server and what it forked). */
export const groupCpuSeconds = (pgid) => cpuSecondsWhere(({ pgrp }) => pgrp === pgid);

/** CPU seconds used so far by the local PostgreSQL server's processes (meaningful when the app's database is local). */
export const postgresCpuSeconds = () => cpuSecondsWhere(({ comm }) => comm.startsWith("postgres"));

/**
 * A signed-in user's cookie header, written with bench/session-cookie.ts before the app starts (PGlite admits one
 * process at a time) into the database `env` selects.
 */
export function signedInCookie({ root, env }) {
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", "bench/session-cookie.ts"], { cwd: root, env, encoding: "utf8", timeout: 180_000 });
  if (result.status !== 0) throw new Error(`bench/session-cookie.ts exited with ${result.status ?? result.signal}\n${result.stderr ?? ""}`);
  return JSON.parse(result.stdout.trim().split("\n").pop()).cookie;
}

/** Resident memory of a process group (a server and any child it forked), in MB, from ps. */
export function groupRssMb(pgid) {
  const result = spawnSync("ps", ["-o", "rss=", "-g", String(pgid)], { encoding: "utf8" });
  const kb = result.stdout.split("\n").reduce((sum, line) => sum + (Number(line.trim()) || 0), 0);
  return kb / 1024;
}

/**
 * Starts bench/floor-server.mjs on a port the OS chooses.
 * @returns {Promise<{ origin: string, stop: () => void }>}
 */
export async function startFloor({ root }) {
  const child = spawn(process.execPath, ["bench/floor-server.mjs"], { cwd: root, detached: true, stdio: ["ignore", "pipe", "inherit"] });
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  const line = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the floor server did not start within 30 s")), 30_000);
    readline.createInterface({ input: child.stdout }).once("line", (first) => {
      clearTimeout(timer);
      resolve(first);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the floor server exited with ${code}`));
    });
  }).catch((error) => {
    stop();
    throw error;
  });
  return { origin: `http://127.0.0.1:${JSON.parse(line).port}`, pid: child.pid, stop };
}

/** A port the OS has just handed out and taken back, for a server that cannot report its own. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts a built bare Next.js app (`next start` in `dir`, with its own node_modules), the fairer floor for a Next app:
 * it pays Next's own request handling. `probePath` must answer 200 once it serves. `next start` forks next-server,
 * so the pid returned leads a process group and stop() signals the whole group.
 * @returns {Promise<{ origin: string, pid: number, stop: () => void }>}
 */
export async function startNextFloor({ dir, env = {}, probePath = "/api/ping" }) {
  const port = await freePort();
  const child = spawn(path.join(dir, "node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
    detached: true,
    stdio: "ignore",
  });
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ok = await fetch(origin + probePath).then((response) => response.ok, () => false);
    if (ok) return { origin, pid: child.pid, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`the Next floor in ${dir} did not answer ${probePath} within 60 s`);
}
