/**
 * Per-answer feedback: the AI engine (moderation, scores with quoted items, a streamed model answer) with the rubric
 * as its offline engine and fallback, and the feedback stream the answer route serves.
 */
import "server-only";

export { EVENT_STREAM_HEADERS, streamAnswerFeedback, wantsEventStream } from "./answer-stream";
export {
  type FeedbackFallbackReason,
  type FeedbackOutcome,
  type FeedbackRequest,
  type FeedbackSink,
  produceFeedback,
  templatedDeltas,
} from "./feedback-engine";
export { keepQuotedItems, mergeAiFeedback, topUp } from "./merge";
export {
  AI_FALLBACK_NOTICE,
  FLAGGED_ANSWER_MESSAGE,
  FLAGGED_JOB_DESCRIPTION_MESSAGE,
  STAGE_LABELS,
  STAGE_PROGRESS,
} from "./messages";
export { type ModelAnswerParts, readModelAnswer } from "./model-answer-text";
export { screenJobDescription } from "./screening";
