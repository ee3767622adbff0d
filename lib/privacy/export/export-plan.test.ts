import { getTableConfig, pgTable, type PgTable, text, uuid } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { type DataMapEntry, dataMap, listSchemaTables, type SchemaTable } from "@/db/data-map";
import * as schema from "@/db/schema";
import { accountExportPlan, type ExportFilePlan, tablesLeftOutOfExport } from "./export-plan";

type AnyMap = Readonly<Record<string, DataMapEntry>>;

/** Every column, across `tables`, with a foreign key to `users.id`, as `table.column`. */
function columnsReferencingUsers(tables: readonly SchemaTable[]): string[] {
  return tables.flatMap(({ name, table }) =>
    getTableConfig(table)
      .foreignKeys.map((fk) => fk.reference())
      .filter((ref) => getTableConfig(ref.foreignTable).name === "users")
      .flatMap((ref) => ref.columns.filter((_, i) => ref.foreignColumns[i]?.name === "id").map((c) => `${name}.${c.name}`)),
  );
}

/**
 * The columns referencing users that the export neither reads by (as a table's owner or an export subject) nor leaves
 * out on purpose (an "excluded" export rule with its reason). The users table itself is read by its own id.
 */
function uncovered(tables: readonly SchemaTable[], map: AnyMap, plan: readonly ExportFilePlan[]): string[] {
  const readBy = new Set(plan.flatMap((file) => file.subjects.map((s) => `${file.table}.${s.column}`)));
  return columnsReferencingUsers(tables).filter((ref) => {
    const table = ref.split(".")[0]!;
    const rule = map[table]?.export;
    const excludedOnPurpose = rule?.columns === "excluded" && rule.reason.trim().length > 0;
    return !readBy.has(ref) && !excludedOnPurpose;
  });
}

const tables = listSchemaTables();
const map = dataMap as unknown as AnyMap;
const plan = accountExportPlan();
const byTable = new Map(plan.map((file) => [file.table as string, file]));

describe("accountExportPlan", () => {
  it("covers every column that references users: exported by the data map or excluded with a reason", () => {
    expect(columnsReferencingUsers(tables).length).toBeGreaterThan(5);
    expect(uncovered(tables, map, plan)).toEqual([]);
  });

  it("reports a new table referencing users that the data map neither exports nor excludes", () => {
    const notes = pgTable("coach_notes", {
      id: uuid("id").primaryKey(),
      orgId: uuid("org_id"),
      authorId: uuid("author_id").references(() => schema.users.id, { onDelete: "cascade" }),
      note: text("note"),
    });
    const entry: DataMapEntry = {
      ...map.organisation_members!,
      exportSubjects: undefined,
      export: { columns: "excluded", reason: "" },
    };
    const withNotes = [...tables, { name: "coach_notes", table: notes as PgTable }];
    expect(uncovered(withNotes, { ...map, coach_notes: entry }, plan)).toEqual(["coach_notes.author_id"]);
  });

  it("gives export subjects only to organisation tables, whose rows a member does not own", () => {
    const withSubjects = Object.entries(map).filter(([, entry]) => entry.exportSubjects);
    expect(withSubjects.map(([name]) => name).sort()).toEqual(["organisation_invites", "organisation_members"]);
    for (const [, entry] of withSubjects) expect(entry.owner.kind).toBe("organisation");
  });

  it("refuses an organisation table that is exported without export subjects", () => {
    const withoutSubjects = { ...map, organisation_members: { ...map.organisation_members!, exportSubjects: undefined } };
    expect(() => accountExportPlan(withoutSubjects)).toThrow(/organisation_members: exported, but neither owned/);
  });

  it("exports the account, its practice, consents, audit events, sign-ins, settings, memberships, invites and billing", () => {
    expect([...byTable.keys()].sort()).toEqual(
      [
        "account_settings",
        "audit_events",
        "auth_sessions",
        "candidate_profiles",
        "consents",
        "organisation_invites",
        "organisation_members",
        "practice_answers",
        "practice_sessions",
        "sign_in_events",
        "user_billing",
        "user_usage",
        "users",
      ].sort(),
    );
    expect(plan[0]!.table).toBe("users");
    expect(byTable.get("users")!.subjects).toEqual([{ column: "id", holds: "user id", label: null }]);
    expect(byTable.get("practice_answers")!.columns).toEqual(expect.arrayContaining(["answer_text", "feedback", "delivery_metrics", "presence_metrics"]));
  });

  it("never exports an organisation's candidates, their answers or the reviews of them", () => {
    for (const table of ["candidate_invites", "assessment_attempts", "assessment_answers", "proctoring_events", "answer_reviews", "candidate_decisions"]) {
      expect(byTable.has(table), table).toBe(false);
    }
  });

  it("reads organisation rows only by the member's id or email, without the invitee's email or the token hash", () => {
    const invites = byTable.get("organisation_invites")!;
    // Read in the user's own scope, so invites from teams they never joined or have left are included too.
    expect([invites.organisationColumn, invites.organisationNameColumn]).toEqual([null, "org_id"]);
    expect(byTable.get("organisation_members")!.organisationColumn).toBe("org_id");
    expect(invites.subjects.map((s) => [s.column, s.holds])).toEqual([
      ["invited_by_user_id", "user id"],
      ["email", "email"],
    ]);
    expect(invites.columns).not.toContain("email");
    expect(invites.columns).not.toContain("token_hash");
    expect(byTable.get("organisation_members")!.subjects.map((s) => s.column)).toEqual(["user_id"]);
  });

  it("lists the personal-data tables it leaves out with the data map's reasons", () => {
    const leftOut = tablesLeftOutOfExport();
    expect(leftOut.map((t) => t.table)).toContain("candidate_invites");
    for (const table of leftOut) expect(table.reason.length).toBeGreaterThan(0);
  });
});
