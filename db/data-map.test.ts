import { getTableConfig, pgTable, type PgTable, text, uuid } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { type DataMapEntry, dataMap, listSchemaTables, type SchemaTable } from "./data-map";
import * as schema from "./schema";

/** What account deletion does to a row, by the delete rule of its owner column's foreign key to `users`. */
const ACTION_BY_DELETE_RULE: Record<string, DataMapEntry["onAccountDeletion"]["action"]> = {
  cascade: "delete",
  "set null": "anonymise",
};

/** Tables the schema has and the map lacks, and tables the map names that the schema lacks. */
function coverage(tables: readonly SchemaTable[], map: Readonly<Record<string, unknown>>) {
  const inSchema = new Set(tables.map((t) => t.name));
  return {
    missingFromMap: [...inSchema].filter((name) => !Object.hasOwn(map, name)).sort(),
    notInSchema: Object.keys(map).filter((name) => !inSchema.has(name)).sort(),
  };
}

/** Foreign keys from `table` to `users`, as the column names they start from and their delete rule. */
function keysToUsers(table: PgTable) {
  return getTableConfig(table)
    .foreignKeys.map((fk) => ({ ref: fk.reference(), onDelete: fk.onDelete ?? "no action" }))
    .filter(({ ref }) => getTableConfig(ref.foreignTable).name === "users")
    .map(({ ref, onDelete }) => ({ columns: ref.columns.map((c) => c.name), onDelete }));
}

const tables = listSchemaTables();
// Tables without an entry fail the coverage test; the per-table checks run on the ones the map describes.
const entries = tables.flatMap(({ name, table }) => {
  const entry = (dataMap as Readonly<Record<string, DataMapEntry | undefined>>)[name];
  return entry ? [{ name, table, entry }] : [];
});

describe("listSchemaTables", () => {
  it("keeps the tables among a module's exports and skips relations and constants", () => {
    const { users, usersRelations, ANSWER_MODES, consents } = schema;
    const found = listSchemaTables({ users, usersRelations, ANSWER_MODES, consents });
    expect(found).toEqual([
      { name: "users", table: users },
      { name: "consents", table: consents },
    ]);
  });

  it("reads db/schema/ by default", () => {
    expect(tables.map((t) => t.name)).toContain("users");
  });
});

describe("data map", () => {
  it("has an entry for every table in the schema and none for a table the schema lacks", () => {
    expect(coverage(tables, dataMap)).toEqual({ missingFromMap: [], notInSchema: [] });
  });

  it("reports a schema table that is missing from the map", () => {
    const dummy = pgTable("dummy_notes", { id: uuid("id").primaryKey(), note: text("note") });
    const withDummy = listSchemaTables({ ...schema, dummy });
    expect(coverage(withDummy, dataMap).missingFromMap).toEqual(["dummy_notes"]);
  });

  it("reports a map entry whose table is not in the schema", () => {
    expect(coverage(tables, { ...dataMap, ghosts: dataMap.users }).notInSchema).toEqual(["ghosts"]);
  });

  it.each(entries)("names an owner column that exists on $name", ({ table, entry }) => {
    if (entry.owner.kind === "none") return;
    const columns = getTableConfig(table).columns.map((c) => c.name);
    expect(columns).toContain(entry.owner.column);
  });

  it.each(entries)("lists only existing columns as free text and for export on $name", ({ table, entry }) => {
    const columns = getTableConfig(table).columns.map((c) => c.name);
    const exported = Array.isArray(entry.export.columns) ? entry.export.columns : [];
    for (const column of [...entry.userText, ...exported]) expect(columns).toContain(column);
  });

  it.each(entries)("matches account deletion on $name to its foreign key to users", ({ name, table, entry }) => {
    const keys = keysToUsers(table);
    if (entry.owner.kind === "none") {
      // A table that references users holds a user's data, so it cannot be nobody's.
      expect(keys).toEqual([]);
      expect(entry.onAccountDeletion.action).toBe("keep");
      return;
    }
    if (entry.owner.kind === "organisation") {
      // Organisation rows reach users only through members and inviters; each such key must agree with the rule.
      const actions = new Set(keys.map((k) => ACTION_BY_DELETE_RULE[k.onDelete]));
      expect([...actions], `${name}: every key to users should ${entry.onAccountDeletion.action}`).toEqual(
        keys.length === 0 ? [] : [entry.onAccountDeletion.action],
      );
      if (keys.length === 0) expect(entry.onAccountDeletion.action).toBe("keep");
      return;
    }
    if (name === "users") {
      // The account row itself: deleting the account deletes it.
      expect(entry.owner.column).toBe(getTableConfig(table).columns.find((c) => c.primary)?.name);
      expect(entry.onAccountDeletion.action).toBe("delete");
      return;
    }
    const owner = entry.owner.column;
    const ownerKeys = keys.filter((k) => k.columns.length === 1 && k.columns[0] === owner);
    expect(ownerKeys, `${name}.${owner} should reference users`).toHaveLength(1);
    // restrict / no action would make account deletion fail, so they match no action at all.
    const rule = ownerKeys[0]!.onDelete;
    expect(entry.onAccountDeletion.action, `${name}.${owner} is ON DELETE ${rule}`).toBe(ACTION_BY_DELETE_RULE[rule]);
  });

  it.each(entries)("deletes $name with its organisation", ({ name, table, entry }) => {
    if (entry.owner.kind !== "organisation" || name === "organisations") return;
    const column = entry.owner.column;
    const key = getTableConfig(table)
      .foreignKeys.map((fk) => ({ ref: fk.reference(), onDelete: fk.onDelete }))
      .find(({ ref }) => getTableConfig(ref.foreignTable).name === "organisations" && ref.columns[0]?.name === column);
    expect(key?.onDelete, `${name}.${column} should reference organisations on delete cascade`).toBe("cascade");
  });

  it.each(entries)("turns on row-level security for $name when it holds personal data or a user's rows", ({ entry }) => {
    if (entry.personalData || entry.owner.kind !== "none") expect(entry.rowLevelSecurity).toBe(true);
  });

  it.each(entries)("counts $name as personal data when it holds free text the user typed", ({ entry }) => {
    if (entry.userText.length > 0) expect(entry.personalData).toBe(true);
  });
});
