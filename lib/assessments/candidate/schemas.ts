/**
 * The candidate API's inputs, one zod schema each, shared by the candidate's pages and the route handlers. Strict:
 * a client that sends anything else (its own scores, say) is refused rather than half-trusted. Pure (no server-only):
 * the browser uses the same schemas and limits.
 */
import { z } from "zod";
import { PROCTORING_EVENT_KINDS } from "@/db/schema/assessments";
import { safeText } from "@/lib/security/safe-text";
import { deliveryMetricsSchema, deliverySegmentSchema, DELIVERY_LIMITS } from "@/lib/scoring/delivery-schema";

/** Longest answer accepted (the practice loop's limit: about 25 minutes spoken). */
export const CANDIDATE_ANSWER_MAX_CHARS = 10_000;
/** The longest time limit a question may have is 30 minutes; no answer or event time can be later than twice that. */
export const CANDIDATE_MAX_MS = 2 * 30 * 60 * 1000;
/** Events per request: the browser sends them in batches. */
export const MAX_EVENTS_PER_BATCH = 50;

export const startAttemptInputSchema = z.strictObject({
  consentVersion: safeText("Agree to the notice to start.").min(1, "Agree to the notice to start.").max(100),
});
export type StartAttemptRequest = z.input<typeof startAttemptInputSchema>;

const ms = (message: string) => z.number(message).int(message).min(0, message).max(CANDIDATE_MAX_MS, message);

/**
 * One answer. The transcript may be empty (a silent recording): it is stored and rated "insufficient evidence".
 * `delivery` carries the numbers the browser measured (and the spoken segments they came from); the server
 * recomputes them from the answer text and refuses them when they differ.
 */
export const candidateAnswerInputSchema = z.strictObject({
  answerText: safeText("Send the answer's text.").max(
    CANDIDATE_ANSWER_MAX_CHARS,
    `Answers must be at most ${CANDIDATE_ANSWER_MAX_CHARS.toLocaleString("en-GB")} characters.`,
  ),
  mode: z.enum(["typed", "voice"], "Choose typed or voice."),
  durationMs: ms("Send how long the answer took, in milliseconds."),
  retakesUsed: z.number("Send how many retakes were used.").int().min(0).max(3),
  delivery: z
    .strictObject({
      metrics: deliveryMetricsSchema,
      segments: z.array(deliverySegmentSchema).max(DELIVERY_LIMITS.segments).optional(),
    })
    .optional(),
});
export type CandidateAnswerRequest = z.input<typeof candidateAnswerInputSchema>;
export type ParsedCandidateAnswer = z.output<typeof candidateAnswerInputSchema>;

const CAMERA_KINDS = new Set(["look_away", "multiple_faces", "face_lost"]);

export const proctoringEventSchema = z
  .strictObject({
    position: z.number("Name the question.").int().min(1).max(100),
    kind: z.enum(PROCTORING_EVENT_KINDS, "Unknown event kind."),
    atMs: ms("Send when it happened, in milliseconds from the question's start."),
    durationMs: ms("Send how long it lasted, in milliseconds.").optional(),
    confidence: z.number().min(0).max(1).optional(),
  })
  .refine((event) => event.confidence === undefined || CAMERA_KINDS.has(event.kind), {
    message: "Only camera signals carry a confidence.",
    path: ["confidence"],
  });

export const proctoringEventsInputSchema = z.strictObject({
  events: z
    .array(proctoringEventSchema)
    .min(1, "Send at least one event.")
    .max(MAX_EVENTS_PER_BATCH, `Send at most ${MAX_EVENTS_PER_BATCH} events at a time.`),
});
export type ProctoringEventsRequest = z.input<typeof proctoringEventsInputSchema>;
