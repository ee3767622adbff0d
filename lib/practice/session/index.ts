/**
 * The practice loop's server API: start a session, answer its questions, finish, save or discard it, and read or
 * delete the history. Route handlers and server actions call these; nothing else in the loop is public.
 */
import "server-only";

export {
  countSavedSessions,
  deleteAllSessions,
  deleteSession,
  getSessionDetail,
  listSavedSessions,
  listUnfinishedSessions,
  progressSeries,
  type SavedSessionListItem,
  type SavedSessionPage,
  type SessionDetail,
  type UnfinishedSessionItem,
} from "./history-service";
export { HISTORY_PAGE_SIZE, historyPageQuerySchema } from "./history-cursor";
export type { ProgressPoint, ProgressSeries } from "@/lib/practice/progress/progress-series";
export { ABANDONED_SESSION_GRACE_MS, ANSWER_MAX_CHARS, SESSION_TIME_LIMIT_MS } from "./limits";
export { offlineQuestionSource, type QuestionBatch, type QuestionRequest, type QuestionSource } from "./question-source";
export {
  type AnswerFeedback,
  type AnswerScores,
  RUBRIC_DIMENSIONS,
  type RubricDimension,
  type SessionSummary,
  type StoredPresence,
  type StoredQuestion,
} from "./records";
export {
  answerInputSchema,
  type AnswerRequest,
  DELETE_ALL_PHRASE,
  deleteAllSessionsSchema,
  followUpInputSchema,
  type FollowUpRequest,
  saveClaimsSchema,
  type SaveClaims,
  startSessionInputSchema,
  type StartSessionInput,
  type StartSessionRequest,
} from "./schemas";
export { cleanupAbandonedSessions, discardSession, saveSession } from "./session-lifecycle";
export { answerQuestion, type PreparedAnswer, prepareAnswer, storeAnswer } from "./answer-service";
export { finishSession, startSession } from "./session-service";
export { askFollowUp, skipFollowUp } from "./follow-up-service";
export { answerFollowUp, type FollowUpAnswerResult } from "./follow-up-answer";
export type { PracticeAnswerView, PracticeSessionView } from "./views";
export { PRACTICE_ALLOWANCES } from "./allowances";
export { practiceDashboard, type PracticeDashboard } from "./dashboard";
