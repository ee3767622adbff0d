/**
 * The processes a bench measures: the app's production server (`node server.mjs`, through scripts/app-process.mjs,
 * which the server tests use too) and the node:http floor (bench/floor-server.mjs). Each runs in its own process group
 * and is stopped with it. The app's output is kept, not shown: its last lines explain a failed start.
 */
import { spawn } from "node:child_process";
import net from "node:net";
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
 * @returns {{ ready: (timeoutMs?: number) => Promise<any>, stop: () => Promise<void> }} `ready` resolves with the
 *   /api/health report; `stop` sends SIGTERM to the group, then SIGKILL after 15 s (the server's own shutdown
 *   timeout is 10 s).
 */
export function startApp({ root, port, env }) {
  const server = startServer({ root, env, args: ["--port", String(port)] });
  return {
    ready: async (timeoutMs = 90_000) => (await server.ready({ timeoutMs })).health,
    stop: async () => {
      await server.stop();
    },
  };
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
  return { origin: `http://127.0.0.1:${JSON.parse(line).port}`, stop };
}
