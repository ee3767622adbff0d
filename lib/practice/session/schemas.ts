/**
 * The inputs of the practice loop, one zod schema each, shared by the forms, the server actions and the route
 * handlers. Nothing the client sends about scores is trusted: delivery metrics are recomputed and compared, and the
 * save claims are checked against what the server stored.
 */
import { z } from "zod";
import { ANSWER_MODES } from "@/db/schema";
import { MAX_QUESTIONS, questionSelectionInputSchema } from "@/lib/practice/questions";
import { presenceMetricsSchema } from "@/lib/presence/schemas";
import { safeText } from "@/lib/security/safe-text";
import { deliveryInputSchema, deliveryMetricsSchema } from "@/lib/scoring/delivery-schema";
import { ANSWER_MAX_CHARS, MAX_FOCUS_EVENTS } from "./limits";
import { answerScoresSchema } from "./records";

/** Starting a session: the interview type, 3–10 questions, an optional job description, and whether the interviewer
 * may ask follow-up questions (on unless turned off). The profile is read on the server, never taken from the client. */
export const startSessionInputSchema = questionSelectionInputSchema
  .pick({ type: true, count: true, jobDescription: true })
  .extend({ followUps: z.boolean("Choose whether to get follow-up questions.").default(true) });
export type StartSessionRequest = z.input<typeof startSessionInputSchema>;
/** What `startSession` takes: the parsed input, with `followUps` optional for callers that do not parse (on). */
export type StartSessionInput = Omit<z.output<typeof startSessionInputSchema>, "followUps"> & { followUps?: boolean };

/** A question's position in its session, 1-based; coerced because it arrives as a path segment. */
export const answerPositionSchema = z.coerce
  .number("Choose a question.")
  .int("Choose a question.")
  .min(1, "Choose a question.")
  .max(MAX_QUESTIONS, "This session has no such question.");

const focusCount = z.number().int().min(0).max(MAX_FOCUS_EVENTS).default(0);

/**
 * One answer. Strict: a client that sends anything else (its own scores, say) is refused rather than half-trusted.
 * The transcript the delivery metrics were computed from is the answer text itself.
 */
export const answerInputSchema = z.strictObject({
  answer: safeText("Write or record an answer.")
    .max(ANSWER_MAX_CHARS, `Answers must be at most ${ANSWER_MAX_CHARS.toLocaleString("en-GB")} characters.`)
    // Letters or digits, not just whitespace or punctuation: there has to be something to score.
    .refine((text) => /[\p{L}\p{N}]/u.test(text), "Write or record an answer before submitting."),
  mode: z.enum(ANSWER_MODES),
  durationMs: deliveryInputSchema.shape.durationMs,
  segments: deliveryInputSchema.shape.segments,
  deliveryMetrics: deliveryMetricsSchema,
  presence: presenceMetricsSchema.nullish(),
  tabSwitches: focusCount,
  windowBlurs: focusCount,
});
export type AnswerRequest = z.input<typeof answerInputSchema>;

/** Deleting the whole history needs this phrase, so a stray DELETE cannot wipe it. */
export const DELETE_ALL_PHRASE = "delete all";
export const deleteAllSessionsSchema = z.strictObject({
  confirm: z.literal(DELETE_ALL_PHRASE, `Type "${DELETE_ALL_PHRASE}" to confirm.`),
});
export type ParsedAnswerRequest = z.output<typeof answerInputSchema>;

/**
 * What the client believes it is saving. Optional: when present, each figure must equal the stored one, so a client
 * cannot save a session under a score it made up.
 */
export const saveClaimsSchema = z.strictObject({
  overallScore: z.number().int().min(0).max(100).optional(),
  answers: z
    .array(z.strictObject({ position: answerPositionSchema, scores: answerScoresSchema }))
    .max(MAX_QUESTIONS)
    .optional(),
});
export type SaveClaims = z.input<typeof saveClaimsSchema>;
export type ParsedSaveClaims = z.output<typeof saveClaimsSchema>;

/**
 * One step of a follow-up question (`POST …/answers/:position/follow-up`): ask it (idempotent), skip it, or answer it
 * with the same body as any answer.
 */
export const followUpInputSchema = z.discriminatedUnion(
  "action",
  [
    z.strictObject({ action: z.literal("ask") }),
    z.strictObject({ action: z.literal("skip") }),
    answerInputSchema.extend({ action: z.literal("answer") }),
  ],
  "Choose ask, skip or answer.",
);
export type FollowUpRequest = z.input<typeof followUpInputSchema>;
