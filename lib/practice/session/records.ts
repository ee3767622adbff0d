/**
 * The shapes the practice loop writes into JSON columns, as zod schemas. Writers build values of these types;
 * readers parse with the schemas, because a row written by an older version may not match the current shape, and a
 * row that does not parse is shown as missing rather than trusted.
 */
import { z } from "zod";
import { presenceMetricsSchema } from "@/lib/presence/schemas";
import { MAX_FOCUS_EVENTS } from "./limits";

/** The four rubric dimensions every answer is scored on, in the order they are shown. */
export const RUBRIC_DIMENSIONS = ["structure", "relevance", "specificity", "impact"] as const;
export type RubricDimension = (typeof RUBRIC_DIMENSIONS)[number];

/** Plain-words names for the dimensions, used in the summary's advice. */
export const RUBRIC_DIMENSION_LABELS: Record<RubricDimension, string> = {
  structure: "structure (telling it as Situation, Task, Action, Result)",
  relevance: "relevance (answering the question that was asked)",
  specificity: "specificity (concrete steps you took yourself, with figures)",
  impact: "impact (a clear, measured result)",
};

const score100 = z.number().int().min(0).max(100);

/** One stored question of a session (see `PracticeQuestionRecord` in db/schema/core.ts). */
export const storedQuestionSchema = z.object({
  position: z.number().int().min(1),
  id: z.string(),
  text: z.string(),
  kind: z.string(),
  competencies: z.array(z.string()),
  reason: z.string(),
});
export type StoredQuestion = z.infer<typeof storedQuestionSchema>;

/** `practice_answers.scores`: the four rubric dimensions, each a whole number from 0 to 100. */
export const answerScoresSchema = z.strictObject({
  structure: score100,
  relevance: score100,
  specificity: score100,
  impact: score100,
});
export type AnswerScores = z.infer<typeof answerScoresSchema>;

/** A strength or improvement: `key` names the kind of point it makes, so lists can be deduplicated across answers. */
export const feedbackItemSchema = z.object({ key: z.string(), text: z.string() });
export type FeedbackItem = z.infer<typeof feedbackItemSchema>;

const starPartSchema = z.object({ score: score100, feedback: z.string() });

/**
 * The rubric's verdict that an answer gives nothing to judge (see lib/scoring/evidence-gate.ts): its scores are not a
 * judgement, so every view says "insufficient evidence" with `message` instead of showing them, and the summary
 * leaves the answer out of its averages.
 */
export const insufficientEvidenceSchema = z.object({
  reason: z.enum(["empty", "unintelligible", "non_answer", "off_topic"]),
  message: z.string(),
});
export type PracticeInsufficientEvidence = z.infer<typeof insufficientEvidenceSchema>;

/** `practice_answers.feedback`. */
export const answerFeedbackSchema = z.object({
  version: z.string(),
  engine: z.enum(["rubric", "ai"]),
  rubricVersion: z.string(),
  star: z.object({
    overall: score100,
    parts: z.object({ situation: starPartSchema, task: starPartSchema, action: starPartSchema, result: starPartSchema }),
    missing: z.array(z.string()),
    quantifiedResult: z.boolean(),
    ownership: z.object({ i: z.number().int(), we: z.number().int() }),
    wordCount: z.number().int(),
  }),
  relevance: z.object({
    questionTerms: z.number().int(),
    matchedTerms: z.array(z.string()),
    overlap: z.number(),
    theme: z.enum(["result", "answer", "none"]),
  }),
  strengths: z.array(feedbackItemSchema),
  improvements: z.array(feedbackItemSchema),
  modelAnswer: z.object({
    engine: z.enum(["templated", "ai"]),
    text: z.string(),
    parts: z.object({ situation: z.string(), task: z.string(), action: z.string(), result: z.string() }),
    /** Offline only: the parts holding generic sentences. Absent on AI answers and on rows from before it existed. */
    generic: z.array(z.enum(["situation", "task", "action", "result"])).optional(),
  }),
  /** Null or absent (rows from before it existed) on a scored answer. */
  insufficientEvidence: insufficientEvidenceSchema.nullable().optional(),
});
export type AnswerFeedback = z.infer<typeof answerFeedbackSchema>;

/** `practice_answers.presence_metrics`: the camera aggregate (null without a camera) and the page-focus counts. */
export const storedPresenceSchema = z.object({
  camera: presenceMetricsSchema.nullable(),
  tabSwitches: z.number().int().min(0).max(MAX_FOCUS_EVENTS),
  windowBlurs: z.number().int().min(0).max(MAX_FOCUS_EVENTS),
});
export type StoredPresence = z.infer<typeof storedPresenceSchema>;

const summaryItemSchema = feedbackItemSchema.extend({ position: z.number().int() });

/** `practice_sessions.summary`, written when the session is finished. */
export const sessionSummarySchema = z.object({
  version: z.string(),
  overallScore: score100,
  answeredCount: z.number().int().min(1),
  questionCount: z.number().int().min(1),
  /**
   * Answers rated "insufficient evidence", left out of the scores above. When it equals `answeredCount`, nothing was
   * scored and the numbers are not shown. Absent on summaries from before it existed.
   */
  insufficientCount: z.number().int().min(0).optional(),
  dimensions: answerScoresSchema,
  strengths: z.array(summaryItemSchema),
  improvements: z.array(summaryItemSchema),
  nextPractice: z.object({
    dimension: z.enum(RUBRIC_DIMENSIONS),
    competency: z.string().nullable(),
    questionPosition: z.number().int(),
    text: z.string(),
  }),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

/** Parses a stored JSON value, or returns null when it is missing or no longer has the expected shape. */
export function parseStored<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> | null {
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}
