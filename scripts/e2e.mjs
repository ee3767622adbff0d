#!/usr/bin/env node
/**
 * Runs the Playwright suite against a production build with its own port, data folder and (when DATABASE_URL names a
 * server) its own fresh database, dropped afterwards: no run sees another's rows.
 *   node scripts/e2e.mjs [playwright args]      E2E_SKIP_BUILD=1 reuses the last build.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const port = Number(process.env.E2E_PORT ?? 3100);
const appUrl = `http://localhost:${port}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-e2e-"));
const adminUrl = process.env.DATABASE_URL;
let databaseUrl;
let databaseName;

function run(command, args, env) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status}`);
}

async function withAdmin(work) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function waitForHealth(server) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app exited early with ${server.exitCode}`);
    try {
      const response = await fetch(`${appUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the app did not become healthy within 120 s");
}

let server;
let exitCode = 1;
try {
  if (adminUrl) {
    databaseName = `rehearse_e2e_${randomBytes(6).toString("hex")}`;
    await withAdmin((client) => client.query(`CREATE DATABASE ${databaseName}`));
    const url = new URL(adminUrl);
    url.pathname = `/${databaseName}`;
    databaseUrl = url.toString();
  }
  const appEnv = {
    ...process.env,
    NODE_ENV: "production",
    APP_URL: appUrl,
    DATA_DIR: dataDir,
    // Tests play many visitors by sending x-forwarded-for, as a trusted proxy would.
    TRUST_PROXY: "1",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
  if (databaseUrl) run("npx", ["tsx", "scripts/migrate.ts"], appEnv);
  run("node", ["scripts/prepare-mediapipe.mjs"], appEnv);
  if (process.env.E2E_SKIP_BUILD !== "1") run("npx", ["next", "build"], appEnv);

  server = spawn("node", ["server.mjs", "--port", String(port)], { env: appEnv, stdio: ["ignore", "inherit", "inherit"], detached: true });
  await waitForHealth(server);

  const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, E2E_BASE_URL: appUrl, E2E_DATA_DIR: dataDir },
  });
  exitCode = result.status ?? 1;
} catch (error) {
  console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  if (databaseName) {
    await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`)).catch((error) =>
      console.error(`e2e: could not drop ${databaseName}: ${error.message}`),
    );
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
