/**
 * What the practice services return: rows mapped to plain views, with every JSON column parsed (a stored value that
 * no longer parses is shown as null rather than trusted).
 */
import type { PracticeAnswer, PracticeSession, PracticeSessionStatus, QuestionEngine } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import { type FollowUpRecord, followUpRecordSchema } from "@/lib/practice/follow-up/record";
import type { DeliveryMetrics } from "@/lib/scoring/delivery-config";
import { deliveryMetricsSchema } from "@/lib/scoring/delivery-schema";
import { sessionExpiresAt } from "./limits";
import {
  type AnswerFeedback,
  answerFeedbackSchema,
  type AnswerScores,
  answerScoresSchema,
  parseStored,
  type SessionSummary,
  sessionSummarySchema,
  type StoredPresence,
  storedPresenceSchema,
  type StoredQuestion,
  storedQuestionSchema,
} from "./records";
import { answerPositionSchema } from "./schemas";

export type PracticeSessionView = {
  id: string;
  interviewType: string;
  status: PracticeSessionStatus;
  questionCount: number;
  questions: StoredQuestion[];
  questionEngine: QuestionEngine | null;
  bankVersion: string | null;
  startedAt: Date;
  /** After this instant no more answers are accepted. */
  expiresAt: Date;
  completedAt: Date | null;
  overallScore: number | null;
  summary: SessionSummary | null;
  /** Whether the interviewer asks a follow-up question after an answer that leaves a gap. */
  followUps: boolean;
};

export type PracticeAnswerView = {
  position: number;
  question: string;
  answerText: string | null;
  mode: PracticeAnswer["mode"];
  scores: AnswerScores | null;
  feedback: AnswerFeedback | null;
  deliveryMetrics: DeliveryMetrics | null;
  presence: StoredPresence | null;
  answeredAt: Date;
  /** The follow-up question asked after this answer, and its answer once given; null when none was asked. */
  followUp: FollowUpRecord | null;
};

/** The stored questions, in position order; rows written before questions were stored have none. */
export function questionsOf(row: PracticeSession): StoredQuestion[] {
  const parsed = (row.questions ?? []).map((q) => parseStored(storedQuestionSchema, q));
  return parsed.filter((q): q is StoredQuestion => q !== null).sort((a, b) => a.position - b.position);
}

/** The question at a 1-based `position` (a path segment, so unknown), or 422 when the session has no such question. */
export function questionAt(row: PracticeSession, position: unknown): StoredQuestion {
  const parsed = answerPositionSchema.safeParse(position);
  const question = parsed.success ? questionsOf(row).find((q) => q.position === parsed.data) : undefined;
  if (!question) {
    throw new AppError("unprocessable", "This session has no such question.", { fields: { position: ["This session has no such question."] } });
  }
  return question;
}

/** A session row as its owner sees it. */
export function toSessionView(row: PracticeSession): PracticeSessionView {
  return {
    id: row.id,
    interviewType: row.interviewType,
    status: row.status,
    questionCount: row.questionCount,
    questions: questionsOf(row),
    questionEngine: row.questionEngine ?? null,
    bankVersion: row.bankVersion ?? null,
    startedAt: row.startedAt,
    // Rows from before expires_at existed get the same rule computed from their start.
    expiresAt: row.expiresAt ?? sessionExpiresAt(row.startedAt),
    completedAt: row.completedAt ?? null,
    overallScore: row.overallScore ?? null,
    summary: parseStored(sessionSummarySchema, row.summary),
    followUps: row.followUps,
  };
}

/** An answer row as its owner sees it. */
export function toAnswerView(row: PracticeAnswer): PracticeAnswerView {
  return {
    position: row.position,
    question: row.question,
    answerText: row.answerText,
    mode: row.mode,
    scores: parseStored(answerScoresSchema, row.scores),
    feedback: parseStored(answerFeedbackSchema, row.feedback),
    deliveryMetrics: parseStored(deliveryMetricsSchema, row.deliveryMetrics),
    presence: parseStored(storedPresenceSchema, row.presenceMetrics),
    answeredAt: row.createdAt,
    followUp: parseStored(followUpRecordSchema, row.followUp),
  };
}
