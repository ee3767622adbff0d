/**
 * Assessments, as their organisation's members see them. Every query runs in the organisation's scope and also
 * filters on the organisation, so another organisation's id matches nothing (callers answer 404).
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { type Assessment, type AssessmentStatus, assessmentQuestions, assessments } from "../schema";

export type NewAssessment = Pick<
  Assessment,
  "orgId" | "title" | "roleTitle" | "introduction" | "proctoring" | "practiceQuestion" | "deadlineAt" | "deadlineDays" | "createdByUserId"
>;

export type AssessmentPatch = Partial<
  Pick<Assessment, "title" | "roleTitle" | "introduction" | "proctoring" | "practiceQuestion" | "deadlineAt" | "deadlineDays" | "jobDescription">
>;

export type AssessmentListRow = Pick<Assessment, "id" | "title" | "roleTitle" | "status" | "createdAt"> & { questionCount: number };

export async function insertAssessment(db: ScopedDb, values: NewAssessment): Promise<Assessment> {
  return runScoped(db, async (conn) => {
    const [row] = await conn.insert(assessments).values(values).returning();
    if (!row) throw new Error("assessment insert returned no row");
    return row;
  });
}

/** The organisation's assessments, newest first, with their question counts. */
export async function listAssessmentsInOrganisation(db: ScopedDb, orgId: string): Promise<AssessmentListRow[]> {
  return runScoped(db, (conn) =>
    conn
      .select({
        id: assessments.id,
        title: assessments.title,
        roleTitle: assessments.roleTitle,
        status: assessments.status,
        createdAt: assessments.createdAt,
        questionCount: sql<number>`(select count(*)::int from ${assessmentQuestions} where ${assessmentQuestions.assessmentId} = ${assessments.id})`,
      })
      .from(assessments)
      .where(eq(assessments.orgId, orgId))
      .orderBy(desc(assessments.createdAt), desc(assessments.id)),
  );
}

/** One of the organisation's assessments, or null. `lock` holds the row until the transaction ends (serialises edits). */
export async function findAssessmentInOrganisation(
  db: ScopedDb,
  orgId: string,
  assessmentId: string,
  options: { lock?: boolean } = {},
): Promise<Assessment | null> {
  return runScoped(db, async (conn) => {
    const query = conn
      .select()
      .from(assessments)
      .where(and(eq(assessments.orgId, orgId), eq(assessments.id, assessmentId)))
      .limit(1);
    const [row] = options.lock ? await query.for("update") : await query;
    return row ?? null;
  });
}

/** Changes an assessment's details; `updatedAt` is set to `at`. */
export async function updateAssessmentRow(db: ScopedDb, orgId: string, assessmentId: string, patch: AssessmentPatch, at: Date): Promise<Assessment> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .update(assessments)
      .set({ ...patch, updatedAt: at })
      .where(and(eq(assessments.orgId, orgId), eq(assessments.id, assessmentId)))
      .returning();
    if (!row) throw new Error("assessment update matched no row");
    return row;
  });
}

/** Moves an assessment to `status` at `at`, stamping when it (first) opened or (last) closed. */
export async function setAssessmentStatus(
  db: ScopedDb,
  orgId: string,
  assessmentId: string,
  status: AssessmentStatus,
  at: Date,
): Promise<Assessment> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .update(assessments)
      .set({
        status,
        updatedAt: at,
        ...(status === "open" ? { openedAt: sql`coalesce(${assessments.openedAt}, ${at.toISOString()}::timestamptz)` } : {}),
        ...(status === "closed" ? { closedAt: at } : {}),
      })
      .where(and(eq(assessments.orgId, orgId), eq(assessments.id, assessmentId)))
      .returning();
    if (!row) throw new Error("assessment status update matched no row");
    return row;
  });
}

/** Deletes a draft (its questions cascade); false when it was not a draft any more. */
export async function deleteDraftAssessment(db: ScopedDb, orgId: string, assessmentId: string): Promise<boolean> {
  return runScoped(db, async (conn) => {
    const deleted = await conn
      .delete(assessments)
      .where(and(eq(assessments.orgId, orgId), eq(assessments.id, assessmentId), eq(assessments.status, "draft")))
      .returning({ id: assessments.id });
    return deleted.length > 0;
  });
}
