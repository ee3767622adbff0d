/**
 * One instance of the production build for a server test: `node server.mjs` on a port the OS chooses, with its own
 * data folder (PGlite, local auth keys) removed when it stops, and no database server, AI or Redis even when the
 * caller's environment names them.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { childEnv, startServer } from "../app-process.mjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * @param {{ hostname: string, args?: string[], env?: Record<string, string> }} options `args` go to server.mjs after
 *   `--hostname <h> --port 0`; `env` adds variables (NODE_DEBUG) to the child's clean environment.
 */
export function startInstance({ hostname, args = [], env = {} }) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-server-test-"));
  const server = startServer({
    root,
    env: childEnv({ ...env, DATA_DIR: dataDir }),
    args: ["--hostname", hostname, "--port", "0", ...args],
  });
  return {
    ...server,
    /** Stops the server (if still running) and removes its data folder. */
    async dispose() {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
