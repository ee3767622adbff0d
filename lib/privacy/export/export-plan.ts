/**
 * What a user's data export holds, derived from the data map (db/data-map.ts) and the schema rather than kept by
 * hand: one file per table that holds the user's rows. A table the user owns is read by its owner column; an
 * organisation's table only where the map names an export subject (the member's own membership and invites), and
 * then organisation by organisation. A table added to the schema is exported, or excluded with a reason, or the data
 * map's own test fails; export-plan.test.ts fails when a column referencing `users` is covered by neither.
 */
import "server-only";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import { type DataMapEntry, dataMap, listSchemaTables, type SchemaTable, type TableName } from "@/db/data-map";

/** Which rows of a table are the user's: those whose `column` holds the user's id or email. */
export type ExportSubjectPlan = { column: string; holds: "user id" | "email"; label: string | null };

/** One file of the export. */
export type ExportFilePlan = {
  table: TableName;
  /** The file's name inside the export, e.g. `practice_answers.json`. */
  file: string;
  /** The data map's description of a row, for the README. */
  description: string;
  /** SQL column names, in schema order; never a column the map leaves out. */
  columns: string[];
  /** Why some columns are left out, when they are. */
  columnsLeftOut: string | null;
  /** The primary key column: rows are read in pages ordered by it. */
  keyColumn: string;
  subjects: ExportSubjectPlan[];
  /** For an organisation's table: the column naming the organisation; rows are read in each of the user's organisations. */
  organisationColumn: string | null;
  /** For an organisation's table read in the user's own scope: the column naming the organisation, for its name. */
  organisationNameColumn: string | null;
};

/** A table the export leaves out although it holds personal data, and why (for the README). */
export type ExcludedTable = { table: TableName; reason: string };

type AnyEntry = DataMapEntry<TableName>;

function primaryKeyOf(name: string, table: PgTable): string {
  const keys = getTableConfig(table).columns.filter((column) => column.primary);
  if (keys.length !== 1) throw new Error(`${name}: the export reads in pages by a single-column primary key`);
  return keys[0]!.name;
}

function planFor({ name, table }: SchemaTable, entry: AnyEntry): ExportFilePlan | null {
  const rule = entry.export;
  if (rule.columns === "excluded") return null;
  const allColumns = getTableConfig(table).columns.map((column) => column.name);
  const columns = rule.columns === "all" ? allColumns : allColumns.filter((c) => (rule.columns as readonly string[]).includes(c));
  const base = {
    table: name as TableName,
    file: `${name}.json`,
    description: entry.description,
    columns,
    columnsLeftOut: "reason" in rule ? rule.reason : null,
    keyColumn: primaryKeyOf(name, table),
  };
  if (entry.owner.kind === "user") {
    return {
      ...base,
      subjects: [{ column: entry.owner.column, holds: "user id", label: null }],
      organisationColumn: null,
      organisationNameColumn: null,
    };
  }
  if (entry.owner.kind === "organisation" && entry.exportSubjects) {
    const subjects = entry.exportSubjects.map((s) => ({ column: s.column as string, holds: s.holds, label: s.label }));
    const own = entry.exportScope === "own";
    return {
      ...base,
      subjects,
      organisationColumn: own ? null : entry.owner.column,
      organisationNameColumn: own ? entry.owner.column : null,
    };
  }
  // An export rule with no way to tell whose rows are whose would export everyone's: refuse to build such a plan.
  throw new Error(`${name}: exported, but neither owned by a user nor given export subjects in the data map`);
}

/** The files of a user's export, in the data map's order (the account first). */
export function accountExportPlan(
  map: Readonly<Record<string, AnyEntry>> = dataMap as unknown as Record<string, AnyEntry>,
  tables: readonly SchemaTable[] = listSchemaTables(),
): ExportFilePlan[] {
  const missing = tables.filter((table) => !Object.hasOwn(map, table.name));
  if (missing.length > 0) throw new Error(`missing from the data map: ${missing.map((t) => t.name).join(", ")}`);
  const byName = new Map(tables.map((table) => [table.name, table]));
  return Object.entries(map).flatMap(([name, entry]) => {
    const table = byName.get(name);
    const plan = table ? planFor(table, entry) : null;
    return plan ? [plan] : [];
  });
}

/** Tables holding personal data that the export leaves out, with the data map's reason. */
export function tablesLeftOutOfExport(
  map: Readonly<Record<string, AnyEntry>> = dataMap as unknown as Record<string, AnyEntry>,
): ExcludedTable[] {
  return Object.entries(map).flatMap(([table, entry]) =>
    entry.personalData && entry.export.columns === "excluded" ? [{ table: table as TableName, reason: entry.export.reason }] : [],
  );
}
