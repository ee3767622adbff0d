/**
 * What an integration run shares: `integration-global.ts` builds it once per run and provides it to every test file,
 * whose setup (`integration-env.ts`) copies the migrated template into a database of the file's own.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

/** The run's migrated database. Provided to the test files, so it must stay plain, serialisable data. */
export type TemplateDatabase =
  /**
   * `name` on the server at `adminUrl`, used only as the TEMPLATE of each file's `CREATE DATABASE`; every file's
   * database is named `${filePrefix}_<random>`, so the global teardown can drop what a file left behind.
   */
  | { kind: "postgres"; adminUrl: string; name: string; filePrefix: string }
  /** A closed PGlite data folder that each file copies and then opens as its own. */
  | { kind: "pglite"; dataDir: string };

export type IntegrationRun = {
  /**
   * Temp folder of this run: the template (PGlite) and every file's DATA_DIR live under it, and the global teardown
   * removes it whole. Vitest runs no afterAll hook in a file whose tests are all skipped, so a file's own cleanup
   * cannot be the only one.
   */
  dir: string;
  database: TemplateDatabase;
};

declare module "vitest" {
  export interface ProvidedContext {
    integrationRun: IntegrationRun;
  }
}

/** A fresh hex id: database names built from it need no quoting beyond the double quotes, and cannot inject SQL. */
export function randomId(): string {
  return randomBytes(6).toString("hex");
}

/** The admin URL with its database swapped for `name`. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement on its own connection: CREATE/DROP/ALTER DATABASE cannot run inside a pool's transaction. */
export async function runAsAdmin<R extends pg.QueryResultRow = pg.QueryResultRow>(
  adminUrl: string,
  statement: string,
  values?: unknown[],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query<R>(statement, values)).rows;
  } finally {
    await client.end();
  }
}
