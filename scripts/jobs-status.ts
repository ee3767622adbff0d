/**
 * Prints the last run of each scheduled job from the database lib/env selects: `npm run jobs:status`.
 * With the embedded database (PGlite), run it while the server is stopped: one PGlite folder is opened by one process
 * at a time. A running server answers the same through `/api/health` with the CRON_SECRET bearer.
 */
import { shutdownDb } from "@/db/client";
import { systemContext } from "@/lib/context/request-context";
import { jobStatuses } from "@/lib/jobs/status";

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 0)} s`;

async function main(): Promise<void> {
  const statuses = await jobStatuses(systemContext("jobs-status"));
  const rows = statuses.map(({ job, lastRun }) =>
    lastRun
      ? [job, lastRun.startedAt, lastRun.outcome + (lastRun.error ? ` (${lastRun.error})` : ""), String(lastRun.rowsAffected), seconds(lastRun.durationMs), lastRun.trigger]
      : [job, "never", "", "", "", ""],
  );
  const table = [["job", "last run", "outcome", "rows", "took", "trigger"], ...rows];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd());
}

// No top-level await: tsx runs this file as CommonJS (package.json has no "type": "module").
main()
  .catch((error: unknown) => {
    console.error(`jobs:status failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => shutdownDb());
