/**
 * What the PostgreSQL benches share: a throwaway database on the server DATABASE_URL names (created, migrated with the
 * committed migrations, dropped afterwards), the admin connection that makes it, and the figures they print.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const root = path.resolve(__dirname, "..");

/** The server the benches use: DATABASE_URL, or the local PostgreSQL's `postgres` database. */
export const adminUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The machine's load averages (1, 5, 15 minutes), printed beside every figure. */
export function loadAverage(): string {
  return os.loadavg().map((value) => value.toFixed(2)).join(", ");
}

export async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database on the server `adminUrl` names, migrated with the committed migrations, and how to drop it. */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<unknown> }> {
  const name = `rehearse_bench_${randomBytes(6).toString("hex")}`;
  const serverUrl = new URL(adminUrl);
  serverUrl.pathname = "/postgres";
  await withAdmin(serverUrl.toString(), (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const drop = () => withAdmin(serverUrl.toString(), (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const migrate = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/migrate.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url.toString() },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (migrate.status !== 0) {
    await drop();
    throw new Error("migrating the bench database failed");
  }
  return { url: url.toString(), drop };
}
