/**
 * What the builder's routes and pages return: plain JSON-ready objects (dates as ISO strings). Pure.
 */
import type { AssessmentListRow } from "@/db/queries/assessments";
import type { Assessment, AssessmentQuestion } from "@/db/schema/assessments";
import { deadlineFromColumns, editProblem } from "./assessment-rules";

export type QuestionView = Pick<
  AssessmentQuestion,
  "id" | "position" | "text" | "kind" | "competencies" | "source" | "bankId" | "timeLimitSeconds" | "timeLimitMode" | "modes" | "retakes"
>;

export type DeadlineView = { kind: "fixed"; at: string } | { kind: "days"; days: number };

export type AssessmentView = {
  id: string;
  title: string;
  roleTitle: string;
  introduction: string;
  status: Assessment["status"];
  proctoring: boolean;
  practiceQuestion: boolean;
  deadline: DeadlineView;
  /** The organisation's retention period: how long candidates' answers are kept. */
  retentionDays: number;
  /** Only a draft can be changed. */
  editable: boolean;
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
  questions: QuestionView[];
};

export type AssessmentSummaryView = {
  id: string;
  title: string;
  roleTitle: string;
  status: Assessment["status"];
  questionCount: number;
  createdAt: string;
};

export function questionView(question: AssessmentQuestion): QuestionView {
  const { id, position, text, kind, competencies, source, bankId, timeLimitSeconds, timeLimitMode, modes, retakes } = question;
  return { id, position, text, kind, competencies, source, bankId, timeLimitSeconds, timeLimitMode, modes, retakes };
}

export function deadlineView(assessment: Pick<Assessment, "deadlineAt" | "deadlineDays">): DeadlineView {
  const deadline = deadlineFromColumns(assessment);
  return deadline.kind === "fixed" ? { kind: "fixed", at: deadline.at.toISOString() } : deadline;
}

export function assessmentView(assessment: Assessment, questions: AssessmentQuestion[], retentionDays: number): AssessmentView {
  return {
    id: assessment.id,
    title: assessment.title,
    roleTitle: assessment.roleTitle,
    introduction: assessment.introduction,
    status: assessment.status,
    proctoring: assessment.proctoring,
    practiceQuestion: assessment.practiceQuestion,
    deadline: deadlineView(assessment),
    retentionDays,
    editable: editProblem(assessment.status) === null,
    createdAt: assessment.createdAt.toISOString(),
    openedAt: assessment.openedAt?.toISOString() ?? null,
    closedAt: assessment.closedAt?.toISOString() ?? null,
    questions: questions.map(questionView),
  };
}

export function assessmentSummaryView(row: AssessmentListRow): AssessmentSummaryView {
  return {
    id: row.id,
    title: row.title,
    roleTitle: row.roleTitle,
    status: row.status,
    questionCount: Number(row.questionCount),
    createdAt: row.createdAt.toISOString(),
  };
}
