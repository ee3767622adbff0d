/**
 * An assessment's questions, in the organisation's scope. Callers lock the assessment row first
 * (`findAssessmentInOrganisation(…, { lock: true })`), so positions are only ever rewritten by one request at a time.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { type AssessmentQuestion, assessmentQuestions } from "../schema";

export type NewAssessmentQuestion = Pick<
  AssessmentQuestion,
  "orgId" | "assessmentId" | "position" | "text" | "kind" | "competencies" | "source" | "bankId"
> &
  Partial<Pick<AssessmentQuestion, "timeLimitSeconds" | "timeLimitMode" | "modes" | "retakes">>;

export type AssessmentQuestionPatch = Partial<Pick<AssessmentQuestion, "text" | "kind" | "timeLimitSeconds" | "timeLimitMode" | "modes" | "retakes">>;

const inAssessment = (orgId: string, assessmentId: string) =>
  and(eq(assessmentQuestions.orgId, orgId), eq(assessmentQuestions.assessmentId, assessmentId));

/** The assessment's questions in the order candidates see them. */
export async function listAssessmentQuestions(db: ScopedDb, orgId: string, assessmentId: string): Promise<AssessmentQuestion[]> {
  return runScoped(db, (conn) =>
    conn
      .select()
      .from(assessmentQuestions)
      .where(inAssessment(orgId, assessmentId))
      .orderBy(asc(assessmentQuestions.position), asc(assessmentQuestions.createdAt)),
  );
}

export async function insertAssessmentQuestions(db: ScopedDb, rows: NewAssessmentQuestion[]): Promise<AssessmentQuestion[]> {
  if (rows.length === 0) return [];
  return runScoped(db, (conn) => conn.insert(assessmentQuestions).values(rows).returning());
}

/** One question of the assessment, or null (none, another assessment's, or another organisation's). */
export async function findAssessmentQuestion(
  db: ScopedDb,
  orgId: string,
  assessmentId: string,
  questionId: string,
): Promise<AssessmentQuestion | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select()
      .from(assessmentQuestions)
      .where(and(inAssessment(orgId, assessmentId), eq(assessmentQuestions.id, questionId)))
      .limit(1);
    return row ?? null;
  });
}

export async function updateAssessmentQuestion(
  db: ScopedDb,
  orgId: string,
  assessmentId: string,
  questionId: string,
  patch: AssessmentQuestionPatch,
): Promise<AssessmentQuestion> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .update(assessmentQuestions)
      .set(patch)
      .where(and(inAssessment(orgId, assessmentId), eq(assessmentQuestions.id, questionId)))
      .returning();
    if (!row) throw new Error("question update matched no row");
    return row;
  });
}

/** Deletes a question and closes the gap it leaves, so positions stay 1…n. */
export async function deleteAssessmentQuestion(db: ScopedDb, orgId: string, assessmentId: string, question: AssessmentQuestion): Promise<void> {
  await runScoped(db, async (conn) => {
    await conn.delete(assessmentQuestions).where(and(inAssessment(orgId, assessmentId), eq(assessmentQuestions.id, question.id)));
    await conn
      .update(assessmentQuestions)
      .set({ position: sql`${assessmentQuestions.position} - 1` })
      .where(and(inAssessment(orgId, assessmentId), gt(assessmentQuestions.position, question.position)));
  });
}

/** Rewrites every position in one statement: `orderedIds[i]` becomes position i + 1. */
export async function setAssessmentQuestionOrder(db: ScopedDb, orgId: string, assessmentId: string, orderedIds: readonly string[]): Promise<void> {
  if (orderedIds.length === 0) return;
  await runScoped(db, async (conn) => {
    const cases = sql.join(
      orderedIds.map((id, index) => sql`when ${id}::uuid then ${index + 1}::int`),
      sql` `,
    );
    await conn
      .update(assessmentQuestions)
      .set({ position: sql`case ${assessmentQuestions.id} ${cases} end` })
      .where(
        and(
          inAssessment(orgId, assessmentId),
          sql`${assessmentQuestions.id} in (${sql.join(
            orderedIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
        ),
      );
  });
}
