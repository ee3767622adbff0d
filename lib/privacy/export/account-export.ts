/**
 * "Export my data": a ZIP of everything the product holds about the signed-in user, one JSON file per table the data
 * map gives them rows in, with a README. It streams: rows are read in keyset pages as the download pulls them, so a
 * large account costs one page of memory, and a client that goes away stops the reads.
 *
 * Reads run under the user's own scope (row-level security on); an organisation's tables are read one organisation
 * at a time with it in scope, and only the rows that are the user's (export-plan.ts), never its candidates.
 */
import "server-only";
import { readExportPage } from "@/db/queries/account-export";
import { listMemberships } from "@/db/queries/organisation-membership";
import type { UserContext } from "@/lib/context/request-context";
import { log } from "@/lib/observability/logger";
import { accountExportPlan, type ExportFilePlan, tablesLeftOutOfExport } from "./export-plan";
import { exportReadme } from "./export-readme";
import { readableFrom, type ZipEntry, zipStream } from "./zip-writer";

/** Rows per read: big enough that 10,000 sessions take few round trips, small enough to stay a few MB in memory. */
export const EXPORT_PAGE_SIZE = 500;

export type AccountExport = { filename: string; body: ReadableStream<Uint8Array> };

type Reader = { ctx: UserContext; organisationIds: readonly string[]; counts: { rows: number } };

/** Every page of the user's rows of one table, in each organisation for an organisation's table. */
async function* pagesOf(reader: Reader, file: ExportFilePlan): AsyncGenerator<string[]> {
  const { ctx, organisationIds } = reader;
  const { user } = ctx.principal;
  const organisations = file.organisationColumn ? organisationIds.map((id) => ({ id, column: file.organisationColumn! })) : [null];
  for (const organisation of organisations) {
    for (const subject of file.subjects) {
      const value = subject.holds === "email" ? user.email : user.id;
      let after: string | null = null;
      do {
        ctx.signal.throwIfAborted();
        const page = await readExportPage(ctx.db, {
          table: file.table,
          columns: file.columns,
          keyColumn: file.keyColumn,
          subject: { ...subject, value },
          organisation,
          organisationNameColumn: file.organisationNameColumn,
          after,
          limit: EXPORT_PAGE_SIZE,
        });
        reader.counts.rows += page.rows.length;
        yield page.rows;
        after = page.nextAfter;
      } while (after !== null);
    }
  }
}

/** A JSON array, written as its pages of row texts arrive. */
async function* jsonArray(pages: AsyncIterable<string[]>): AsyncGenerator<string> {
  let empty = true;
  yield "[";
  for await (const rows of pages) {
    if (rows.length === 0) continue;
    yield `${empty ? "\n" : ",\n"}${rows.join(",\n")}`;
    empty = false;
  }
  yield empty ? "]\n" : "\n]\n";
}

async function* entries(reader: Reader, files: readonly ExportFilePlan[], at: Date): AsyncGenerator<ZipEntry> {
  const started = performance.now();
  yield { name: "README.txt", modifiedAt: at, content: [exportReadme(files, tablesLeftOutOfExport(), at)] };
  for (const file of files) yield { name: file.file, modifiedAt: at, content: jsonArray(pagesOf(reader, file)) };
  log.info("account.export.streamed", { files: files.length, rows: reader.counts.rows, ms: Math.round(performance.now() - started) });
}

/**
 * The archive's chunks. The response has started by the time a read fails, so the route wrapper never sees the
 * error: it is logged here (its class only), and the client gets a truncated file its unzip refuses.
 */
async function* archive(reader: Reader, files: readonly ExportFilePlan[], at: Date): AsyncGenerator<Uint8Array> {
  try {
    yield* zipStream(entries(reader, files, at));
  } catch (error) {
    if (reader.ctx.signal.aborted) log.info("account.export.client_left", { rows: reader.counts.rows });
    else log.error("account.export.failed", { error: error instanceof Error ? error.name : "unknown", rows: reader.counts.rows });
    throw error;
  }
}

/** `rehearse-export-2026-12-07.zip`, dated in UTC. */
export function exportFilename(at: Date): string {
  return `rehearse-export-${at.toISOString().slice(0, 10)}.zip`;
}

/**
 * Starts the signed-in user's export: records the `account.export` audit event (the count of files only) and returns
 * the archive as a stream the response sends as it is read.
 */
export async function exportAccount(ctx: UserContext): Promise<AccountExport> {
  const { user } = ctx.principal;
  const files = accountExportPlan();
  const memberships = await listMemberships(ctx.db, user.id);
  const at = ctx.now();
  await ctx.audit({ action: "account.export", targetType: "user", targetId: user.id, newValues: { files: files.length + 1 } });
  const reader: Reader = { ctx, organisationIds: memberships.map((m) => m.organisation.id), counts: { rows: 0 } };
  return { filename: exportFilename(at), body: readableFrom(archive(reader, files, at)) };
}
