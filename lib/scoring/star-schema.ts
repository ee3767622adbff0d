/**
 * The shape every STAR scoring engine returns. The deterministic rubric engine and the later AI engine both produce
 * a `StarScore`, so the UI and the database never need to know which engine scored an answer. The zod schema is the
 * source of truth: the AI engine's output is parsed with it before it is trusted.
 */
import { z } from "zod";
import { safeText } from "@/lib/security/safe-text";
import { STAR_PARTS } from "./rubric-config";

export {
  LONG_ANSWER_MAX_PENALTY,
  LONG_ANSWER_WORDS,
  PART_WEIGHTS,
  RUBRIC_DESCRIPTION,
  RUBRIC_VERSION,
  type RubricDescription,
  SHORT_ANSWER_MAX_PENALTY,
  SHORT_ANSWER_WORDS,
  STAR_PARTS,
  type StarPart,
} from "./rubric-config";

export const starPartSchema = z.enum(STAR_PARTS);

const score100 = z.number().int().min(0).max(100);

export const starPartScoreSchema = z.object({
  score: score100,
  feedback: safeText(),
  /** Indexes into `sentences`. A sentence can serve two parts ("At Acme I was asked to…" is context and task). */
  sentences: z.array(z.number().int().min(0)),
  /**
   * The words of the answer that earned this part its score, each copied exactly from the answer (so a reader can
   * find it there). Optional: scores stored before quotes existed, and the AI engine's, have none.
   */
  quotes: z.array(safeText()).optional(),
});
export type StarPartScore = z.infer<typeof starPartScoreSchema>;

export const starScoreSchema = z.object({
  engine: z.enum(["rubric", "ai"]),
  rubricVersion: z.string().min(1),
  overall: score100,
  parts: z.object({
    situation: starPartScoreSchema,
    task: starPartScoreSchema,
    action: starPartScoreSchema,
    result: starPartScoreSchema,
  }),
  sentences: z.array(safeText()),
  /** Counts of first-person singular (I, me, my…) and plural (we, us, our…) pronoun uses. */
  ownership: z.object({ i: z.number().int().min(0), we: z.number().int().min(0) }),
  /** True when a result sentence carries a number, percentage, multiple, or time or money figure. */
  quantifiedResult: z.boolean(),
  suggestions: z.array(safeText()).min(3),
  wordCount: z.number().int().min(0),
  missing: z.array(starPartSchema),
  /** Estimated at SPEAKING_WORDS_PER_MINUTE. */
  speakingTimeSeconds: z.number().int().min(0),
  /** Per sentence, the part it was read as; null for filler such as "Great question." */
  sentenceLabels: z.array(starPartSchema.nullable()),
  /**
   * Set when the answer gives nothing to judge (empty, unintelligible, a non-answer, or off the question's topic): the
   * engine declines to score, every number above is 0, and `message` says why. Null or absent on a scored answer.
   */
  insufficientEvidence: z
    .object({ reason: z.enum(["empty", "unintelligible", "non_answer", "off_topic"]), message: safeText() })
    .nullable()
    .optional(),
});
export type StarScore = z.infer<typeof starScoreSchema>;

