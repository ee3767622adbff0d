/**
 * Building an assessment, as an owner or manager: create a draft, change its details and options while it is a
 * draft, delete a draft, open it to candidates and close it again. Viewing is for every member (results.view).
 *
 * Every change is one transaction with the assessment row locked and its audit event (ids, counts, statuses and which
 * fields changed; never the free text itself).
 */
import "server-only";
import {
  deleteDraftAssessment,
  insertAssessment,
  listAssessmentsInOrganisation,
  setAssessmentStatus,
  updateAssessmentRow,
} from "@/db/queries/assessments";
import { listAssessmentQuestions } from "@/db/queries/assessment-questions";
import { findOrganisation } from "@/db/queries/organisations";
import type { Assessment } from "@/db/schema/assessments";
import type { ScopedDb } from "@/db/scoped";
import { AppError } from "@/lib/api/app-error";
import { requireFeature } from "@/lib/billing/entitlements";
import type { MemberContext } from "@/lib/context/request-context";
import { loadAssessment, loadDraftForChange } from "./access";
import {
  DEFAULT_DEADLINE_DAYS,
  type DeadlineChoice,
  deadlineColumns,
  deadlineFromColumns,
  deadlineProblem,
  transitionProblem,
} from "./assessment-rules";
import type { ChangeStatusInput, CreateAssessmentInput, DeadlineInput, UpdateAssessmentInput } from "./schemas";
import { type AssessmentSummaryView, type AssessmentView, assessmentSummaryView, assessmentView } from "./views";

/** The input's deadline as a rule-checked choice; 422 on the deadline field when it is not acceptable now. */
function checkedDeadline(ctx: MemberContext, input: DeadlineInput): DeadlineChoice {
  const deadline: DeadlineChoice = input.kind === "fixed" ? { kind: "fixed", at: new Date(input.at) } : input;
  const problem = deadlineProblem(deadline, ctx.now());
  if (problem) throw new AppError("unprocessable", problem, { fields: { deadline: [problem] } });
  return deadline;
}

/** What an audit event may say about an assessment's options (no free text). */
function optionValues(assessment: Pick<Assessment, "proctoring" | "practiceQuestion" | "deadlineAt" | "deadlineDays">) {
  const deadline = deadlineFromColumns(assessment);
  return {
    proctoring: assessment.proctoring,
    practiceQuestion: assessment.practiceQuestion,
    deadlineKind: deadline.kind,
    deadlineDays: deadline.kind === "days" ? deadline.days : null,
  };
}

/** The assessment with its questions and the organisation's retention period, read on `db`. */
export async function readAssessmentView(ctx: MemberContext, db: ScopedDb, assessment: Assessment): Promise<AssessmentView> {
  const orgId = ctx.principal.organisation.id;
  const [questions, organisation] = [await listAssessmentQuestions(db, orgId, assessment.id), await findOrganisation(db, orgId)];
  return assessmentView(assessment, questions, organisation?.retentionDays ?? 0);
}

/** The organisation's assessments, newest first. */
export async function listAssessments(ctx: MemberContext): Promise<AssessmentSummaryView[]> {
  const rows = await listAssessmentsInOrganisation(ctx.db, ctx.principal.organisation.id);
  return rows.map(assessmentSummaryView);
}

/** One assessment with its questions; 404 for another organisation's id. */
export async function getAssessment(ctx: MemberContext, assessmentId: string): Promise<AssessmentView> {
  return ctx.db.transaction(async (tx) => readAssessmentView(ctx, tx, await loadAssessment(ctx, tx, assessmentId)));
}

/** A new draft with no questions; the deadline defaults to seven days after each invite. */
export async function createAssessment(ctx: MemberContext, input: CreateAssessmentInput): Promise<AssessmentView> {
  const deadline = input.deadline ? checkedDeadline(ctx, input.deadline) : { kind: "days" as const, days: DEFAULT_DEADLINE_DAYS };
  return ctx.db.transaction(async (tx) => {
    const created = await insertAssessment(tx, {
      orgId: ctx.principal.organisation.id,
      title: input.title,
      roleTitle: input.roleTitle,
      introduction: input.introduction ?? "",
      proctoring: input.proctoring ?? false,
      practiceQuestion: input.practiceQuestion ?? true,
      ...deadlineColumns(deadline),
      createdByUserId: ctx.principal.user.id,
    });
    await ctx.audit(
      {
        action: "assessment.create",
        targetType: "assessment",
        targetId: created.id,
        newValues: { status: created.status, ...optionValues(created) },
      },
      tx,
    );
    return readAssessmentView(ctx, tx, created);
  });
}

/** Changes a draft's details and options; 409 once it has been opened. */
export async function updateAssessment(ctx: MemberContext, assessmentId: string, input: UpdateAssessmentInput): Promise<AssessmentView> {
  const deadline = input.deadline ? checkedDeadline(ctx, input.deadline) : null;
  return ctx.db.transaction(async (tx) => {
    const before = await loadDraftForChange(ctx, tx, assessmentId);
    const { deadline: _deadline, ...details } = input;
    const patch = { ...details, ...(deadline ? deadlineColumns(deadline) : {}) };
    const after = await updateAssessmentRow(tx, before.orgId, before.id, patch, ctx.now());
    const fields = Object.keys(input).filter((key) => input[key as keyof UpdateAssessmentInput] !== undefined);
    await ctx.audit(
      {
        action: "assessment.update",
        targetType: "assessment",
        targetId: before.id,
        oldValues: optionValues(before),
        newValues: { fields, ...optionValues(after) },
      },
      tx,
    );
    return readAssessmentView(ctx, tx, after);
  });
}

/** Deletes a draft and its questions; 409 once opened (its candidates' answers must stay). */
export async function deleteAssessment(ctx: MemberContext, assessmentId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const assessment = await loadDraftForChange(ctx, tx, assessmentId);
    if (!(await deleteDraftAssessment(tx, assessment.orgId, assessment.id))) throw new AppError("conflict", "Only a draft can be deleted.");
    await ctx.audit({ action: "assessment.delete", targetType: "assessment", targetId: assessment.id, oldValues: { status: assessment.status } }, tx);
  });
}

/**
 * Opens (needs 1–15 questions and a deadline still ahead) or closes (stops new starts; attempts in progress finish
 * until their own deadline) the assessment; a closed one may be opened again. 409 for any other move.
 */
export async function changeAssessmentStatus(ctx: MemberContext, assessmentId: string, input: ChangeStatusInput): Promise<AssessmentView> {
  // Opening invites candidates in, so it needs the plan; closing never does (a lapsed team can always stop starts).
  if (input.status === "open") await requireFeature(ctx, "hiring");
  return ctx.db.transaction(async (tx) => {
    const before = await loadAssessment(ctx, tx, assessmentId, true);
    const questionCount = (await listAssessmentQuestions(tx, before.orgId, before.id)).length;
    const problem = transitionProblem({ status: before.status, questionCount, deadline: deadlineFromColumns(before) }, input.status, ctx.now());
    if (problem) throw new AppError("conflict", problem);
    const after = await setAssessmentStatus(tx, before.orgId, before.id, input.status, ctx.now());
    await ctx.audit(
      {
        action: input.status === "open" ? "assessment.open" : "assessment.close",
        targetType: "assessment",
        targetId: before.id,
        oldValues: { status: before.status },
        newValues: { status: after.status, questionCount },
      },
      tx,
    );
    return readAssessmentView(ctx, tx, after);
  });
}
