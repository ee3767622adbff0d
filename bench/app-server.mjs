/**
 * Starts the app's production server (`node server.mjs`) for a bench, waits until it is healthy and stops its whole
 * process group afterwards. The server's output is kept, not shown: its last lines explain a failed start.
 */
import { spawn } from "node:child_process";
import net from "node:net";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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
 * @returns {{ ready: (timeoutMs?: number) => Promise<any>, stop: () => Promise<void> }} `ready` resolves with the
 *   /api/health report; `stop` sends SIGTERM to the group, then SIGKILL after 5 s.
 */
export function startApp({ root, port, env }) {
  const origin = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["server.mjs", "--port", String(port)], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const log = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding("utf8");
    stream.on("data", (chunk) => {
      log.push(...chunk.split("\n").filter(Boolean));
      log.splice(0, Math.max(0, log.length - 30));
    });
  }
  const running = () => child.exitCode === null && child.signalCode === null;

  async function ready(timeoutMs = 90_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!running()) throw new Error(`the app exited (${child.exitCode ?? child.signalCode}):\n${log.join("\n")}`);
      try {
        const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5000) });
        if (response.ok) return await response.json();
      } catch {
        // not listening yet
      }
      await sleep(500);
    }
    throw new Error(`the app did not become healthy within ${timeoutMs / 1000} s:\n${log.join("\n")}`);
  }

  async function stop() {
    if (!child.pid || !running()) return;
    const signalGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    signalGroup("SIGTERM");
    if ((await Promise.race([exited.then(() => "exited"), sleep(5000)])) !== "exited") signalGroup("SIGKILL");
  }

  return { ready, stop };
}
