/**
 * Runs the production build through `node server.mjs` as a child process, for the server tests and the benches:
 * reads the port from the ready line (so `--port 0` lets the OS choose a free one), waits until /api/health answers,
 * and stops the child's whole process group afterwards. Every child still running when this process exits is killed.
 */
import { spawn } from "node:child_process";
import readline from "node:readline";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** A timer for a race: unreferenced, so a race that is long decided keeps no process alive. */
const raceTimer = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());
const READY_LINE = /^Rehearse .*ready on (http:\/\/\S+) \(listening on (\S+)\)/;
// A host's own settings (a stray OPENAI_API_KEY, DATABASE_URL or Clerk key) must not change what a child runs.
const PASSED_THROUGH = ["PATH", "HOME", "USER", "TMPDIR", "LANG", "TERM"];

const running = new Set();
process.once("exit", () => {
  for (const child of running) signalGroup(child, "SIGKILL");
});

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** The environment a child app gets: the basics from ours, then `extra` (NODE_ENV=production unless it says). */
export function childEnv(extra = {}) {
  const base = Object.fromEntries(PASSED_THROUGH.filter((name) => process.env[name]).map((name) => [name, process.env[name]]));
  return { ...base, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

/**
 * Spawns `node server.mjs ...args` in `root` with exactly `env`, in its own process group.
 * @param {{ root: string, env: Record<string, string>, args?: string[], echo?: boolean }} options `echo` copies the
 *   child's output to ours as it comes; otherwise the last 200 lines are kept for `log()`.
 */
export function startServer({ root, env, args = [], echo = false }) {
  const child = spawn(process.execPath, ["server.mjs", ...args], { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  const lines = [];
  const exited = new Promise((resolve) => {
    child.once("exit", (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  let onReadyLine;
  const readyLine = new Promise((resolve) => {
    onReadyLine = resolve;
  });
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on("line", (line) => {
      if (echo) console.log(`  [app] ${line}`);
      lines.push(line);
      lines.splice(0, Math.max(0, lines.length - 200));
      const match = READY_LINE.exec(line);
      if (match) onReadyLine({ url: match[1], listening: match[2], port: Number(new URL(match[1]).port) });
    });
  }
  const isRunning = () => child.exitCode === null && child.signalCode === null;
  const log = () => lines.join("\n");

  /**
   * Resolves once the ready line has been printed and `GET <probe origin>/api/health` answers 200, with the port and
   * the health report. `probeHost` is how to reach the server ("127.0.0.1", "[::1]"); by default the ready line's host.
   */
  async function ready({ timeoutMs = 120_000, probeHost } = {}) {
    const deadline = Date.now() + timeoutMs;
    const failure = (why) => new Error(`${why}\n--- server output ---\n${log()}`);
    const line = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(failure(`the app printed no ready line within ${timeoutMs / 1000} s`)), timeoutMs);
      readyLine.then((found) => {
        clearTimeout(timer);
        resolve(found);
      });
      // Settling a settled promise does nothing, so a later exit raises no unhandled rejection.
      exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(failure(`the app exited (${code ?? signal}) before it was ready`));
      });
    });
    const origin = probeHost ? `http://${probeHost}:${line.port}` : new URL(line.url).origin;
    while (Date.now() < deadline) {
      if (!isRunning()) throw failure(`the app exited (${child.exitCode ?? child.signalCode}) before it was healthy`);
      try {
        const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5000) });
        if (response.ok) return { ...line, origin, health: await response.json() };
        await response.arrayBuffer();
      } catch {
        // not answering yet
      }
      await sleep(250);
    }
    throw failure(`${origin}/api/health did not answer 200 within ${timeoutMs / 1000} s`);
  }

  /** SIGTERM to the group, SIGKILL after `graceMs`; resolves with how the child ended. */
  async function stop(graceMs = 15_000) {
    if (isRunning()) {
      signalGroup(child, "SIGTERM");
      if ((await Promise.race([exited.then(() => "exited"), raceTimer(graceMs)])) !== "exited") signalGroup(child, "SIGKILL");
    }
    return exited;
  }

  return { child, ready, stop, exited, log, isRunning };
}
