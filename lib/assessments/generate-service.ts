/**
 * Questions for a pasted job description: written by the AI when one is configured (`ctx.services.questionSource`
 * is then the AI source, which falls back to the bank when the model fails), ranked from the bank otherwise. The
 * answer names the engine that produced them, so the builder can say so.
 *
 * Only the job description and the assessment's role title reach the question source: never the organisation's
 * name, a member's or a candidate's details. The model is called before the transaction, so no row stays locked while
 * it writes; the count and the draft state are checked again under the lock before inserting.
 */
import "server-only";
import { insertAssessmentQuestions, listAssessmentQuestions } from "@/db/queries/assessment-questions";
import { updateAssessmentRow } from "@/db/queries/assessments";
import type { QuestionEngine } from "@/db/schema";
import type { AssessmentQuestion } from "@/db/schema/assessments";
import { AppError } from "@/lib/api/app-error";
import type { MemberContext } from "@/lib/context/request-context";
import { MAX_QUESTIONS, MIN_QUESTIONS, type SelectedQuestion } from "@/lib/practice/questions";
import { loadAssessment, loadDraftForChange } from "./access";
import { editProblem, remainingQuestionSlots } from "./assessment-rules";
import { ASSESSMENT_FULL } from "./question-service";
import type { GenerateQuestionsInput } from "./schemas";
import { type QuestionView, questionView } from "./views";

const AI_SPARE_QUESTIONS = 2;

export type GeneratedQuestions = { engine: QuestionEngine; questions: QuestionView[]; questionCount: number };

/** Letters and digits only, lower case: the same question worded with other punctuation is still a repeat. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Drops questions the assessment already has (same bank id or same wording) and repeats within the batch. */
export function freshQuestions(
  candidates: readonly SelectedQuestion[],
  existing: readonly Pick<AssessmentQuestion, "bankId" | "text">[],
): SelectedQuestion[] {
  const bankIds = new Set(existing.map((question) => question.bankId).filter(Boolean));
  const texts = new Set(existing.map((question) => normalise(question.text)));
  return candidates.filter((question) => {
    const key = normalise(question.text);
    if (bankIds.has(question.id) || texts.has(key)) return false;
    texts.add(key);
    return true;
  });
}

/**
 * Adds up to `count` questions written for the job description (fewer when the assessment would pass fifteen or the
 * engine offered only questions it already has). 409 for a full assessment or one that is no longer a draft.
 */
export async function generateQuestions(ctx: MemberContext, assessmentId: string, input: GenerateQuestionsInput): Promise<GeneratedQuestions> {
  const assessment = await loadAssessment(ctx, ctx.db, assessmentId);
  const problem = editProblem(assessment.status);
  if (problem) throw new AppError("conflict", problem);
  const existing = await listAssessmentQuestions(ctx.db, assessment.orgId, assessment.id);
  const wanted = Math.min(input.count, remainingQuestionSlots(existing.length));
  if (wanted === 0) throw new AppError("conflict", ASSESSMENT_FULL);

  // The engines write three to ten at a time, and repeats of existing questions are dropped, so ask for spares: the
  // bank ranks the same job description the same way (as many spares as questions already there); the AI rarely
  // repeats itself, and every extra question it writes costs tokens (two spares).
  const spares = ctx.services.questionSource.engine === "offline" ? existing.length : AI_SPARE_QUESTIONS;
  const asked = Math.min(MAX_QUESTIONS, Math.max(MIN_QUESTIONS, wanted + spares));
  const batch = await ctx.services.questionSource.select(
    { type: "mixed", count: asked, profile: { targetRole: assessment.roleTitle }, jobDescription: input.jobDescription },
    ctx.signal,
  );

  return ctx.db.transaction(async (tx) => {
    const locked = await loadDraftForChange(ctx, tx, assessment.id);
    const current = await listAssessmentQuestions(tx, locked.orgId, locked.id);
    const room = Math.min(wanted, remainingQuestionSlots(current.length));
    if (room === 0) throw new AppError("conflict", ASSESSMENT_FULL);
    const picked = freshQuestions(batch.questions, current).slice(0, room);
    const created = await insertAssessmentQuestions(
      tx,
      picked.map((question, index) => ({
        orgId: locked.orgId,
        assessmentId: locked.id,
        position: current.length + index + 1,
        text: question.text,
        kind: question.kind,
        competencies: [...question.competencies],
        source: "generated" as const,
        // The offline engine picks from the bank, so its questions keep their bank id; the AI's have none.
        bankId: batch.engine === "offline" ? question.id : null,
      })),
    );
    await updateAssessmentRow(tx, locked.orgId, locked.id, { jobDescription: input.jobDescription }, ctx.now());
    const questionCount = current.length + created.length;
    await ctx.audit(
      {
        action: "assessment.question.generate",
        targetType: "assessment",
        targetId: locked.id,
        newValues: { engine: batch.engine, requested: input.count, added: created.length, questionIds: created.map((q) => q.id), questionCount },
      },
      tx,
    );
    return { engine: batch.engine, questions: created.map(questionView), questionCount };
  });
}
