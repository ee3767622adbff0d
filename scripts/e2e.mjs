#!/usr/bin/env node
/**
 * Runs the Playwright suite against one production build served twice, each instance with its own port, data folder
 * and (when DATABASE_URL names a server) its own fresh database, dropped afterwards, so no run sees another's rows:
 *   - "offline" on E2E_PORT (3100): no AI configured, the offline engines answer;
 *   - "ai" on E2E_PORT + 1: the real OpenAI SDK pointed at the project's local OpenAI-compatible server;
 *   - "billing" on E2E_PORT + 2: billing on, the real Stripe SDK pointed at the project's local Stripe server (its
 *     Checkout page pays and sends signed webhooks to this instance), and AI as in "ai", so Pro has something to unlock.
 * Before those, on the same build: node's test runner over scripts/server-tests (server.mjs's bind addresses and
 * shutdown), whose instances use ports the OS chooses and PGlite.
 *   node scripts/e2e.mjs [playwright args]      E2E_SKIP_BUILD=1 reuses the last build.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import pg from "pg";

const basePort = Number(process.env.E2E_PORT ?? 3100);
const adminUrl = process.env.DATABASE_URL;
const children = [];
const databases = [];
const dataDirs = [];

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

async function waitForHealth(appUrl, server) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app at ${appUrl} exited early with ${server.exitCode}`);
    try {
      const response = await fetch(`${appUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app at ${appUrl} did not become healthy within 120 s`);
}

/** An instance's environment: its own data folder and database. */
async function instanceEnv(port, extra = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-e2e-"));
  dataDirs.push(dataDir);
  const env = {
    ...process.env,
    NODE_ENV: "production",
    APP_URL: `http://localhost:${port}`,
    DATA_DIR: dataDir,
    // Tests play many visitors by sending x-forwarded-for, as a trusted proxy would.
    TRUST_PROXY: "1",
    OPENAI_API_KEY: "",
    OPENAI_BASE_URL: "",
    // Jobs run on the wall clock and could rotate a reminder's link mid-test; tests/integration drives them instead.
    JOBS_SCHEDULER: "off",
    // Billing stays off (and invisible but for its banner) everywhere except the billing instance.
    STRIPE_SECRET_KEY: "",
    STRIPE_WEBHOOK_SECRET: "",
    STRIPE_API_URL: "",
    STRIPE_PRICE_CANDIDATE_PRO: "",
    STRIPE_PRICE_TEAM_SEAT: "",
    ...extra,
  };
  if (adminUrl) {
    const name = `rehearse_e2e_${randomBytes(6).toString("hex")}`;
    await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
    databases.push(name);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    run("npx", ["tsx", "--conditions=react-server", "scripts/migrate.ts"], env);
  }
  return env;
}

function spawnChild(command, args, env, stdout = "inherit") {
  const child = spawn(command, args, { env, stdio: ["ignore", stdout, "inherit"], detached: true });
  children.push(child);
  return child;
}

/** Starts one of the project's local stand-ins (a tsx script) and returns the JSON line it prints once listening. */
async function startLocalServer(label, script, args) {
  const child = spawnChild("npx", ["tsx", script, ...args], process.env, "pipe");
  const lines = readline.createInterface({ input: child.stdout });
  const first = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the local ${label} server did not start within 30 s`)), 30_000);
    lines.once("line", (line) => {
      clearTimeout(timer);
      resolve(line);
    });
    child.once("exit", (code) => reject(new Error(`the local ${label} server exited with ${code}`)));
  });
  return JSON.parse(first);
}


async function startApp(port, env) {
  const server = spawnChild("node", ["server.mjs", "--port", String(port)], env);
  await waitForHealth(`http://localhost:${port}`, server);
}

let exitCode = 1;
try {
  const offlinePort = basePort;
  const aiPort = basePort + 1;
  const billingPort = basePort + 2;
  const offlineEnv = await instanceEnv(offlinePort);
  run("node", ["scripts/prepare-mediapipe.mjs"], offlineEnv);
  if (process.env.E2E_SKIP_BUILD !== "1") run("npx", ["next", "build"], offlineEnv);

  // server.mjs's own tests (bind addresses, shutdown) on the same build; each starts and stops its own instances.
  const serverTestDir = "scripts/server-tests";
  const serverTestFiles = fs.readdirSync(serverTestDir).filter((name) => name.endsWith(".test.mjs"));
  const serverTests = spawnSync(process.execPath, ["--test", ...serverTestFiles.map((name) => path.join(serverTestDir, name))], {
    stdio: "inherit",
  });

  const { baseURL: openaiBaseUrl } = await startLocalServer("OpenAI", "scripts/local-openai-server.ts", ["--chunk-delay-ms", "25"]);
  const aiEnv = await instanceEnv(aiPort, { OPENAI_API_KEY: "local-e2e-key", OPENAI_BASE_URL: openaiBaseUrl });
  const webhookUrl = `http://localhost:${billingPort}/api/webhooks/stripe`;
  const { env: stripeEnv } = await startLocalServer("Stripe", "scripts/local-stripe-server.ts", ["--webhook-url", webhookUrl]);
  const billingEnv = await instanceEnv(billingPort, { OPENAI_API_KEY: "local-e2e-key", OPENAI_BASE_URL: openaiBaseUrl, ...stripeEnv });
  await Promise.all([startApp(offlinePort, offlineEnv), startApp(aiPort, aiEnv), startApp(billingPort, billingEnv)]);

  const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: {
      ...process.env,
      E2E_BASE_URL: offlineEnv.APP_URL,
      E2E_DATA_DIR: offlineEnv.DATA_DIR,
      E2E_AI_BASE_URL: aiEnv.APP_URL,
      E2E_BILLING_BASE_URL: billingEnv.APP_URL,
      // e2e/helpers.ts mints tokens with lib/auth's server-only modules; this condition makes `server-only` importable.
      NODE_OPTIONS: [process.env.NODE_OPTIONS, "--conditions=react-server"].filter(Boolean).join(" "),
    },
  });
  exitCode = serverTests.status === 0 ? (result.status ?? 1) : 1;
} catch (error) {
  console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  if (children.length > 0) await new Promise((resolve) => setTimeout(resolve, 1000));
  for (const name of databases) {
    await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch((error) =>
      console.error(`e2e: could not drop ${name}: ${error.message}`),
    );
  }
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
