/**
 * Loading an assessment for a change: in the caller's transaction, locked (so concurrent edits of one assessment run
 * one after the other), 404 for an id that is not this organisation's, 409 unless it is still a draft.
 */
import "server-only";
import { findAssessmentInOrganisation } from "@/db/queries/assessments";
import type { Assessment } from "@/db/schema/assessments";
import type { ScopedDb } from "@/db/scoped";
import { AppError } from "@/lib/api/app-error";
import type { MemberContext } from "@/lib/context/request-context";
import { editProblem } from "./assessment-rules";
import { assessmentIdSchema } from "./schemas";

export const ASSESSMENT_NOT_FOUND = "No such assessment in this organisation.";

/** The id checked for shape first: a malformed id is a 404 like any unknown one, not a database error. */
export function requireAssessmentId(id: string): string {
  if (!assessmentIdSchema.safeParse(id).success) throw new AppError("not_found", ASSESSMENT_NOT_FOUND);
  return id;
}

/** The organisation's assessment, or 404. `lock` holds its row until `db`'s transaction ends. */
export async function loadAssessment(ctx: MemberContext, db: ScopedDb, assessmentId: string, lock = false): Promise<Assessment> {
  const assessment = await findAssessmentInOrganisation(db, ctx.principal.organisation.id, requireAssessmentId(assessmentId), { lock });
  if (!assessment) throw new AppError("not_found", ASSESSMENT_NOT_FOUND);
  return assessment;
}

/** The organisation's draft, locked for the rest of the transaction; 404 or 409. */
export async function loadDraftForChange(ctx: MemberContext, tx: ScopedDb, assessmentId: string): Promise<Assessment> {
  const assessment = await loadAssessment(ctx, tx, assessmentId, true);
  const problem = editProblem(assessment.status);
  if (problem) throw new AppError("conflict", problem);
  return assessment;
}
