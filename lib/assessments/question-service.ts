/**
 * An assessment's questions while it is a draft: add one from the bank or written by hand, edit its wording and
 * settings, remove it, and reorder them all in one request. Each change locks the assessment row, so two builders
 * editing at once cannot interleave positions or exceed fifteen questions, and commits with its audit event.
 */
import "server-only";
import {
  deleteAssessmentQuestion,
  findAssessmentQuestion,
  insertAssessmentQuestions,
  listAssessmentQuestions,
  setAssessmentQuestionOrder,
  updateAssessmentQuestion,
} from "@/db/queries/assessment-questions";
import type { AssessmentQuestion } from "@/db/schema/assessments";
import type { ScopedDb } from "@/db/scoped";
import { AppError } from "@/lib/api/app-error";
import type { MemberContext } from "@/lib/context/request-context";
import { getBankQuestion } from "@/lib/practice/questions/bank";
import { loadDraftForChange } from "./access";
import { MAX_ASSESSMENT_QUESTIONS, remainingQuestionSlots, reorderProblem } from "./assessment-rules";
import { type BankEntryView, searchQuestionBank } from "./bank-search";
import { type AddQuestionInput, questionIdSchema, type BankSearchInput, type ReorderQuestionsInput, type UpdateQuestionInput } from "./schemas";
import { type QuestionView, questionView } from "./views";

const QUESTION_NOT_FOUND = "No such question in this assessment.";
export const ASSESSMENT_FULL = `An assessment holds at most ${MAX_ASSESSMENT_QUESTIONS} questions: remove one first.`;

/** The settings fields of a question; the rest of an input is its wording. */
function settingsOf(input: Partial<Pick<AssessmentQuestion, "timeLimitSeconds" | "timeLimitMode" | "modes" | "retakes">>) {
  const { timeLimitSeconds, timeLimitMode, modes, retakes } = input;
  return Object.fromEntries(Object.entries({ timeLimitSeconds, timeLimitMode, modes, retakes }).filter(([, value]) => value !== undefined));
}

/** Bank entries to pick from, filtered by kind and words. */
export function searchBank(input: BankSearchInput): { entries: BankEntryView[]; total: number } {
  return searchQuestionBank(input);
}

type QuestionContent = Pick<AssessmentQuestion, "source" | "bankId" | "text" | "kind" | "competencies">;

/** What a new question says: the bank entry's wording and competencies, or the builder's own; 422 for an unknown bank id. */
function contentOf(input: AddQuestionInput): QuestionContent {
  if (input.source === "custom") return { source: "custom", bankId: null, text: input.text, kind: input.kind, competencies: [] };
  const entry = getBankQuestion(input.bankId);
  if (!entry) throw new AppError("unprocessable", "No such question in the bank.", { fields: { bankId: ["No such question in the bank."] } });
  return { source: "bank", bankId: entry.id, text: entry.text, kind: entry.kind, competencies: [...entry.competencies] };
}

/** Adds a question at the end of a draft: 422 for an unknown bank id, 409 for a bank question already in it or a full assessment. */
export async function addQuestion(ctx: MemberContext, assessmentId: string, input: AddQuestionInput): Promise<QuestionView> {
  const content = contentOf(input);
  return ctx.db.transaction(async (tx) => {
    const assessment = await loadDraftForChange(ctx, tx, assessmentId);
    const existing = await listAssessmentQuestions(tx, assessment.orgId, assessment.id);
    if (remainingQuestionSlots(existing.length) === 0) throw new AppError("conflict", ASSESSMENT_FULL);
    if (content.bankId && existing.some((question) => question.bankId === content.bankId)) {
      throw new AppError("conflict", "This question is already in the assessment.");
    }
    const [created] = await insertAssessmentQuestions(tx, [
      { orgId: assessment.orgId, assessmentId: assessment.id, position: existing.length + 1, ...content, ...settingsOf(input) },
    ]);
    if (!created) throw new Error("question insert returned no row");
    await ctx.audit(
      {
        action: "assessment.question.add",
        targetType: "assessment",
        targetId: assessment.id,
        newValues: {
          questionId: created.id,
          source: created.source,
          bankId: created.bankId,
          position: created.position,
          questionCount: existing.length + 1,
        },
      },
      tx,
    );
    return questionView(created);
  });
}

async function loadQuestion(ctx: MemberContext, tx: ScopedDb, assessmentId: string, questionId: string): Promise<AssessmentQuestion> {
  if (!questionIdSchema.safeParse(questionId).success) throw new AppError("not_found", QUESTION_NOT_FOUND);
  const question = await findAssessmentQuestion(tx, ctx.principal.organisation.id, assessmentId, questionId);
  if (!question) throw new AppError("not_found", QUESTION_NOT_FOUND);
  return question;
}

/** Changes a draft question's wording, kind or settings. */
export async function updateQuestion(
  ctx: MemberContext,
  assessmentId: string,
  questionId: string,
  input: UpdateQuestionInput,
): Promise<QuestionView> {
  return ctx.db.transaction(async (tx) => {
    const assessment = await loadDraftForChange(ctx, tx, assessmentId);
    const before = await loadQuestion(ctx, tx, assessment.id, questionId);
    const patch = {
      ...settingsOf(input),
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
    };
    const after = await updateAssessmentQuestion(tx, assessment.orgId, assessment.id, before.id, patch);
    await ctx.audit(
      {
        action: "assessment.question.update",
        targetType: "assessment",
        targetId: assessment.id,
        oldValues: { questionId: before.id, ...settingsOf(before) },
        newValues: { questionId: after.id, fields: Object.keys(patch), ...settingsOf(after) },
      },
      tx,
    );
    return questionView(after);
  });
}

/** Removes a draft question; the ones after it move up. */
export async function removeQuestion(ctx: MemberContext, assessmentId: string, questionId: string): Promise<{ questionCount: number }> {
  return ctx.db.transaction(async (tx) => {
    const assessment = await loadDraftForChange(ctx, tx, assessmentId);
    const question = await loadQuestion(ctx, tx, assessment.id, questionId);
    await deleteAssessmentQuestion(tx, assessment.orgId, assessment.id, question);
    const questionCount = (await listAssessmentQuestions(tx, assessment.orgId, assessment.id)).length;
    await ctx.audit(
      {
        action: "assessment.question.remove",
        targetType: "assessment",
        targetId: assessment.id,
        oldValues: { questionId: question.id, source: question.source, position: question.position },
        newValues: { questionCount },
      },
      tx,
    );
    return { questionCount };
  });
}

/** Puts a draft's questions in the order given (every id once), in one transaction; 422 for any other list. */
export async function reorderQuestions(ctx: MemberContext, assessmentId: string, input: ReorderQuestionsInput): Promise<QuestionView[]> {
  return ctx.db.transaction(async (tx) => {
    const assessment = await loadDraftForChange(ctx, tx, assessmentId);
    const current = (await listAssessmentQuestions(tx, assessment.orgId, assessment.id)).map((question) => question.id);
    const problem = reorderProblem(current, input.questionIds);
    if (problem) throw new AppError("unprocessable", problem, { fields: { questionIds: [problem] } });
    await setAssessmentQuestionOrder(tx, assessment.orgId, assessment.id, input.questionIds);
    await ctx.audit(
      {
        action: "assessment.question.reorder",
        targetType: "assessment",
        targetId: assessment.id,
        oldValues: { questionIds: current },
        newValues: { questionIds: input.questionIds },
      },
      tx,
    );
    return (await listAssessmentQuestions(tx, assessment.orgId, assessment.id)).map(questionView);
  });
}
