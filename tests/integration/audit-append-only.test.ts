/**
 * The audit log is append-only. The database refuses the application role any UPDATE or DELETE of audit_events
 * (only INSERT and SELECT are granted, migration 0002), whoever's rows they are; and no code outside the retention
 * job and account anonymisation contains a statement that would change or remove an event.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { recordAuditEvent } from "@/db/queries/audit";
import { runScoped, scopedDb } from "@/db/scoped";
import { createTestUser } from "@/tests/helpers/context";

async function refusalOf(work: Promise<unknown>): Promise<string> {
  const caught = await work.then(
    () => null,
    (error: unknown) => error,
  );
  expect(caught, "the statement was not refused").toBeInstanceOf(Error);
  const error = caught as Error & { cause?: unknown };
  return `${error.message} ${error.cause instanceof Error ? error.cause.message : ""}`;
}

async function ownEvent() {
  const user = await createTestUser();
  const asUser = scopedDb(getDb, { role: "app", userId: user.id });
  const event = await recordAuditEvent(asUser, { actorUserId: user.id, action: "profile.update", targetType: "user", targetId: user.id });
  return { asUser, event };
}

async function stillThere(id: string): Promise<{ action: string } | undefined> {
  const raw = await getDb();
  const result = await raw.execute(sql`select action from audit_events where id = ${id}`);
  return (result as unknown as { rows: { action: string }[] }).rows[0];
}

describe("audit events through the application role", () => {
  it("refuses to update the user's own audit event", async () => {
    const { asUser, event } = await ownEvent();
    const message = await refusalOf(runScoped(asUser, (tx) => tx.execute(sql`update audit_events set action = 'forged' where id = ${event.id}`)));
    expect(message).toMatch(/permission denied/);
    expect(await stillThere(event.id)).toEqual({ action: "profile.update" });
  });

  it("refuses to delete the user's own audit event", async () => {
    const { asUser, event } = await ownEvent();
    const message = await refusalOf(runScoped(asUser, (tx) => tx.execute(sql`delete from audit_events where id = ${event.id}`)));
    expect(message).toMatch(/permission denied/);
    expect(await stillThere(event.id)).toEqual({ action: "profile.update" });
  });
});

// The retention job (events older than a year) and account anonymisation (the actor and IP hash removed) are the
// only code allowed to change or remove audit events; their query files are recognised by name.
const ALLOWED_FILES = /(retention|anonymi[sz]|account-deletion)[^/]*\.ts$/;
const AUDIT_WRITES = [
  /\.(update|delete)\(\s*auditEvents\b/,
  /\b(update|delete\s+from)\s+"?audit_events"?/i,
];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("code that could change the audit log", () => {
  it("finds update and delete statements on audit_events only in the retention and anonymisation queries", () => {
    const root = process.cwd();
    const offenders = ["db/queries", "lib", "app"]
      .flatMap((directory) => sourceFiles(join(root, directory)))
      .filter((path) => !ALLOWED_FILES.test(path))
      .filter((path) => AUDIT_WRITES.some((pattern) => pattern.test(readFileSync(path, "utf8"))))
      .map((path) => relative(root, path));
    expect(offenders).toEqual([]);
  });

  it("recognises both ways of writing such a statement", () => {
    expect(AUDIT_WRITES.some((pattern) => pattern.test("conn.delete(auditEvents).where(x)"))).toBe(true);
    expect(AUDIT_WRITES.some((pattern) => pattern.test("tx.update( auditEvents ).set({})"))).toBe(true);
    expect(AUDIT_WRITES.some((pattern) => pattern.test('sql`delete from "audit_events" where`'))).toBe(true);
    expect(AUDIT_WRITES.some((pattern) => pattern.test("conn.insert(auditEvents).values(row)"))).toBe(false);
  });
});
